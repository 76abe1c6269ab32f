package org.copact.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StakeholderLinkRepository extends JpaRepository<StakeholderLink, UUID> {

    Optional<StakeholderLink> findByTokenHash(String tokenHash);

    List<StakeholderLink> findByParticipationId(UUID participationId);

}
