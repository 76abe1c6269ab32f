package org.copact.consultation.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationParticipantRepository extends JpaRepository<ConsultationParticipant, UUID> {

    List<ConsultationParticipant> findByRoundId(UUID roundId);
}
