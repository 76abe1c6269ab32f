package org.copact.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.copact.common.Language;
import org.copact.round.Round;
import org.copact.round.RoundDefinition;
import org.copact.round.RoundPatch;

/**
 * The edit page's form, as typed. Deadlines are dates, each the end of that day in the round's time
 * zone; a date left as it was changes nothing (the deadline keeps its hour). The languages are only
 * on the page before the launch.
 */
record RoundEditForm(String title, String topic, String defaultLanguage, List<String> languages,
        String consultationDeadline, String reviewDeadline, String signatureDeadline, String targetAnswers,
        String targetSignatories) {

    static RoundEditForm of(Round round) {
        return new RoundEditForm(round.title(), round.topic() == null ? "" : round.topic(),
                round.defaultLanguage().code(), round.languages().stream().map(Language::code).sorted().toList(),
                date(round, round.consultationDeadline()), date(round, round.reviewDeadline()),
                date(round, round.signatureDeadline()), number(round.targets().answers()),
                number(round.targets().signatories()));
    }

    static RoundEditForm from(Map<String, String[]> posted) {
        return new RoundEditForm(StakeholderForm.one(posted, "title"), StakeholderForm.one(posted, "topic"),
                StakeholderForm.one(posted, "defaultLanguage"),
                posted.containsKey("languages") ? List.of(posted.get("languages")) : List.of(),
                StakeholderForm.one(posted, "consultationDeadline"), StakeholderForm.one(posted, "reviewDeadline"),
                StakeholderForm.one(posted, "signatureDeadline"), StakeholderForm.one(posted, "targetAnswers"),
                StakeholderForm.one(posted, "targetSignatories"));
    }

    /** What the form changes of the round; the languages only before its launch. */
    RoundPatch patch(Round round) {
        boolean launched = round.launched();
        return new RoundPatch(title, topic, launched ? null : defaultLanguage, launched ? null : languages,
                deadline(round, round.consultationDeadline(), consultationDeadline),
                null, deadline(round, round.reviewDeadline(), reviewDeadline),
                deadline(round, round.signatureDeadline(), signatureDeadline), null,
                new RoundDefinition.TargetsInput(parse(targetAnswers), parse(targetSignatories)));
    }

    private static String deadline(Round round, Instant current, String typed) {
        if (Objects.equals(typed == null ? null : typed.strip(), date(round, current))) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip()).atTime(23, 59).atOffset(offset(round, current)).toString();
        } catch (DateTimeParseException | NullPointerException e) {
            return typed;
        }
    }

    private static String date(Round round, Instant instant) {
        return instant.atOffset(offset(round, instant)).toLocalDate().toString();
    }

    private static ZoneOffset offset(Round round, Instant instant) {
        return round.timeZone().getRules().getOffset(instant);
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static Integer parse(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
