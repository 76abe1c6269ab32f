package org.copact.overview;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.copact.pact.ReviewDecision;
import org.copact.process.review.PactReviewProcess;
import org.copact.process.signature.PactSignatureProcess;
import org.copact.signing.SignatureDecision;
import org.copact.stakeholder.ParticipationRole;
import org.copact.stakeholder.ParticipationView;

/** Where a stakeholder stands in the review and the signature of the current version, from their decisions and open tasks. */
final class StakeholderStages {

    private StakeholderStages() {
    }

    /** {@code asked}: the keys of the open tasks of each participation (by its id as text) */
    static StageStatus review(ParticipationView p, Map<UUID, ReviewDecision> decisions, Map<String, Set<String>> asked) {
        if (!p.has(ParticipationRole.REVIEWER)) {
            return null;
        }
        ReviewDecision decision = decisions.get(p.id());
        if (decision != null) {
            return decision == ReviewDecision.APPROVE ? StageStatus.APPROVED : StageStatus.CHANGES_REQUESTED;
        }
        return open(p, asked, PactReviewProcess.TASK_REVIEW_DRAFT) ? StageStatus.ASKED : StageStatus.NOT_ASKED;
    }

    static StageStatus signature(ParticipationView p, Map<UUID, SignatureDecision> decisions,
            Map<String, Set<String>> asked) {
        if (!p.has(ParticipationRole.SIGNATORY)) {
            return null;
        }
        SignatureDecision decision = decisions.get(p.id());
        if (decision != null) {
            return decision == SignatureDecision.SIGN ? StageStatus.SIGNED : StageStatus.DECLINED;
        }
        return open(p, asked, PactSignatureProcess.TASK_SIGN_PACT) ? StageStatus.ASKED : StageStatus.NOT_ASKED;
    }

    private static boolean open(ParticipationView p, Map<String, Set<String>> asked, String taskKey) {
        return asked.getOrDefault(p.id().toString(), Set.of()).contains(taskKey);
    }
}
