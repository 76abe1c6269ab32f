package org.copact.signing.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignatureRepository extends JpaRepository<SignatureEntity, UUID> {

    List<SignatureEntity> findByPactVersionIdOrderByCreatedAtAsc(UUID pactVersionId);

    List<SignatureEntity> findByRoundIdOrderByCreatedAtAsc(UUID roundId);

    boolean existsByPactVersionIdAndParticipationId(UUID pactVersionId, UUID participationId);
}
