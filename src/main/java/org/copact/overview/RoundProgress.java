package org.copact.overview;

import java.util.List;
import org.copact.consultation.ConsultationStatus;

/**
 * A round's figures as bars against its targets, and who has not answered yet. Where a round sets no
 * target, the bar is drawn against everyone who could count towards it.
 */
record RoundProgress(List<Bar> bars, List<RoundView.StakeholderView> notAnswered) {

    record Bar(String label, int value, int target) {

        /** width in percent, capped at the full bar */
        public int percent() {
            return target <= 0 ? 0 : Math.min(100, Math.round(100f * value / target));
        }
    }

    static RoundProgress of(RoundView round) {
        RoundView.Figures figures = round.figures();
        Integer answers = round.targets() == null ? null : round.targets().answers();
        Integer signatories = round.targets() == null ? null : round.targets().signatories();
        List<Bar> bars = List.of(
                new Bar("page.round.answered", figures.answered(), answers != null ? answers : figures.participants()),
                new Bar("page.round.approved", figures.approved(), figures.reviewers()),
                new Bar("page.round.signed", figures.signed(),
                        signatories != null ? signatories : figures.signatories()));
        List<RoundView.StakeholderView> waiting = round.stakeholders().stream()
                .filter(s -> s.consultationStatus() == ConsultationStatus.INVITED
                        || s.consultationStatus() == ConsultationStatus.NO_ANSWER)
                .toList();
        return new RoundProgress(bars, waiting);
    }
}
