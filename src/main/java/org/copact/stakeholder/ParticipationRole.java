package org.copact.stakeholder;

/** What a stakeholder does in a round: the tasks of each stage go to the holders of one role. */
public enum ParticipationRole {
    /** answers the consultation */
    PARTICIPANT,
    /** reviews each draft of the pact */
    REVIEWER,
    /** signs the final version */
    SIGNATORY,
    /** advises the facilitator; receives no task of their own yet */
    MENTOR
}
