package org.copact.stakeholder.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ParticipationRepository extends JpaRepository<Participation, UUID> {

    /** Every participation of a round with its stakeholder, in one query. */
    @Query("select p from Participation p join fetch p.stakeholder s where p.roundId = ?1 and p.removedAt is null order by s.organisation")
    List<Participation> findWithStakeholderByRoundId(UUID roundId);

    @Query("select p from Participation p join fetch p.stakeholder where p.id = ?1")
    Optional<Participation> findWithStakeholderById(UUID id);

    /** Every participation, in any round, of the stakeholders known by this email, in one query. */
    @Query("select p from Participation p join fetch p.stakeholder s where s.email = ?1 and p.removedAt is null order by p.id")
    List<Participation> findWithStakeholderByEmail(String email);

    /** The organisations of a round's stakeholders of one category, each once, in one query. */
    @Query("select distinct s.organisation from Participation p join p.stakeholder s"
            + " where p.roundId = ?1 and s.category = ?2 order by s.organisation")
    List<String> findOrganisationsByRoundIdAndCategory(UUID roundId,
            org.copact.stakeholder.StakeholderCategory category);

    /** The ids of a round's participations that hold a role, for the stage that needs them. */
    @Query(nativeQuery = true, value = """
            select id from participation
            where round_id = ?1 and removed_at is null and ?2 = any (string_to_array(roles, ','))
            order by id""")
    List<UUID> findIdsByRoundIdAndRole(UUID roundId, String roleName);

    /** The participation of a round of this stakeholder, removed or not. */
    Optional<Participation> findByRoundIdAndStakeholder(UUID roundId, Stakeholder stakeholder);

    /** How many rounds' participations, removed or not, this stakeholder has. */
    long countByStakeholder(Stakeholder stakeholder);
}
