package org.copact.pact.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PactVersionRepository extends JpaRepository<PactVersionEntity, UUID> {

    List<PactVersionEntity> findByRoundIdOrderByNumberAsc(UUID roundId);

    Optional<PactVersionEntity> findFirstByRoundIdOrderByNumberDesc(UUID roundId);

    Optional<PactVersionEntity> findByRoundIdAndNumber(UUID roundId, int number);

    List<PactVersionEntity> findBySha256OrderByCreatedAtAsc(String sha256);
}
