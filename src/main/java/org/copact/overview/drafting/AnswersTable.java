package org.copact.overview.drafting;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * The answers as one table to download: a row per stakeholder shown, the stakeholder's columns, then
 * a column per question asked (its label as the header), then the names of the documents they sent.
 * Headers, categories, statuses and channels in the reader's language; times in UTC, ISO 8601.
 */
record AnswersTable(List<String> header, List<List<String>> rows) {

    static AnswersTable of(AnswersView view, AnswerFilter filter, MessageSource messages, Locale locale) {
        List<AnswersView.Question> asked = view.questions().stream().filter(q -> filter.asksFor(q.key())).toList();
        List<String> header = new ArrayList<>();
        for (String column : List.of("organisation", "contact", "category", "language", "status", "channel",
                "submittedAt")) {
            header.add(messages.getMessage("page.drafting." + column, null, locale));
        }
        asked.forEach(q -> header.add(q.label()));
        header.add(messages.getMessage("page.drafting.documents", null, locale));
        List<List<String>> rows = new ArrayList<>();
        for (AnswersView.StakeholderAnswers s : view.stakeholders()) {
            List<String> row = new ArrayList<>();
            row.add(s.organisation());
            row.add(s.contactName());
            row.add(messages.getMessage("page.drafting.category." + s.category().name(), null, locale));
            row.add(s.language() == null ? "" : messages.getMessage("language." + s.language().code(), null, locale));
            row.add(messages.getMessage("page.drafting.status." + s.status().name(), null, locale));
            row.add(s.channel() == null ? "" : messages.getMessage("page.drafting.channel." + s.channel(), null,
                    s.channel(), locale));
            row.add(s.submittedAt() == null ? "" : DateTimeFormatter.ISO_INSTANT.format(s.submittedAt()));
            Map<String, String> answers = s.answers().stream().collect(Collectors.toMap(AnswersView.Answer::question,
                    AnswersView.Answer::text, (a, b) -> a + "\n" + b));
            asked.forEach(q -> row.add(answers.getOrDefault(q.key(), "")));
            row.add(s.documents().stream().map(AnswersView.Document::fileName).collect(Collectors.joining("\n")));
            rows.add(row);
        }
        return new AnswersTable(header, rows);
    }
}
