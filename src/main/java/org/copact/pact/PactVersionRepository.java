package org.copact.pact;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PactVersionRepository extends JpaRepository<PactVersion, UUID> {

    List<PactVersion> findByRoundIdOrderByNumberAsc(UUID roundId);

    Optional<PactVersion> findFirstByRoundIdOrderByNumberDesc(UUID roundId);
}
