package org.copact.tasks;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The steps of the test process conditions: each completes with the checked values of its form as
 * the task's variables, so that a test reads in the history exactly what a submission kept.
 */
final class ConditionalSteps {

    static final String PROCESS_KEY = "conditions";
    static final String GIVE_VERDICT = "Task_GiveVerdict";
    static final String PLAN_FOLLOW_UP = "Task_PlanFollowUp";

    private ConditionalSteps() {
    }

    @Component
    static class GiveVerdict implements TaskStep {

        @Override
        public String taskKey() {
            return GIVE_VERDICT;
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

    @Component
    static class PlanFollowUp implements TaskStep {

        @Override
        public String taskKey() {
            return PLAN_FOLLOW_UP;
        }

        @Override
        public Map<String, Object> context(OpenTaskRef task) {
            return Map.of();
        }

        @Override
        public Map<String, Object> complete(OpenTaskRef task, Map<String, Object> values) {
            return Map.of("followUp", values.get("followUp"));
        }
    }
}
