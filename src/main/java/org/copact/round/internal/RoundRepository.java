package org.copact.round.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.copact.round.RoundStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoundRepository extends JpaRepository<RoundEntity, UUID> {

    List<RoundEntity> findByRegionIdOrderByCreatedAtDesc(String regionId);

    List<RoundEntity> findAllByOrderByCreatedAtDesc();

    List<RoundEntity> findByRegionIdInOrderByCreatedAtDesc(Collection<String> regionIds);

    /** Which of these rounds are in this status. */
    @Query("select r.id from Round r where r.id in ?1 and r.status = ?2")
    Set<UUID> findIdsByIdInAndStatus(Collection<UUID> ids, RoundStatus status);
}
