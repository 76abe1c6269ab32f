package org.copact.process;

import java.util.UUID;
import org.copact.round.RoundService;
import org.copact.round.Stage;
import org.springframework.stereotype.Component;

/** Called from {@code co-creation-round.bpmn} as the round enters each stage and when it is signed. */
@Component("roundStages")
public class RoundStages {

    private final RoundService rounds;

    RoundStages(RoundService rounds) {
        this.rounds = rounds;
    }

    public void enter(String roundId, String stage) {
        rounds.enterStage(UUID.fromString(roundId), Stage.valueOf(stage));
    }

    public void putInForce(String roundId) {
        rounds.markSigned(UUID.fromString(roundId));
    }
}
