package org.copact.signing;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignatureRepository extends JpaRepository<Signature, UUID> {

    List<Signature> findByPactVersionIdOrderByCreatedAtAsc(UUID pactVersionId);

    boolean existsByPactVersionIdAndParticipationId(UUID pactVersionId, UUID participationId);
}
