package org.copact.round;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundRepository extends JpaRepository<Round, UUID> {

    List<Round> findByRegionIdOrderByCreatedAtDesc(String regionId);

    List<Round> findAllByOrderByCreatedAtDesc();
}
