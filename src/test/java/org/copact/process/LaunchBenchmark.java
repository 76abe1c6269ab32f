package org.copact.process;

import org.copact.process.consultation.StakeholderConsultationProcess;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.copact.TestRounds;
import org.copact.round.Round;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Launching a round of 1,000 stakeholders, next to the bare engine creating the same 1,000
 * parallel instances with their asynchronous jobs, on the same database in the same run. Prints
 * figures; asserts only that each side did the work it claims. Run with {@code ./mvnw -Pbenchmark test}.
 */
@Tag("benchmark")
class LaunchBenchmark extends ProcessTestSupport {

    static final int STAKEHOLDERS = 1000;
    static final int WARM_UPS = 1;
    static final int RUNS = 5;
    static final String BARE_KEY = "benchmark-bare-multi-instance";

    @Autowired
    RepositoryService repository;

    @Test
    void launchOfAThousandStakeholders() {
        repository.createDeployment().addModelInstance(BARE_KEY + ".bpmn", bareModel()).deploy();

        List<Long> bare = measure(() -> {
            long started = System.nanoTime();
            String id = runtime.startProcessInstanceByKey(BARE_KEY).getId();
            long elapsed = System.nanoTime() - started;
            expect(management.createJobQuery().messages().processInstanceId(id).count());
            return elapsed;
        });
        List<Long> define = new ArrayList<>();
        List<Long> launch = measure(() -> {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            long started = System.nanoTime();
            Round round = rounds.define(TestRounds.round("Benchmark", TestRounds.many(STAKEHOLDERS, suffix)),
                    facilitator);
            long defined = System.nanoTime();
            rounds.launch(round.id(), facilitator);
            long launched = System.nanoTime();
            define.add(defined - started);
            expect(management.createJobQuery().messages()
                    .processInstanceId(subProcess(round.id(), StakeholderConsultationProcess.KEY).getId()).count());
            return launched - defined;
        });

        System.out.printf(Locale.ROOT, "%n%-58s %10s %10s%n", "1,000 stakeholders, " + RUNS + " runs (ms)", "median",
                "best");
        print("bare engine: start 1,000 parallel instances + async jobs", bare);
        print("Copact: launch a defined round of 1,000 stakeholders", launch);
        print("Copact: define the round (validate, store 1,000 + 1,000 rows)", define.subList(WARM_UPS, define.size()));
        System.out.printf(Locale.ROOT, "%-58s %9.2fx%n%n", "launch / bare engine (median)",
                (double) median(launch) / median(bare));
    }

    private static BpmnModelInstance bareModel() {
        // the shape of the consultation: a parallel multi-instance subprocess whose first step is asynchronous
        return Bpmn.createExecutableProcess(BARE_KEY).camundaHistoryTimeToLive(1)
                .startEvent()
                .subProcess("SubProcess_Each")
                .embeddedSubProcess().startEvent()
                .serviceTask("Task_Async").camundaAsyncBefore().camundaExpression("${true}")
                .userTask("Task_Wait")
                .endEvent()
                .subProcessDone()
                .multiInstance().parallel().cardinality(String.valueOf(STAKEHOLDERS)).multiInstanceDone()
                .endEvent()
                .done();
    }

    private static List<Long> measure(Supplier<Long> run) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            long nanos = run.get();
            if (i >= WARM_UPS) {
                times.add(nanos);
            }
        }
        return times;
    }

    private static void expect(long instances) {
        if (instances != STAKEHOLDERS) {
            throw new AssertionError("expected " + STAKEHOLDERS + " waiting jobs, found " + instances);
        }
    }

    private static void print(String label, List<Long> nanos) {
        System.out.printf(Locale.ROOT, "%-58s %10d %10d%n", label, median(nanos) / 1_000_000,
                Collections.min(nanos) / 1_000_000);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

}
