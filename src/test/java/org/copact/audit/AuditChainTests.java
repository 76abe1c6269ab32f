package org.copact.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Any entry of a round's audit record changed, removed or moved since it was written shows in the verification. */
class AuditChainTests {

    private static final UUID ROUND = UUID.fromString("6f1c2a4e-0b7d-4c55-9a43-2f9e8d7c6b5a");
    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00.123456Z");

    // ---- a well-formed chain ----

    @Test
    void shouldVerifyAWellFormedChainOfThreeEntries() {
        List<AuditEntry> chain = chain();

        AuditVerification verification = AuditVerification.of(ROUND, chain);

        assertThat(verification.valid()).isTrue();
        assertThat(verification.roundId()).isEqualTo(ROUND);
        assertThat(verification.entries()).isEqualTo(3);
        assertThat(verification.firstBrokenSeq()).isNull();
        assertThat(verification.problem()).isNull();
        assertThat(verification.lastHash()).isEqualTo(chain.get(2).hash());
        assertThat(chain.get(0).prevHash()).isEqualTo(AuditEntry.GENESIS);
        assertThat(chain).allMatch(AuditEntry::hashMatches);
    }

    @Test
    void shouldVerifyAnEmptyChainWithNoEntries() {
        AuditVerification verification = AuditVerification.of(ROUND, List.of());

        assertThat(verification.valid()).isTrue();
        assertThat(verification.entries()).isZero();
        assertThat(verification.firstBrokenSeq()).isNull();
        assertThat(verification.lastHash()).isEqualTo(AuditEntry.GENESIS);
    }

    @Test
    void shouldNameEveryEntryBySixtyFourLowerCaseHexDigits() {
        List<AuditEntry> chain = chain();

        assertThat(chain).extracting(AuditEntry::hash).allMatch(h -> h.matches("[0-9a-f]{64}"))
                .doesNotHaveDuplicates();
        assertThat(AuditEntry.GENESIS).matches("0{64}");
    }

    @Test
    void shouldGiveTheSameHashForTheSameContentWhateverTheOrderOfTheDetails() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");

