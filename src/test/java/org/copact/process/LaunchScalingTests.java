package org.copact.process;

import org.copact.process.consultation.StakeholderConsultationProcess;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.UUID;
import org.copact.TestRounds;
import org.copact.round.Round;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Defining and launching a round costs Copact's own database work that does not grow with the
 * number of stakeholders: one query serves them all, inserts go in batches. (Statement counts,
 * not times: the machines are shared; see LaunchBenchmark for the figures.)
 */
class LaunchScalingTests extends ProcessTestSupport {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void shouldDefineAndLaunchWithoutAStatementPerStakeholder() {
        Cost small = defineAndLaunch(10);
        Cost large = defineAndLaunch(400);

        assertThat(large.define()).as("define: 400 stakeholders against 10").isLessThanOrEqualTo(small.define() + 8);
        assertThat(large.launch()).as("launch: 400 stakeholders against 10").isLessThanOrEqualTo(small.launch() + 2);
        assertThat(large.participants()).isEqualTo(400);
    }

    private Cost defineAndLaunch(int stakeholders) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Round round = rounds.define(TestRounds.round("Scale " + stakeholders, TestRounds.many(stakeholders, suffix)),
                facilitator);
        long define = statistics.getPrepareStatementCount();
        statistics.clear();
        rounds.launch(round.id(), facilitator);
        long launch = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        long participants = runtime.createExecutionQuery().processInstanceBusinessKey(round.id().toString())
                .activityId(StakeholderConsultationProcess.TASK_SEND_INVITATION).count();
        return new Cost(define, launch, participants);
    }

    record Cost(long define, long launch, long participants) {
    }
}
