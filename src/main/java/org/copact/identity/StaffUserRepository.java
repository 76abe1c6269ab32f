package org.copact.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffUserRepository extends JpaRepository<StaffUser, UUID> {

    Optional<StaffUser> findByUsername(String username);

    /** the enabled accounts of this role that run the rounds of this region */
    @Query("select u from StaffUser u where u.role = ?1 and ?2 member of u.regionIds and u.enabled = true")
    List<StaffUser> findEnabledOfRegion(StaffRole role, String regionId);

    List<StaffUser> findAllByOrderByUsernameAsc();
}
