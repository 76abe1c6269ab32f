package org.copact.pact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A pact as people write, review and sign it: a title, a preamble, objectives, numbered clauses,
 * the commitments of the public authority, and one commitment sheet per signatory. Clauses and
 * commitments carry ids that stay the same from one version to the next, so a comment, a diff or a
 * signature can point at one of them. Texts are Markdown. {@link PactCanonicalForm} says how a
 * document is written out to be hashed.
 */
public record PactDocument(String title, String preamble, List<String> objectives, List<Clause> clauses,
        List<Commitment> authorityCommitments, List<CommitmentSheet> sheets) {

    public PactDocument {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        authorityCommitments = authorityCommitments == null ? List.of() : List.copyOf(authorityCommitments);
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
    }

    /** One numbered clause; its number is its place in the list, its id is kept across versions. */
    public record Clause(String id, String heading, String text) {
    }

    /** What one organisation will do, measured how, from what baseline to what target, by when. */
    public record Commitment(String id, CommitmentTheme theme, String description, String indicator, String unit,
            BigDecimal baselineValue, Integer baselineYear, BigDecimal targetValue, LocalDate targetDate,
            List<Milestone> milestones) {

        public Commitment {
            milestones = milestones == null ? List.of() : List.copyOf(milestones);
        }
    }

    /** A step on the way to a commitment's target. */
    public record Milestone(LocalDate date, BigDecimal value, String description) {
    }

    /** The commitments of one signatory, named by their participation in the round. */
    public record CommitmentSheet(UUID participationId, String organisation, List<Commitment> commitments) {

        public CommitmentSheet {
            commitments = commitments == null ? List.of() : List.copyOf(commitments);
        }
    }

    /** A document that has only a title: where a first draft starts. */
    public static PactDocument titled(String title) {
        return new PactDocument(title, null, List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Clause> clause(String id) {
        return clauses.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Every commitment of the document, the authority's first, then sheet by sheet. */
    public List<Commitment> allCommitments() {
        return java.util.stream.Stream.concat(authorityCommitments.stream(),
                sheets.stream().flatMap(s -> s.commitments().stream())).toList();
    }
}
