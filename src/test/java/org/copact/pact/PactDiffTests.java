package org.copact.pact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.copact.pact.PactDiff.Op;
import org.copact.pact.PactDiff.Segment;
import org.copact.pact.PactDiff.Status;
import org.junit.jupiter.api.Test;

/** Two versions side by side: clauses and commitments by id, and the words inside a changed one. */
class PactDiffTests {

    private static final UUID SME = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void shouldTellAddedRemovedChangedMovedAndUnchangedClausesByTheirIds() {
        PactDocument before = document(List.of(clause("c-1", "Reducem consumul de energie."),
                clause("c-2", "Raportăm anual."), clause("c-3", "Instalăm panouri solare."),
                clause("c-4", "Colectăm deșeurile separat.")), List.of());
        PactDocument after = document(List.of(clause("c-3", "Instalăm panouri solare."),
                clause("c-1", "Reducem consumul de energie cu 20%."), clause("c-2", "Raportăm anual."),
                clause("c-5", "Plantăm copaci.")), List.of());

        PactDiff diff = PactDiff.between(1, before, 2, after);

        Map<String, PactDiff.Entry> byId = diff.clauses().stream()
                .collect(Collectors.toMap(PactDiff.Entry::id, e -> e));
        assertThat(byId.get("c-5").status()).isEqualTo(Status.ADDED);
        assertThat(byId.get("c-5").fromNumber()).isNull();
        assertThat(byId.get("c-5").toNumber()).isEqualTo(4);
        assertThat(byId.get("c-4").status()).isEqualTo(Status.REMOVED);
        assertThat(byId.get("c-4").fromNumber()).isEqualTo(4);
        assertThat(byId.get("c-1").status()).isEqualTo(Status.CHANGED);
        assertThat(byId.get("c-1").moved()).as("c-1 keeps its order among c-1, c-2").isFalse();
        assertThat(byId.get("c-3").status()).as("moved to the top, text the same").isEqualTo(Status.MOVED);
        assertThat(byId.get("c-3").moved()).isTrue();
        assertThat(byId.get("c-3").fromNumber()).isEqualTo(3);
        assertThat(byId.get("c-3").toNumber()).isEqualTo(1);
        assertThat(byId.get("c-2").status()).as("shifted by others, not moved").isEqualTo(Status.UNCHANGED);
        assertThat(diff.clausesChanged()).isEqualTo(4);
        assertThat(diff.clauses()).extracting(PactDiff.Entry::id).containsExactly("c-3", "c-1", "c-2", "c-4", "c-5");
    }

    @Test
    void shouldShowTheWordsThatWentAndCameInsideAChangedClause() {
        List<Segment> words = PactDiff.words("Reducem consumul de energie până în 2030.",
                "Reducem consumul de gaz cu 20% până în 2030.");

        assertThat(words).containsExactly(new Segment(Op.EQUAL, "Reducem consumul de "),
                new Segment(Op.DELETE, "energie "), new Segment(Op.INSERT, "gaz cu 20% "),
                new Segment(Op.EQUAL, "până în 2030."));
        assertThat(PactDiff.words("Μειώνουμε την κατανάλωση.", "Μειώνουμε πολύ την κατανάλωση."))
                .containsExactly(new Segment(Op.EQUAL, "Μειώνουμε "), new Segment(Op.INSERT, "πολύ "),
                        new Segment(Op.EQUAL, "την κατανάλωση."));
    }

    @Test
    void shouldTellCommitmentsAddedRemovedAndChangedAndACommitmentMovedToAnotherSheet() {
        PactDocument.Commitment panels = commitment("m-1", "Panouri solare pe școli", "100");
        PactDocument.Commitment bikes = commitment("m-2", "Piste de biciclete", "10");
        PactDocument.Commitment water = commitment("m-3", "Apă reciclată", "5");
        PactDocument before = new PactDocument("Pact", null, List.of(), List.of(clause("c-1", "Text.")),
                List.of(panels, bikes), List.of(new PactDocument.CommitmentSheet(SME, "Solar SRL", List.of(water))));
        PactDocument after = new PactDocument("Pact", null, List.of(), List.of(clause("c-1", "Text.")),
                List.of(commitment("m-1", "Panouri solare pe școli", "120"), water),
                List.of(new PactDocument.CommitmentSheet(SME, "Solar SRL",
                        List.of(commitment("m-4", "Compost", "2")))));

        PactDiff diff = PactDiff.between(1, before, 2, after);

        Map<String, PactDiff.Entry> byId = diff.commitments().stream()
                .collect(Collectors.toMap(PactDiff.Entry::id, e -> e));
        assertThat(byId.get("m-1").status()).isEqualTo(Status.CHANGED);
        assertThat(byId.get("m-1").words()).contains(new Segment(Op.DELETE, "100"), new Segment(Op.INSERT, "120"));
        assertThat(byId.get("m-2").status()).isEqualTo(Status.REMOVED);
        assertThat(byId.get("m-3").status()).as("now the authority's").isEqualTo(Status.MOVED);
        assertThat(byId.get("m-3").sheet()).isEqualTo(PactDiff.AUTHORITY);
        assertThat(byId.get("m-4").status()).isEqualTo(Status.ADDED);
        assertThat(byId.get("m-4").sheet()).isEqualTo(SME.toString());
        assertThat(diff.clausesChanged()).isZero();
        assertThat(diff.commitmentsChanged()).isEqualTo(4);
    }

    private static PactDocument document(List<PactDocument.Clause> clauses, List<PactDocument.Commitment> authority) {
        return new PactDocument("Pact", null, List.of(), clauses, authority, List.of());
    }

    private static PactDocument.Clause clause(String id, String text) {
        return new PactDocument.Clause(id, null, text);
    }

    private static PactDocument.Commitment commitment(String id, String description, String target) {
        return new PactDocument.Commitment(id, CommitmentTheme.values()[0], description, "kWp", "kWp",
                BigDecimal.ZERO, 2024, new BigDecimal(target), LocalDate.of(2030, 12, 31), List.of());
    }
}
