package org.copact.pact;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PactReviewRepository extends JpaRepository<PactReview, UUID> {

    List<PactReview> findByPactVersionIdOrderByCreatedAtAsc(UUID pactVersionId);

    boolean existsByPactVersionIdAndParticipationId(UUID pactVersionId, UUID participationId);
}
