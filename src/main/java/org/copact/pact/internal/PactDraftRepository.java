package org.copact.pact.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PactDraftRepository extends JpaRepository<PactDraftEntity, UUID> {
}
