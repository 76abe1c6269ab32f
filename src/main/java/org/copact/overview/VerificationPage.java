package org.copact.overview;

import java.util.UUID;
import org.copact.audit.AuditVerifier;
import org.copact.identity.CurrentCaller;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * For administrators: the verification of a round's audit record as a page, each thing found in the
 * reader's language with where it is, and the evidence export to verify offline.
 */
@Controller
class VerificationPage {

    static final String VERIFICATION = "rounds/verification";

    private final RoundService rounds;
    private final AuditVerifier verifier;
    private final CurrentCaller caller;

    VerificationPage(RoundService rounds, AuditVerifier verifier, CurrentCaller caller) {
        this.rounds = rounds;
        this.verifier = verifier;
        this.caller = caller;
    }

    @GetMapping("/rounds/{id}/verification")
    ModelAndView verification(@PathVariable UUID id) {
        Round round = rounds.visibleRound(id, caller.staff());
        if (!caller.staff().isAdmin()) {
            throw new AccessDeniedException("The verification page is for administrators.");
        }
        ModelAndView view = new ModelAndView(VERIFICATION);
        view.addObject("round", round);
        view.addObject("verification", verifier.verify(round.id()));
        return view;
    }
}
