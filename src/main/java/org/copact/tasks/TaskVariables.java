package org.copact.tasks;

/**
 * What the inbox reads of a task's process: the variables every process of a round sets, and the
 * candidate group its facilitators' tasks go to. The processes name their variables after these.
 */
public final class TaskVariables {

    /** the round's id, also the business key of every process of the round */
    public static final String ROUND_ID = "roundId";
    /** the participation whose task this is; a stakeholder's tasks are assigned to it */
    public static final String PARTICIPATION_ID = "participationId";
    /** the pact version a review or signature task is about */
    public static final String PACT_VERSION_ID = "pactVersionId";

    private TaskVariables() {
    }

    /** the candidate group of the facilitators of a region */
    public static String facilitatorGroup(String regionId) {
        return "facilitators-" + regionId;
    }
}
