package org.copact.consultation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One stakeholder's answer to the consultation of a round, as they gave it: the values of the
 * consultation's form ({@link #FORM_ID}) given on the web, or, for an answer by email, what they
 * wrote in their reply ({@link #EMAILED_TEXT}) and the mail it came in ({@link #EMAILED_MAIL_ID}).
 */
public record ConsultationAnswer(UUID id, UUID roundId, UUID participationId, Map<String, Object> answers,
        String channel, Instant submittedAt) {

    /** the form whose values a web answer holds (forms/consultation-answer.form) */
    public static final String FORM_ID = "consultation-answer";
    /** the field of an answer by email that holds what the stakeholder wrote in their reply */
    public static final String EMAILED_TEXT = "emailedText";
    /** the field of an answer by email that names the whole mail (quote and signature included) */
    public static final String EMAILED_MAIL_ID = "emailedMailId";
}
