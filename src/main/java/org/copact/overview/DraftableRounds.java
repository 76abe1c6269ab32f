package org.copact.overview;

import java.util.UUID;
import org.copact.common.ConflictException;
import org.copact.identity.Caller;
import org.copact.identity.CurrentCaller;
import org.copact.round.Round;
import org.copact.round.RoundService;
import org.copact.round.RoundStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may change a round's draft: its facilitators, until the pact is in force. */
@Component
class DraftableRounds {

    private final RoundService rounds;
    private final CurrentCaller caller;

    DraftableRounds(RoundService rounds, CurrentCaller caller) {
        this.rounds = rounds;
        this.caller = caller;
    }

    Round visible(UUID id) {
        return rounds.visibleRound(id, caller.staff());
    }

    /** The round, when the caller facilitates it and its pact is not in force yet. */
    Round editable(UUID id) {
        Caller.Staff staff = caller.staff();
        Round round = rounds.visibleRound(id, staff);
        if (staff.isAdmin()) {
            throw new AccessDeniedException("Administrators audit rounds; their facilitators draft the pact.");
        }
        if (round.status() == RoundStatus.SIGNED) {
            throw new ConflictException("This round's pact is in force: its text can no longer change.");
        }
        return round;
    }

    String actor() {
        return caller.staff().actor();
    }
}