        assertThat(hash("summary", ab)).isEqualTo(hash("summary", ba));
    }

    // ---- changes to the middle entry ----

    @Test
    void shouldDetectAChangedSummary() {
        List<AuditEntry> chain = chain();
        AuditEntry e = chain.get(1);
        chain.set(1, new AuditEntry(e.roundId(), e.seq(), e.occurredAt(), e.actor(), e.type(),
                "Versiunea 2 a fost aprobată", e.details(), e.prevHash(), e.hash()));

        assertBrokenAt(chain, 2, "its content does not match its hash");
    }

    @Test
    void shouldDetectAChangedActor() {
        List<AuditEntry> chain = chain();
        AuditEntry e = chain.get(1);
        chain.set(1, new AuditEntry(e.roundId(), e.seq(), e.occurredAt(), "staff:admin", e.type(), e.summary(),
                e.details(), e.prevHash(), e.hash()));

        assertBrokenAt(chain, 2, "its content does not match its hash");
    }

    @Test
    void shouldDetectAChangedDetail() {
        List<AuditEntry> chain = chain();
        AuditEntry e = chain.get(1);
        Map<String, String> details = new LinkedHashMap<>(e.details());
        details.put("decision", "APPROVE");
        chain.set(1, new AuditEntry(e.roundId(), e.seq(), e.occurredAt(), e.actor(), e.type(), e.summary(), details,
                e.prevHash(), e.hash()));

        assertBrokenAt(chain, 2, "its content does not match its hash");
    }

    @Test
    void shouldDetectAnAddedOrRemovedDetail() {
        List<AuditEntry> added = chain();
        AuditEntry e = added.get(1);
        Map<String, String> more = new LinkedHashMap<>(e.details());
        more.put("note", "");
        added.set(1, new AuditEntry(e.roundId(), e.seq(), e.occurredAt(), e.actor(), e.type(), e.summary(), more,
                e.prevHash(), e.hash()));
        List<AuditEntry> removed = chain();
        removed.set(1, new AuditEntry(e.roundId(), e.seq(), e.occurredAt(), e.actor(), e.type(), e.summary(),
                Map.of("decision", e.details().get("decision")), e.prevHash(), e.hash()));

        assertBrokenAt(added, 2, "its content does not match its hash");
        assertBrokenAt(removed, 2, "its content does not match its hash");
    }

    @Test
    void shouldDetectAChangedTimeEvenByOneMicrosecond() {
        List<AuditEntry> chain = chain();
        AuditEntry e = chain.get(1);
        chain.set(1, new AuditEntry(e.roundId(), e.seq(), e.occurredAt().plusNanos(1000), e.actor(), e.type(),
                e.summary(), e.details(), e.prevHash(), e.hash()));

        assertBrokenAt(chain, 2, "its content does not match its hash");
    }

    @Test
    void shouldDetectAChangedType() {
        List<AuditEntry> chain = chain();
        AuditEntry e = chain.get(1);
        chain.set(1, new AuditEntry(e.roundId(), e.seq(), e.occurredAt(), e.actor(), "ROUND_CANCELLED", e.summary(),
                e.details(), e.prevHash(), e.hash()));

        assertBrokenAt(chain, 2, "its content does not match its hash");
    }

    @Test
    void shouldDetectAnEntryMovedToAnotherRound() {
        List<AuditEntry> chain = chain();
        UUID otherRound = UUID.fromString("00000000-0000-4000-8000-000000000001");
        AuditEntry e = chain.get(1);
        chain.set(1, new AuditEntry(otherRound, e.seq(), e.occurredAt(), e.actor(), e.type(), e.summary(),
                e.details(), e.prevHash(), e.hash()));

        assertBrokenAt(chain, 2, "its content does not match its hash");
    }

    // ---- removal, reordering, relinking ----

    @Test
    void shouldDetectARemovedMiddleEntry() {
        List<AuditEntry> chain = chain();
        chain.remove(1);

        AuditVerification verification = AuditVerification.of(ROUND, chain);

        assertThat(verification.valid()).isFalse();
        assertThat(verification.problem()).isEqualTo("entry 2 is missing");
        assertThat(verification.firstBrokenSeq()).isEqualTo(3);
        assertThat(verification.entries()).isEqualTo(2);
        assertThat(verification.lastHash()).isNull();
    }

    @Test
    void shouldDetectARemovedFirstEntry() {
        List<AuditEntry> chain = chain();
        chain.remove(0);

        AuditVerification verification = AuditVerification.of(ROUND, chain);

        assertThat(verification.valid()).isFalse();
        assertThat(verification.problem()).isEqualTo("entry 1 is missing");
        assertThat(verification.firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void shouldDetectReorderedEntries() {
        List<AuditEntry> chain = chain();
        List<AuditEntry> reordered = List.of(chain.get(0), chain.get(2), chain.get(1));

        AuditVerification verification = AuditVerification.of(ROUND, reordered);

        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(3);
        assertThat(verification.problem()).isEqualTo("entry 2 is missing");
    }

    @Test
    void shouldDetectAnEntryRelinkedToAnotherPredecessorEvenWithItsOwnHashRecomputed() {
        List<AuditEntry> chain = chain();
        AuditEntry first = chain.get(0);
        AuditEntry third = chain.get(2);
        // the third entry now claims to follow the first one, and its hash is consistent with that claim
        chain.set(2, entry(third.seq(), third.occurredAt(), third.actor(), third.type(), third.summary(),
                third.details(), first.hash()));

        assertThat(chain.get(2).hashMatches()).isTrue();
        assertBrokenAt(chain, 3, "it does not follow the entry before it");
    }

    @Test
    void shouldDetectAFirstEntryThatDoesNotStartFromGenesis() {
        List<AuditEntry> chain = chain();
        AuditEntry first = chain.get(0);
        chain.set(0, entry(1, first.occurredAt(), first.actor(), first.type(), first.summary(), first.details(),
                "f".repeat(64)));

        assertBrokenAt(chain, 1, "it does not follow the entry before it");
    }

    @Test
    void shouldEndWithADifferentLastHashWhenTheChainIsRewrittenFromAChangedEntryOn() {
        List<AuditEntry> original = chain();
        // an attacker changes entry 2 and recomputes every hash after it: the chain is consistent again,
        // but its last hash no longer matches the one published or kept elsewhere
        AuditEntry e1 = original.get(0);
        AuditEntry e2 = entry(2, original.get(1).occurredAt(), original.get(1).actor(), original.get(1).type(),
                "Versiunea 2 a fost aprobată", original.get(1).details(), e1.hash());
        AuditEntry e3 = entry(3, original.get(2).occurredAt(), original.get(2).actor(), original.get(2).type(),
                original.get(2).summary(), original.get(2).details(), e2.hash());

        AuditVerification rewritten = AuditVerification.of(ROUND, List.of(e1, e2, e3));

        assertThat(rewritten.valid()).isTrue();
        assertThat(rewritten.lastHash()).isNotEqualTo(AuditVerification.of(ROUND, original).lastHash());
    }

    // ---- the encoding of the hashed content ----

    @Test
    void shouldNotConfuseAnAmpersandAndEqualsInsideAValueWithAnotherDetail() {
        Map<String, String> twoDetails = new LinkedHashMap<>();
        twoDetails.put("a", "1");
        twoDetails.put("b", "2");

        assertThat(hash("s", Map.of("a", "1&b=2"))).isNotEqualTo(hash("s", twoDetails));
    }

    @Test
    void shouldNotConfuseAnEqualsSignInAKeyWithOneInAValue() {
        assertThat(hash("s", Map.of("a=1", "2"))).isNotEqualTo(hash("s", Map.of("a", "1=2")));
    }

    @Test
    void shouldNotConfuseABackslashWithAnEscape() {
        Map<String, String> twoDetails = new LinkedHashMap<>();
        twoDetails.put("a", "1\\");
        twoDetails.put("b", "2");

        assertThat(hash("s", Map.of("a", "1\\&b=2"))).isNotEqualTo(hash("s", twoDetails));
        assertThat(hash("x\\ny", Map.of())).isNotEqualTo(hash("x\ny", Map.of()));
    }

    @Test
    void shouldNotConfuseANewlineInTheSummaryWithTheStartOfTheDetails() {
        assertThat(hash("Pact signed\na=1", Map.of())).isNotEqualTo(hash("Pact signed", Map.of("a", "1")));
    }

    @Test
    void shouldNotConfuseANewlineInTheActorWithTheNextField() {
        String oneActor = AuditEntry.hashOf(ROUND, 1, T1, "stakeholder:ana\nPACT_SIGNED", "X", "s", Map.of(),
                AuditEntry.GENESIS);
        String otherSplit = AuditEntry.hashOf(ROUND, 1, T1, "stakeholder:ana", "PACT_SIGNED\nX", "s", Map.of(),
                AuditEntry.GENESIS);

        assertThat(oneActor).isNotEqualTo(otherSplit);
    }

    @Test
    void shouldNotConfuseAMissingSummaryWithAnEmptyOne() {
        assertThat(hash(null, Map.of())).isNotEqualTo(hash("", Map.of()));
    }

    @Test
    void shouldNotConfuseNoDetailsWithAnEmptyDetail() {
        assertThat(hash("s", Map.of())).isNotEqualTo(hash("s", Map.of("", "")));
    }

    // ---- helpers ----

    /** A round created, a review recorded, a version published; a new, mutable list each time. */
    private static List<AuditEntry> chain() {
        List<AuditEntry> chain = new ArrayList<>();
        AuditEntry first = entry(1, T1, "staff:facilitator-ro", "ROUND_CREATED",
                "Runda „Pactul verde Măgurele” a fost creată", Map.of("stakeholders", "5"), AuditEntry.GENESIS);
        chain.add(first);
        Map<String, String> review = new LinkedHashMap<>();
        review.put("decision", "REQUEST_CHANGES");
        review.put("version", "1");
        AuditEntry second = entry(2, T1.plusSeconds(3600), "stakeholder:Νίκος Παπαδόπουλος", "REVIEW_RECORDED",
                "Changes requested on version 1", review, first.hash());
        chain.add(second);
        AuditEntry third = entry(3, T1.plusSeconds(7200), "staff:facilitator-ro", "PACT_VERSION_PUBLISHED",
                "Version 2 published", Map.of("sha256", "ab".repeat(32)), second.hash());
        chain.add(third);
        return chain;
    }

    private static AuditEntry entry(int seq, Instant at, String actor, String type, String summary,
            Map<String, String> details, String prevHash) {
        String hash = AuditEntry.hashOf(ROUND, seq, at, actor, type, summary, details, prevHash);
        return new AuditEntry(ROUND, seq, at, actor, type, summary, details, prevHash, hash);
    }

    private static String hash(String summary, Map<String, String> details) {
        return AuditEntry.hashOf(ROUND, 1, T1, "staff:facilitator-ro", "NOTE", summary, details, AuditEntry.GENESIS);
    }

    private static void assertBrokenAt(List<AuditEntry> chain, int seq, String problem) {
        AuditVerification verification = AuditVerification.of(ROUND, chain);
        assertThat(verification.valid()).as("valid").isFalse();
        assertThat(verification.firstBrokenSeq()).as("first broken entry").isEqualTo(seq);
        assertThat(verification.problem()).isEqualTo(problem);
        assertThat(verification.entries()).isEqualTo(chain.size());
        assertThat(verification.lastHash()).isNull();
    }
}
