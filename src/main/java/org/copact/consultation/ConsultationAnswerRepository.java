package org.copact.consultation;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationAnswerRepository extends JpaRepository<ConsultationAnswer, UUID> {

    List<ConsultationAnswer> findByRoundIdOrderBySubmittedAtAsc(UUID roundId);
}
