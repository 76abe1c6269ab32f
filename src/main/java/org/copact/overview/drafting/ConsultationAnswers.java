package org.copact.overview.drafting;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copact.common.Language;
import org.copact.consultation.ConsultationAnswer;
import org.copact.consultation.ConsultationService;
import org.copact.consultation.ConsultationStatus;
import org.copact.documents.DocumentService;
import org.copact.forms.FormAnswers;
import org.copact.forms.FormDefinition;
import org.copact.forms.FormDefinitions;
import org.copact.forms.FormTranslations;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultation's answers of a round, set side by side for the facilitator who drafts: each
 * consulted stakeholder with what they answered (on the web or by email) and the documents they
 * sent, and each question with every answer to it, the questions' labels and options in the
 * reader's language. Nobody's answer is changed: an answer by email is what its reply said.
 */
@Service
class ConsultationAnswers {

    private final ConsultationService consultation;
    private final Participations participations;
    private final DocumentService documents;
    private final FormDefinition form;
    private final MessageSource messages;
    private final FormTranslations translations = FormTranslations.fromClasspath();

    ConsultationAnswers(ConsultationService consultation, Participations participations, DocumentService documents,
            FormDefinitions forms, MessageSource messages) {
        this.consultation = consultation;
        this.participations = participations;
        this.documents = documents;
        this.form = forms.byId(ConsultationAnswer.FORM_ID).orElseThrow(() -> new IllegalStateException(
                "forms/" + ConsultationAnswer.FORM_ID + ".form is missing"));
        this.messages = messages;
    }

    /** Every question of the consultation, by key, with its label in this language; an answer by email last. */
    List<AnswersView.Question> questions(Language language) {
        List<AnswersView.Question> questions = new ArrayList<>();
        FormAnswers.questions(form, translations.translate(form, language))
                .forEach((key, label) -> questions.add(new AnswersView.Question(key, label)));
        questions.add(new AnswersView.Question(ConsultationAnswer.EMAILED_TEXT,
                messages.getMessage("page.drafting.question.emailed", null, language.locale())));
        return questions;
    }

    @Transactional(readOnly = true)
    AnswersView of(UUID roundId, AnswerFilter filter, Language language) {
        JsonNode translated = translations.translate(form, language);
        List<AnswersView.Question> questions = questions(language);
        Map<String, String> labels = questions.stream()
                .collect(Collectors.toMap(AnswersView.Question::key, AnswersView.Question::label, (a, b) -> a,
                        LinkedHashMap::new));
        Map<UUID, ConsultationAnswer> answers = consultation.answers(roundId).stream()
                .collect(Collectors.toMap(ConsultationAnswer::participationId, Function.identity(), (a, b) -> a));
        Map<UUID, ConsultationService.Standing> standings = consultation.standingsIn(roundId);
        List<ParticipationView> consulted = participations.ofRound(roundId).stream()
                .filter(p -> p.has(ParticipationRole.PARTICIPANT) || answers.containsKey(p.id())).toList();
        List<AnswersView.StakeholderAnswers> shown = new ArrayList<>();
        for (ParticipationView p : consulted) {
            ConsultationStatus status = standings.getOrDefault(p.id(), ConsultationService.Standing.NOT_INVITED)
                    .status();
            if (!filter.admits(p.contact().category(), status)) {
                continue;
            }
            ConsultationAnswer answer = answers.get(p.id());
            List<AnswersView.Answer> given = answer == null ? List.of()
                    : shownAnswers(answer, translated, labels).stream().filter(a -> filter.asksFor(a.question()))
                            .toList();
            boolean named = filter.finds(p.contact().organisation());
            List<AnswersView.Answer> matching = named ? given
                    : given.stream().filter(a -> filter.finds(a.text())).toList();
            if ((filter.question() != null && given.isEmpty()) || (filter.hasText() && !named && matching.isEmpty())) {
                continue;
            }
            shown.add(new AnswersView.StakeholderAnswers(p.id(), p.contact().organisation(),
                    p.contact().contactName(), p.contact().category(), p.contact().language(), status,
                    answer == null ? null : answer.channel(), answer == null ? null : answer.submittedAt(), matching,
                    documentsOf(roundId, p.id())));
        }
        return new AnswersView(roundId, questions, consulted.size(), shown, byQuestion(shown, questions, filter));
    }

    /** a web answer as its form shows it, in the form's order; an answer by email as its reply's text */
    private List<AnswersView.Answer> shownAnswers(ConsultationAnswer answer, JsonNode translated,
            Map<String, String> labels) {
        List<AnswersView.Answer> shown = new ArrayList<>();
        Object emailed = answer.answers().get(ConsultationAnswer.EMAILED_TEXT);
        if (ConsultationService.CHANNEL_EMAIL.equals(answer.channel()) && emailed != null) {
            shown.add(new AnswersView.Answer(ConsultationAnswer.EMAILED_TEXT,
                    labels.get(ConsultationAnswer.EMAILED_TEXT), String.valueOf(emailed)));
            return shown;
        }
        FormAnswers.shown(form, translated, answer.answers()).forEach((key, text) -> shown.add(
                new AnswersView.Answer(key, labels.getOrDefault(key, key), text)));
        return shown;
    }

    private List<AnswersView.Document> documentsOf(UUID roundId, UUID participationId) {
        return documents.heldBy(participationId).stream().map(d -> new AnswersView.Document(d.id(), d.fileName(),
                d.mediaType(), d.sizeBytes(), d.sha256(), d.source(), d.addedAt(),
                "/api/rounds/" + roundId + "/documents/" + d.id() + "/content")).toList();
    }

    private static List<AnswersView.QuestionAnswers> byQuestion(List<AnswersView.StakeholderAnswers> shown,
            List<AnswersView.Question> questions, AnswerFilter filter) {
        List<AnswersView.QuestionAnswers> byQuestion = new ArrayList<>();
        for (AnswersView.Question question : questions) {
            if (!filter.asksFor(question.key())) {
                continue;
            }
            List<AnswersView.GivenAnswer> given = new ArrayList<>();
            for (AnswersView.StakeholderAnswers s : shown) {
                s.answers().stream().filter(a -> a.question().equals(question.key())).forEach(a -> given.add(
                        new AnswersView.GivenAnswer(s.participationId(), s.organisation(), s.category(), a.text(),
                                s.channel(), s.submittedAt())));
            }
            byQuestion.add(new AnswersView.QuestionAnswers(question.key(), question.label(), given));
        }
        return byQuestion;
    }
}
