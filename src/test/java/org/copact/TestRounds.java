package org.copact;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.copact.common.Language;
import org.copact.identity.Caller;
import org.copact.identity.StaffAccounts;
import org.copact.identity.StaffRole;
import org.copact.round.RoundDefinition;
import org.copact.round.RoundDefinition.StakeholderInput;

/**
 * Regions, facilitators and round definitions for tests. Each test makes its own region, so that
 * tests sharing a database never see each other's rounds or tasks.
 */
public final class TestRounds {

    public static final List<String> ALL_ROLES = List.of("PARTICIPANT", "REVIEWER", "SIGNATORY");

    private TestRounds() {
    }

    /** A new region with a facilitator whose password is their username. */
    public static Caller.Staff newRegionWithFacilitator(StaffAccounts accounts) {
        String region = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String username = "facilitator-" + region.toLowerCase();
        accounts.ensureRegion(region, "Test region " + region, Language.RO);
        accounts.ensureUser(username, username, "Facilitator " + region, StaffRole.FACILITATOR, region,
                username + "@copact.test");
        return new Caller.Staff(username, StaffRole.FACILITATOR, region);
    }

    public static RoundDefinition round(String title, List<StakeholderInput> stakeholders) {
        Instant now = Instant.now();
        return new RoundDefinition(title, "Eficiență energetică", null, "ro", List.of("ro", "en"),
                now.plus(Duration.ofDays(14)).toString(), "P2D", now.plus(Duration.ofDays(28)).toString(),
                now.plus(Duration.ofDays(42)).toString(), "ALL", new RoundDefinition.TargetsInput(3, 3), stakeholders);
    }

    public static StakeholderInput stakeholder(String organisation, String contact, String email, String category,
            String language, List<String> roles) {
        return new StakeholderInput(organisation, contact, email, category, language, roles);
    }

    /** The five stakeholders of the end-to-end round: names with diacritics and in Greek and Cyrillic. */
    public static List<StakeholderInput> fiveStakeholders(String suffix) {
        return List.of(
                stakeholder("Consiliul Județean Ilfov", "Ana-Maria Ionescu", "ana" + suffix + "@cj-ilfov.example",
                        "PUBLIC_AUTHORITY", "ro", ALL_ROLES),
                stakeholder("Asociația Măgurele Science Park", "Mihai Stănescu", "mihai" + suffix + "@magurele.example",
                        "CLUSTER", "ro", ALL_ROLES),
                stakeholder("Eco Construcții Măgurele SRL", "Ioana Popescu", "ioana" + suffix + "@eco.example", "SME",
                        "ro", ALL_ROLES),
                stakeholder("Θεσσαλονίκη Green Lab", "Νίκος Παπαδόπουλος", "nikos" + suffix + "@greenlab.example",
                        "NGO", "el", List.of("PARTICIPANT", "REVIEWER")),
                stakeholder("Клъстер за възобновяема енергия", "Мария Иванова", "maria" + suffix + "@cluster.example",
                        "CLUSTER", "bg", List.of("PARTICIPANT", "SIGNATORY")));
    }

    public static List<StakeholderInput> many(int count, String suffix) {
        List<StakeholderInput> stakeholders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            stakeholders.add(stakeholder("IMM " + i + " Măgurele", "Persoana " + i, "p" + i + "-" + suffix + "@imm.example",
                    i == 0 ? "PUBLIC_AUTHORITY" : "SME", "ro", i % 10 == 0 ? ALL_ROLES : List.of("PARTICIPANT")));
        }
        return stakeholders;
    }
}
