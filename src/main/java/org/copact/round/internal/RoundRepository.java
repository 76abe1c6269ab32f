package org.copact.round.internal;

import java.util.List;
import java.util.UUID;
import org.copact.round.RoundStatus;
import org.copact.stakeholder.Participation;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoundRepository extends JpaRepository<RoundEntity, UUID> {

    List<RoundEntity> findByRegionIdOrderByCreatedAtDesc(String regionId);

    List<RoundEntity> findAllByOrderByCreatedAtDesc();

    /** The participations, with their stakeholder, of the rounds in this status whose stakeholder has this email. */
    @Query("""
            select p from Participation p join fetch p.stakeholder s
            where s.email = ?1 and exists (select r.id from Round r where r.id = p.roundId and r.status = ?2)
            order by p.id""")
    List<Participation> findParticipationsByEmailAndRoundStatus(String email, RoundStatus status, Limit limit);
}
