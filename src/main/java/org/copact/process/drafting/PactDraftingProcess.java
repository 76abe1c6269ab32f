package org.copact.process.drafting;

/** {@code bpmn/pact-drafting.bpmn}: the facilitator writes the next version of the pact. */
public final class PactDraftingProcess {

    public static final String KEY = "pact-drafting";

    public static final String TASK_DRAFT_PACT = "Task_DraftPact";

    private PactDraftingProcess() {
    }
}
