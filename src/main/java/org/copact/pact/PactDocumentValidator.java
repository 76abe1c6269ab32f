package org.copact.pact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks a draft and makes it a {@link PactDocument}, reporting every problem at once, each on the
 * field it concerns ({@code clauses[2].text}, {@code sheets[0].commitments[1].targetDate}) in the
 * person's language. Saving a draft asks only that what is there is well formed; publishing it also
 * asks that it is complete: a title, at least one clause, and every commitment measurable.
 */
@Component
public class PactDocumentValidator {

    /** How much a check asks of a draft. */
    public enum Mode { SAVE, PUBLISH }

    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 20_000;
    static final int MAX_SHORT = 300;
    static final int MAX_UNIT = 50;
    static final int MAX_DESCRIPTION = 4_000;
    static final int MAX_CLAUSES = 300;
    static final int MAX_ITEMS = 100;
    static final int MAX_MILESTONES = 20;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t\\r]]");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final MessageSource messages;

    public PactDocumentValidator(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param signatories the organisation of each participation that may have a commitment sheet
     * @throws InvalidInputException with every field error, in the language of {@code locale}
     */
    public PactDocument validate(PactDraftInput input, Mode mode, Map<UUID, String> signatories, Locale locale) {
        Check check = new Check(mode, locale);
        String title = check.text("title", input.title(), MAX_TITLE, mode == Mode.PUBLISH);
        String preamble = check.text("preamble", input.preamble(), MAX_TEXT, false);
        List<String> objectives = new ArrayList<>();
        check.count("objectives", input.objectives().size(), MAX_ITEMS);
        for (int i = 0; i < input.objectives().size(); i++) {
            String objective = check.text("objectives[" + i + "]", input.objectives().get(i), MAX_DESCRIPTION, false);
            if (objective != null) {
                objectives.add(objective);
            }
        }
        List<PactDocument.Clause> clauses = new ArrayList<>();
        check.count("clauses", input.clauses().size(), MAX_CLAUSES);
        for (int i = 0; i < input.clauses().size(); i++) {
            PactDraftInput.ClauseInput clause = input.clauses().get(i);
            if (clause == null || blank(clause.id()) && blank(clause.heading()) && blank(clause.text())) {
                continue;
            }
            String at = "clauses[" + i + "]";
            clauses.add(new PactDocument.Clause(check.id(at + ".id", clause.id(), "c"),
                    check.text(at + ".heading", clause.heading(), MAX_SHORT, false),
                    check.text(at + ".text", clause.text(), MAX_TEXT, true)));
        }
        if (mode == Mode.PUBLISH && clauses.isEmpty()) {
            check.add("clauses", "pact.error.noClauses");
        }
        List<PactDocument.Commitment> authority = check.commitments("authorityCommitments",
                input.authorityCommitments());
        List<PactDocument.CommitmentSheet> sheets = new ArrayList<>();
        check.count("sheets", input.sheets().size(), MAX_CLAUSES);
        Set<UUID> sheetsSeen = new HashSet<>();
        for (int i = 0; i < input.sheets().size(); i++) {
            PactDraftInput.SheetInput sheet = input.sheets().get(i);
            String at = "sheets[" + i + "]";
            UUID participation = check.participation(at + ".participationId", sheet == null ? null
                    : sheet.participationId(), signatories, sheetsSeen);
            List<PactDocument.Commitment> commitments = check.commitments(at + ".commitments",
                    sheet == null ? List.of() : sheet.commitments());
            if (participation != null) {
                sheets.add(new PactDocument.CommitmentSheet(participation, signatories.get(participation), commitments));
            }
        }
        if (!check.errors.isEmpty()) {
            throw new InvalidInputException(check.errors);
        }
        return new PactDocument(title, preamble, objectives, clauses, authority, sheets);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The errors found so far, and the checks of one kind of value each. */
    private final class Check {

        private final Mode mode;
        private final Locale locale;
        private final List<FieldError> errors = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();

        Check(Mode mode, Locale locale) {
            this.mode = mode;
            this.locale = locale;
        }

        void add(String field, String code, Object... arguments) {
            errors.add(new FieldError(field, messages.getMessage(code, arguments, locale)));
        }

        void count(String field, int size, int max) {
            if (size > max) {
                add(field, "pact.error.tooMany", max);
            }
        }

        String text(String field, String value, int max, boolean required) {
            if (blank(value)) {
                if (required && mode == Mode.PUBLISH) {
                    add(field, "pact.error.required");
                }
                return null;
            }
            String text = value.strip();
            if (CONTROL.matcher(text).find()) {
                add(field, "pact.error.control");
            } else if (text.length() > max) {
                add(field, "pact.error.tooLong", max);
            }
            return text;
        }

        String id(String field, String value, String prefix) {
            if (blank(value)) {
                return PactTexts.newId(prefix);
            }
            String id = value.strip();
            if (!ID.matcher(id).matches()) {
                add(field, "pact.error.id");
            } else if (!ids.add(id)) {
                add(field, "pact.error.duplicateId");
            }
            return id;
        }

        UUID participation(String field, String value, Map<UUID, String> signatories, Set<UUID> seen) {
            UUID id;
            try {
                id = blank(value) ? null : UUID.fromString(value.strip());
            } catch (IllegalArgumentException e) {
                id = null;
            }
            if (id == null || !signatories.containsKey(id)) {
                add(field, "pact.error.signatory");
                return null;
            }
            if (!seen.add(id)) {
                add(field, "pact.error.duplicateSheet");
            }
            return id;
        }

        List<PactDocument.Commitment> commitments(String field, List<PactDraftInput.CommitmentInput> inputs) {
            count(field, inputs.size(), MAX_ITEMS);
            List<PactDocument.Commitment> commitments = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                PactDraftInput.CommitmentInput c = inputs.get(i);
                if (c == null) {
                    continue;
                }
                commitments.add(commitment(field + "[" + i + "]", c));
            }
            return commitments;
        }

        private PactDocument.Commitment commitment(String at, PactDraftInput.CommitmentInput c) {
            String id = id(at + ".id", c.id(), "m");
            CommitmentTheme theme = theme(at + ".theme", c.theme());
            String description = text(at + ".description", c.description(), MAX_DESCRIPTION, true);
            String indicator = text(at + ".indicator", c.indicator(), MAX_SHORT, true);
            String unit = text(at + ".unit", c.unit(), MAX_UNIT, true);
            BigDecimal baseline = decimal(at + ".baselineValue", c.baselineValue(), false);
            Integer year = year(at + ".baselineYear", c.baselineYear());
            BigDecimal target = decimal(at + ".targetValue", c.targetValue(), true);
            LocalDate targetDate = date(at + ".targetDate", c.targetDate(), true);
            if (mode == Mode.PUBLISH && blank(c.baselineValue()) != blank(c.baselineYear())) {
                add(at + (blank(c.baselineValue()) ? ".baselineValue" : ".baselineYear"), "pact.error.baselinePair");
            }
            if (year != null && targetDate != null && targetDate.getYear() < year) {
                add(at + ".targetDate", "pact.error.targetBeforeBaseline", String.valueOf(year));
            }
            count(at + ".milestones", c.milestones().size(), MAX_MILESTONES);
            List<PactDocument.Milestone> milestones = new ArrayList<>();
            for (int i = 0; i < c.milestones().size(); i++) {
                PactDraftInput.MilestoneInput m = c.milestones().get(i);
                if (m == null || blank(m.date()) && blank(m.value()) && blank(m.description())) {
                    continue;
                }
                String mat = at + ".milestones[" + i + "]";
                LocalDate date = date(mat + ".date", m.date(), true);
                if (date != null && targetDate != null && date.isAfter(targetDate)) {
                    add(mat + ".date", "pact.error.milestoneAfterTarget");
                }
                milestones.add(new PactDocument.Milestone(date, decimal(mat + ".value", m.value(), false),
                        text(mat + ".description", m.description(), MAX_SHORT, false)));
            }
            return new PactDocument.Commitment(id, theme, description, indicator, unit, baseline, year, target,
                    targetDate, milestones);
        }

        private CommitmentTheme theme(String field, String value) {
            if (blank(value)) {
                if (mode == Mode.PUBLISH) {
                    add(field, "pact.error.required");
                }
                return null;
            }
            try {
                return CommitmentTheme.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                add(field, "pact.error.theme");
                return null;
            }
        }

        private BigDecimal decimal(String field, String value, boolean required) {
            if (blank(value)) {
                if (required && mode == Mode.PUBLISH) {
                    add(field, "pact.error.required");
                }
                return null;
            }
            String number = value.strip().replace(" ", "").replace("\u00a0", "");
            if (number.indexOf(',') >= 0 && number.indexOf('.') < 0 && number.indexOf(',') == number.lastIndexOf(',')) {
                number = number.replace(',', '.');
            }
            if (!DECIMAL.matcher(number).matches()) {
                add(field, "pact.error.number");
                return null;
            }
            return new BigDecimal(number);
        }

        private Integer year(String field, String value) {
            if (blank(value)) {
                return null;
            }
            String year = value.strip();
            if (!year.matches("\\d{4}") || Integer.parseInt(year) < EARLIEST.getYear()
                    || Integer.parseInt(year) > LATEST.getYear()) {
                add(field, "pact.error.year", String.valueOf(EARLIEST.getYear()), String.valueOf(LATEST.getYear()));
                return null;
            }
            return Integer.valueOf(year);
        }

        private LocalDate date(String field, String value, boolean required) {
            if (blank(value)) {
                if (required && mode == Mode.PUBLISH) {
                    add(field, "pact.error.required");
                }
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value.strip());
                if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                    add(field, "pact.error.dateRange", EARLIEST.toString(), LATEST.toString());
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                add(field, "pact.error.date");
                return null;
            }
        }
    }
}
