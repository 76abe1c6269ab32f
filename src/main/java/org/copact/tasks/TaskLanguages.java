package org.copact.tasks;

import java.util.UUID;
import org.copact.common.Language;
import org.copact.identity.Caller;
import org.copact.round.RoundService;
import org.copact.stakeholder.ParticipationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language a person does a task in: the one they chose on the page, else a stakeholder's own
 * language, else the round's default. A language the round does not offer still wins when the
 * person chose it: every form speaks all six, and the person knows best what they read.
 */
@Component
class TaskLanguages {

    private final ParticipationRepository participations;
    private final RoundService rounds;

    TaskLanguages(ParticipationRepository participations, RoundService rounds) {
        this.participations = participations;
        this.rounds = rounds;
    }

    @Transactional(readOnly = true)
    Language of(Caller caller, UUID roundId, Language chosen) {
        if (chosen != null) {
            return chosen;
        }
        if (caller instanceof Caller.Stakeholder stakeholder) {
            Language own = participations.findById(stakeholder.participationId())
                    .map(p -> p.getStakeholder().getLanguage()).orElse(null);
            if (own != null) {
                return own;
            }
        }
        return roundId == null ? Language.EN : rounds.round(roundId).getDefaultLanguage();
    }
}
