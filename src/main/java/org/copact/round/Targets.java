package org.copact.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What the facilitator aims for in a round; figures are shown against these. */
@Embeddable
public record Targets(
        @Column(name = "target_answers") Integer answers,
        @Column(name = "target_signatories") Integer signatories) {

    public static Targets none() {
        return new Targets(null, null);
    }
}
