package org.copact.pact;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A draft as a person or a program sends it: every value as typed, so that a number written
 * {@code 12,5} or a date written wrongly comes back as a field error of its own instead of a body
 * nobody could read. {@link PactDocumentValidator} turns it into a {@link PactDocument}. A clause or
 * commitment without an id is new and gets one; a sheet names the signatory's participation.
 */
public record PactDraftInput(String title, String preamble, List<String> objectives, List<ClauseInput> clauses,
        List<CommitmentInput> authorityCommitments, List<SheetInput> sheets) {

    public PactDraftInput {
        objectives = objectives == null ? List.of() : objectives;
        clauses = clauses == null ? List.of() : clauses;
        authorityCommitments = authorityCommitments == null ? List.of() : authorityCommitments;
        sheets = sheets == null ? List.of() : sheets;
    }

    public record ClauseInput(String id, String heading, String text) {
    }

    public record CommitmentInput(String id, String theme, String description, String indicator, String unit,
            String baselineValue, String baselineYear, String targetValue, String targetDate,
            List<MilestoneInput> milestones) {

        public CommitmentInput {
            milestones = milestones == null ? List.of() : milestones;
        }
    }

    public record MilestoneInput(String date, String value, String description) {
    }

    /** {@code organisation} may be sent back as GET gave it; it is always taken from the participation. */
    @JsonIgnoreProperties({"organisation"})
    public record SheetInput(String participationId, List<CommitmentInput> commitments) {

        public SheetInput {
            commitments = commitments == null ? List.of() : commitments;
        }
    }

    /** A document as the input it would be sent back as: what the page's form is filled with. */
    public static PactDraftInput of(PactDocument document) {
        return new PactDraftInput(document.title(), document.preamble(), document.objectives(),
                document.clauses().stream().map(c -> new ClauseInput(c.id(), c.heading(), c.text())).toList(),
                document.authorityCommitments().stream().map(PactDraftInput::commitment).toList(),
                document.sheets().stream().map(s -> new SheetInput(s.participationId().toString(),
                        s.commitments().stream().map(PactDraftInput::commitment).toList())).toList());
    }

    private static CommitmentInput commitment(PactDocument.Commitment c) {
        return new CommitmentInput(c.id(), c.theme() == null ? null : c.theme().name(), c.description(), c.indicator(),
                c.unit(), plain(c.baselineValue()), c.baselineYear() == null ? null : c.baselineYear().toString(),
                plain(c.targetValue()), c.targetDate() == null ? null : c.targetDate().toString(),
                c.milestones().stream().map(m -> new MilestoneInput(m.date() == null ? null : m.date().toString(),
                        plain(m.value()), m.description())).toList());
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
