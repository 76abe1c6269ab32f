package org.copact.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.copact.consultation.ConsultationAnswer;
import org.copact.consultation.ConsultationService;
import org.copact.pact.PactDocument;
import org.copact.pact.PactTexts;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.ParticipationView;
import org.copact.stakeholder.Participations;
import org.copact.stakeholder.StakeholderCategory;
import org.springframework.stereotype.Component;

/**
 * What a draft is made from besides the facilitator's words: the round's signatories, whose
 * commitment sheets it may hold, and the commitments each stakeholder said in the consultation
 * they could make, which start a first draft's commitments.
 */
@Component
public class PactDraftSources {

    static final String POSSIBLE_COMMITMENTS = "possibleCommitments";

    private final Participations participations;
    private final ConsultationService consultation;

    PactDraftSources(Participations participations, ConsultationService consultation) {
        this.participations = participations;
        this.consultation = consultation;
    }

    /** The organisation of each signatory of the round, in the order they were registered. */
    public Map<UUID, String> signatories(UUID roundId) {
        Map<UUID, String> signatories = new LinkedHashMap<>();
        for (ParticipationView p : participations.ofRound(roundId)) {
            if (p.has(ParticipationRole.SIGNATORY)) {
                signatories.put(p.id(), p.contact().organisation());
            }
        }
        return signatories;
    }

    /**
     * The document with, for each signatory who stated possible commitments and has none in it yet, a
     * draft commitment holding their words: in the public authority's commitments for a public
     * authority, else in a sheet of their own. The facilitator then gives each a theme, an indicator
     * and a target. Nothing already in the document is changed.
     */
    public PactDocument withStatedCommitments(UUID roundId, PactDocument document) {
        Map<UUID, ParticipationView> signatories = participations.ofRound(roundId).stream()
                .filter(p -> p.has(ParticipationRole.SIGNATORY))
                .collect(Collectors.toMap(ParticipationView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<UUID, ConsultationAnswer> latest = consultation.answers(roundId).stream()
                .collect(Collectors.toMap(ConsultationAnswer::participationId, Function.identity(),
                        (a, b) -> Comparator.comparing(ConsultationAnswer::submittedAt).compare(a, b) >= 0 ? a : b));
        List<PactDocument.Commitment> authority = new ArrayList<>(document.authorityCommitments());
        List<PactDocument.CommitmentSheet> sheets = new ArrayList<>(document.sheets());
        boolean authorityEmpty = authority.isEmpty();
        for (ParticipationView signatory : signatories.values()) {
            ConsultationAnswer answer = latest.get(signatory.id());
            Object stated = answer == null ? null : answer.answers().get(POSSIBLE_COMMITMENTS);
            if (!(stated instanceof String words) || words.isBlank()) {
                continue;
            }
            PactDocument.Commitment draft = new PactDocument.Commitment(PactTexts.newId("m"), null, words.strip(),
                    null, null, null, null, null, null, List.of());
            if (signatory.contact().category() == StakeholderCategory.PUBLIC_AUTHORITY) {
                if (authorityEmpty) {
                    authority.add(draft);
                }
            } else if (sheets.stream().noneMatch(s -> s.participationId().equals(signatory.id()))) {
                sheets.add(new PactDocument.CommitmentSheet(signatory.id(), signatory.contact().organisation(),
                        List.of(draft)));
            }
        }
        return new PactDocument(document.title(), document.preamble(), document.objectives(), document.clauses(),
                authority, sheets);
    }
}
