package org.copact.overview.drafting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.copact.common.Language;
import org.copact.consultation.ConsultationStatus;
import org.copact.stakeholder.StakeholderCategory;

/**
 * The consultation's answers of a round as the drafting workspace shows them, filtered: by
 * stakeholder (each with the documents they sent) and by question, labels in the reader's language.
 *
 * @param questions every question of the consultation, for the filter to offer (the emailed answer among them)
 * @param consulted how many stakeholders the consultation asked, before the filter
 */
public record AnswersView(UUID roundId, List<Question> questions, int consulted, List<StakeholderAnswers> stakeholders,
        List<QuestionAnswers> byQuestion) {

    /** A question by its key (its field in the answers) and its label. */
    public record Question(String key, String label) {
    }

    /**
     * One consulted stakeholder, whether they answered or not; {@code channel} and
     * {@code submittedAt} are null without an answer.
     */
    public record StakeholderAnswers(UUID participationId, String organisation, String contactName,
            StakeholderCategory category, Language language, ConsultationStatus status, String channel,
            Instant submittedAt, List<Answer> answers, List<Document> documents) {
    }

    /** What a stakeholder answered to one question, as a reader sees it (an option by its label). */
    public record Answer(String question, String label, String text) {
    }

    /** A document the stakeholder sent, uploaded or attached to a mail, and where staff download it. */
    public record Document(UUID id, String fileName, String mediaType, long sizeBytes, String sha256, String source,
            Instant addedAt, String download) {
    }

    /** One question with every answer given to it. */
    public record QuestionAnswers(String question, String label, List<GivenAnswer> answers) {
    }

    /** One answer to a question, with who gave it, how and when. */
    public record GivenAnswer(UUID participationId, String organisation, StakeholderCategory category, String text,
            String channel, Instant submittedAt) {
    }
}
