package org.copact.process.drafting;

/** {@code bpmn/pact-drafting.bpmn}: the facilitator writes the next version of the pact. */
public final class PactDraftingProcess {

    public static final String KEY = "pact-drafting";

    public static final String TASK_DRAFT_PACT = "Task_DraftPact";
    public static final String END_VERSION_PUBLISHED = "EndEvent_VersionPublished";

    public static final String FORM_DRAFT_PACT = "pact-draft";

    private PactDraftingProcess() {
    }
}
