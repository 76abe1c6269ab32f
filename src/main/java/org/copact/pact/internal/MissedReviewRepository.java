package org.copact.pact.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MissedReviewRepository extends JpaRepository<MissedReviewEntity, UUID> {

    List<MissedReviewEntity> findByPactVersionIdOrderByMarkedAtAsc(UUID pactVersionId);

    boolean existsByPactVersionIdAndParticipationId(UUID pactVersionId, UUID participationId);
}
