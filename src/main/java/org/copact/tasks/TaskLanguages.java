package org.copact.tasks;

import java.util.UUID;
import org.copact.common.Language;
import org.copact.identity.Caller;
import org.copact.round.RoundService;
import org.copact.stakeholder.Participations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is doing a task, as far as its form needs to know: the organisation they act for, and the
 * language they do it in: the one they chose on the page, else a stakeholder's own
 * language or a staff member's profile language, else the round's default. A language the round does not offer still wins when the
 * person chose it: every form speaks all six, and the person knows best what they read.
 */
@Component
class TaskLanguages {

    private final Participations participations;
    private final RoundService rounds;
    private final CallerLanguage own;

    TaskLanguages(Participations participations, RoundService rounds, CallerLanguage own) {
        this.participations = participations;
        this.rounds = rounds;
        this.own = own;
    }

    /** The organisation a stakeholder acts for, shown on their forms; none for staff. */
    @Transactional(readOnly = true)
    String organisationOf(Caller caller) {
        return caller.participation().flatMap(participations::find)
                .map(p -> p.contact().organisation()).orElse(null);
    }

    @Transactional(readOnly = true)
    Language of(Caller caller, UUID roundId, Language chosen) {
        if (chosen != null) {
            return chosen;
        }
        return own.of(caller)
                .orElseGet(() -> roundId == null ? Language.EN : rounds.round(roundId).defaultLanguage());
    }
}
