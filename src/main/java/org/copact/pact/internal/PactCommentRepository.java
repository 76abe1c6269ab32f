package org.copact.pact.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PactCommentRepository extends JpaRepository<PactCommentEntity, UUID> {

    List<PactCommentEntity> findByPactVersionIdAndParticipationIdAndReviewIdIsNullOrderByCreatedAtAsc(
            UUID pactVersionId, UUID participationId);

    /** the sent comments of a version, oldest first */
    List<PactCommentEntity> findByPactVersionIdAndReviewIdIsNotNullOrderByCreatedAtAsc(UUID pactVersionId);

    /** the sent comments of a round, oldest first */
    List<PactCommentEntity> findByRoundIdAndReviewIdIsNotNullOrderByCreatedAtAsc(UUID roundId);

    /** answers given and not yet published with a version */
    List<PactCommentEntity> findByRoundIdAndAnswerStatusIsNotNullAndAnswerPublishedInIsNull(UUID roundId);
}
