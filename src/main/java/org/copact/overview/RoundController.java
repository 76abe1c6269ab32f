package org.copact.overview;

import org.copact.round.Round;
import org.copact.round.RoundDefinition;
import org.copact.round.RoundService;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copact.identity.CurrentCaller;
import org.copact.pact.PactService;
import org.copact.signing.SigningService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/rounds")
class RoundController {

    private final RoundService rounds;
    private final RoundOverview overview;
    private final PactService pacts;
    private final SigningService signing;
    private final CurrentCaller caller;

    RoundController(RoundService rounds, RoundOverview overview, PactService pacts, SigningService signing,
            CurrentCaller caller) {
        this.rounds = rounds;
        this.overview = overview;
        this.pacts = pacts;
        this.signing = signing;
        this.caller = caller;
    }

    /**
     * Defines a round with its stakeholders; nothing is stored when any field is wrong. A facilitator
     * of one region may leave regionId out; one of several regions and an administrator name it.
     */
    @PostMapping
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    ResponseEntity<RoundView> define(@RequestBody RoundDefinition definition) {
        Round round = rounds.define(definition, caller.staff(), LocaleContextHolder.getLocale());
        return ResponseEntity.created(URI.create("/api/rounds/" + round.id())).body(overview.of(round));
    }

    @GetMapping
    List<RoundView.Summary> list() {
        return rounds.visibleRounds(caller.staff()).stream().map(RoundView.Summary::of).toList();
    }

    @GetMapping("/{id}")
    RoundView get(@PathVariable UUID id) {
        return overview.of(rounds.visibleRound(id, caller.staff()));
    }

    /**
     * Starts the round's process: invitations go out, the consultation opens. Twice is a 409. The
     * round's facilitators launch it, or an administrator (who may define a round for any region).
     */
    @PostMapping("/{id}/launch")
    @PreAuthorize("hasAnyRole('FACILITATOR', 'ADMIN')")
    RoundView launch(@PathVariable UUID id) {
        Round round = rounds.launch(id, caller.staff());
        return overview.of(round);
    }

    /** Revokes the personal links sent so far to one stakeholder of the round; their session ends too. */
    @PostMapping("/{id}/participations/{participationId}/link-revocation")
    @PreAuthorize("hasRole('FACILITATOR')")
    Map<String, Integer> revokeLinks(@PathVariable UUID id, @PathVariable UUID participationId) {
        return Map.of("revoked", rounds.revokeLinks(id, participationId, caller.staff()));
    }

    @GetMapping("/{id}/pact")
    PactVersionsView pact(@PathVariable UUID id) {
        Round round = rounds.visibleRound(id, caller.staff());
        return new PactVersionsView(round.id(), pacts.versions(round.id()).stream()
                .map(v -> new PactVersionsView.Version(v.id(), v.number(), v.sha256(), v.text(),
                        v.changeSummary(), v.createdBy(), v.createdAt(),
                        pacts.reviews(v.id()).stream()
                                .map(r -> new PactVersionsView.Review(r.participationId(), r.decision(),
                                        r.comment(), r.createdAt()))
                                .toList(),
                        signing.signatures(v.id()).stream()
                                .map(s -> new PactVersionsView.SignatureView(s.participationId(), s.decision(),
                                        s.sha256(), s.reason(), s.createdAt(), s.method(),
                                        s.documentId(), s.confirmedBy()))
                                .toList(),
                        v.document()))
                .toList());
    }
}
