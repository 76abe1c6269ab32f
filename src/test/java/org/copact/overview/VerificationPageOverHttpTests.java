package org.copact.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.common.Language;
import org.copact.identity.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrators' page of a round's verification: reached from the round's history, in each of
 * the six languages without a word of English, naming what the database's owner did.
 */
class VerificationPageOverHttpTests extends HttpTestSupport {

    @Autowired
    private EmbeddedPostgres postgres;

    @Test
    void shouldShowAdministratorsTheVerificationInTheirLanguage() throws SQLException {
        UUID round = launchedRound();
        String admin = "verifier-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensureUser(admin, admin, "Administrator", StaffRole.ADMIN, null, null);
        HttpSession administrator = HttpSession.loggedIn(baseUrl(), admin, admin);
        String page = "/rounds/" + round + "/verification";

        assertThat(administrator.get("/rounds/" + round + "/timeline").body()).contains("href=\"" + page + "\"");
        assertThat(facilitatorSession.get("/rounds/" + round + "/timeline").body()).doesNotContain(page);
        assertThat(facilitatorSession.get(page).status()).as("administrators only").isEqualTo(403);
        assertThat(administrator.get(page + "?lang=ro").body()).contains("Registrul este intact")
                .contains("/api/rounds/" + round + "/history/evidence")
                .contains(administrator.get("/api/rounds/" + round + "/history/verification").json().get("keyId")
                        .asText());
        for (Language language : Language.values()) {
            String html = administrator.get(page + "?lang=" + language.code()).body();
            if (language != Language.EN) {
                assertThat(new EnglishLeaks(language).in(html)).as(language.code()).isEmpty();
                assertThat(words(language, admin).in(html)).as(language.code()).isEmpty();
            }
        }

        try (Connection owner = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres",
                ""); Statement replica = owner.createStatement()) {
            replica.execute("set session_replication_role = replica");
            try (PreparedStatement delete = owner.prepareStatement("delete from audit_entry where round_id = ?")) {
                delete.setObject(1, round);
                assertThat(delete.executeUpdate()).isPositive();
            }
        }

        String greek = administrator.get(page + "?lang=el").body();
        assertThat(greek).contains("data-code=\"entriesDeleted\"").contains("αφαιρέθηκαν").contains("audit_entry")
                .doesNotContain("Το αρχείο είναι ακέραιο");
        assertThat(new EnglishLeaks(Language.EL).in(greek)).isEmpty();
        assertThat(words(Language.EL, admin).in(greek)).isEmpty();
        administrator.get(page + "?lang=en");
    }

    /** English words no bundle holds; the round, its stakeholder and this test's staff are data */
    private EnglishWords words(Language language, String admin) {
        String region = facilitator.regionId();
        return new EnglishWords(language, List.of("Verified", "Primăria", "Ana", admin, "Administrator",
                facilitator.username(),
                "Facilitator " + region, "Test region " + region, region));
    }

    private UUID launchedRound() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        HttpSession.Response defined = facilitatorSession.post("/api/rounds", TestRounds.round("Verified", List.of(
                TestRounds.stakeholder("Primăria", "Ana", "ana" + suffix + "@verified.example", "PUBLIC_AUTHORITY",
                        "ro", TestRounds.ALL_ROLES))));
        String id = defined.json().get("id").asText();
        assertThat(facilitatorSession.post("/api/rounds/" + id + "/launch", "").status()).isEqualTo(200);
        return UUID.fromString(id);
    }
}
