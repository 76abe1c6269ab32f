package org.copact.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.copact.common.Language;
import org.copact.identity.Caller;
import org.copact.identity.StaffAccounts;
import org.copact.identity.StaffRole;
import org.copact.round.Round;
import org.copact.round.RoundDefinition;
import org.copact.round.RoundDefinition.StakeholderInput;
import org.copact.round.RoundService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The embedded default only: a demo region (Ilfov), the logins facilitator/facilitator and
 * admin/admin, and a launched demo round whose invitations can be read on the sent-mail page.
 * Seeded once; a restart finds it and adds nothing.
 */
@Component
@ConditionalOnProperty(name = "copact.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String REGION = "ILFOV";
    static final String FACILITATOR = "facilitator";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final StaffAccounts accounts;
    private final RoundService rounds;
    private final Clock clock;

    DemoData(StaffAccounts accounts, RoundService rounds, Clock clock) {
        this.accounts = accounts;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.ensureRegion(REGION, "Județul Ilfov", Language.RO);
        accounts.ensureUser(FACILITATOR, "facilitator", "Facilitator Ilfov", StaffRole.FACILITATOR, REGION,
                "facilitator@copact.localhost");
        accounts.ensureUser("admin", "admin", "Administrator", StaffRole.ADMIN, null, null);
        Caller.Staff facilitator = new Caller.Staff(FACILITATOR, StaffRole.FACILITATOR, REGION);
        if (!rounds.visibleRounds(facilitator).isEmpty()) {
            return;
        }
        Round round = rounds.define(demoRound(clock.instant()), facilitator);
        rounds.launch(round.id(), facilitator);
        log.info("Demo round '{}' launched: its invitations are on /dev/mail", round.title());
    }

    private static RoundDefinition demoRound(Instant now) {
        List<String> all = List.of("PARTICIPANT", "REVIEWER", "SIGNATORY");
        return new RoundDefinition(
                "Pactul Verde Local Ilfov 2030",
                "Eficiență energetică și economie circulară pentru IMM-urile din Ilfov",
                REGION, "ro", List.of("ro", "en", "it"),
                now.plus(Duration.ofDays(14)).toString(), "P2D",
                now.plus(Duration.ofDays(28)).toString(), now.plus(Duration.ofDays(42)).toString(), "ALL",
                new RoundDefinition.TargetsInput(5, 4),
                List.of(
                        new StakeholderInput("Consiliul Județean Ilfov", "Ana-Maria Ionescu",
                                "ana-maria.ionescu@cj-ilfov.example", "PUBLIC_AUTHORITY", "ro", all),
                        new StakeholderInput("Asociația Măgurele Science Park", "Mihai Stănescu",
                                "mihai.stanescu@magurele-park.example", "CLUSTER", "ro", all),
                        new StakeholderInput("Eco Construcții Măgurele SRL", "Ioana Popescu",
                                "ioana.popescu@ecoconstructii.example", "SME", "ro",
                                List.of("PARTICIPANT", "SIGNATORY")),
                        new StakeholderInput("Universitatea din București", "Radu Țurcanu",
                                "radu.turcanu@unibuc.example", "ACADEMIA", "ro", List.of("PARTICIPANT", "REVIEWER")),
                        new StakeholderInput("Environment Park", "Giulia Bianchi", "giulia.bianchi@envipark.example",
                                "CLUSTER", "it", List.of("PARTICIPANT", "REVIEWER")),
                        new StakeholderInput("Amsterdam Green Deal Mentors", "Jan de Vries",
                                "jan.devries@mentors.example", "EXPERT", "en", List.of("MENTOR", "REVIEWER"))));
    }
}
