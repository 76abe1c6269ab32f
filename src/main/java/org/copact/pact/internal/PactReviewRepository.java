package org.copact.pact.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PactReviewRepository extends JpaRepository<PactReviewEntity, UUID> {

    List<PactReviewEntity> findByPactVersionIdOrderByCreatedAtAsc(UUID pactVersionId);

    boolean existsByPactVersionIdAndParticipationId(UUID pactVersionId, UUID participationId);
}
