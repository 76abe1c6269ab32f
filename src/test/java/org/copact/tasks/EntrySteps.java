package org.copact.tasks;

import java.util.Map;
import org.springframework.stereotype.Component;

/** The step of the test process entries: it completes with the checked values of its form as the task's variables. */
final class EntrySteps {

    static final String PROCESS_KEY = "entries";
    static final String PLAN_VISIT = "Task_PlanVisit";

    private EntrySteps() {
    }

    @Component
    static class PlanVisit implements TaskStep {

        @Override
        public String taskKey() {
            return PLAN_VISIT;
        }

        @Override
        public Map<String, Object> context(OpenTaskRef task) {
            return Map.of();
        }

        @Override
        public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
            return values;
        }
    }
}
