package org.copact.stakeholder.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StakeholderRepository extends JpaRepository<Stakeholder, UUID> {

    /** The stakeholders of a region already known by these (normalised) emails, in one query. */
    List<Stakeholder> findByRegionIdAndEmailIn(String regionId, Collection<String> emails);
}
