package org.copact.pact;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.copact.common.ConflictException;
import org.copact.pact.internal.PactDraftEntity;
import org.copact.pact.internal.PactDraftRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft of each round's next pact version: kept, saved after saved, until it is published as an
 * immutable version. A round that has no draft starts from its latest version, or from its title.
 */
@Service
public class PactDrafts {

    private final PactDraftRepository drafts;
    private final PactService pacts;
    private final PactDocumentValidator validator;
    private final Clock clock;

    PactDrafts(PactDraftRepository drafts, PactService pacts, PactDocumentValidator validator, Clock clock) {
        this.drafts = drafts;
        this.pacts = pacts;
        this.validator = validator;
        this.clock = clock;
    }

    /** The saved draft, else what a new one starts from: the latest version, else a pact with the round's title. */
    @Transactional(readOnly = true)
    public PactDraft current(UUID roundId, String roundTitle) {
        return drafts.findById(roundId).map(PactDrafts::snapshot).orElseGet(() -> pacts.latest(roundId)
                .map(v -> new PactDraft(roundId, v.document(), v.number(), null, null, 0, false))
                .orElseGet(() -> new PactDraft(roundId, PactDocument.titled(roundTitle), null, null, null, 0, false)));
    }

    @Transactional(readOnly = true)
    public Optional<PactDraft> saved(UUID roundId) {
        return drafts.findById(roundId).map(PactDrafts::snapshot);
    }

    /**
     * Keeps a checked document as the round's draft.
     *
     * @param expectedRevision the revision the editor saw, or null to overwrite whatever is there
     * @throws ConflictException when someone saved the draft since the editor read it
     */
    @Transactional
    public PactDraft save(UUID roundId, PactDocument document, Long expectedRevision, String author) {
        PactDraftEntity draft = drafts.findById(roundId).orElseGet(() -> new PactDraftEntity(roundId));
        long revision = draft.getRevision() == null ? 0 : draft.getRevision() + 1;
        if (expectedRevision != null && expectedRevision != revision) {
            throw new ConflictException("The draft was saved by " + draft.getUpdatedBy()
                    + " since you opened it: reload it and make your changes again.");
        }
        Integer basedOn = draft.getRevision() == null ? pacts.latest(roundId).map(PactVersion::number).orElse(null)
                : draft.getBasedOnNumber();
        draft.change(PactCanonicalForm.write(document), basedOn, author, clock.instant());
        return snapshot(drafts.saveAndFlush(draft));
    }

    /**
     * Publishes the draft (the saved one, else the latest version unchanged) as the next version, once
     * it is complete, and forgets it.
     *
     * @param signatories the organisation of each signatory now in the round, whose sheets may stay
     * @throws org.copact.common.InvalidInputException with every field the draft lacks
     */
    @Transactional
    public PactVersion publish(UUID roundId, String roundTitle, String changeSummary, String author,
            Map<UUID, String> signatories, Locale locale) {
        PactDocument document = validator.validate(PactDraftInput.of(current(roundId, roundTitle).document()),
                PactDocumentValidator.Mode.PUBLISH, signatories, locale);
        PactVersion version = pacts.publish(roundId, document, changeSummary, author);
        drafts.findById(roundId).ifPresent(drafts::delete);
        return version;
    }

    private static PactDraft snapshot(PactDraftEntity draft) {
        return new PactDraft(draft.getRoundId(), PactCanonicalForm.read(draft.getDocument()), draft.getBasedOnNumber(),
                draft.getUpdatedBy(), draft.getUpdatedAt(), draft.getRevision() + 1, true);
    }
}
