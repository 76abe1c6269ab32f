package org.copact.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.junit.jupiter.api.Test;

/** With external servers nothing is seeded: the administrator creates regions and facilitators. */
class StaffAdminApiTests extends HttpTestSupport {

    @Test
    void shouldLetAnAdministratorCreateARegionAndAFacilitatorWhoCanThenDefineRounds() {
        HttpSession admin = newAdministrator();
        String region = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        assertThat(admin.post("/api/admin/regions", Map.of("id", region, "name", "Περιφέρεια Κεντρικής Μακεδονίας",
                "defaultLanguage", "el")).status()).isEqualTo(201);
        assertThat(admin.post("/api/admin/staff", Map.of("username", "f-" + region.toLowerCase(),
                "password", "a long enough secret", "displayName", "Ελένη Γεωργίου", "role", "FACILITATOR",
                "regionId", region, "email", "eleni@rcm.example")).status()).isEqualTo(201);

        HttpSession facilitatorOfRegion = HttpSession.loggedIn(baseUrl(), "f-" + region.toLowerCase(),
                "a long enough secret");
        HttpSession.Response defined = facilitatorOfRegion.post("/api/rounds", TestRounds.round("Πράσινη Συμφωνία",
                List.of(TestRounds.stakeholder("Δήμος Θεσσαλονίκης", "Νίκος", "nikos-" + region + "@thess.example",
                        "PUBLIC_AUTHORITY", "el", TestRounds.ALL_ROLES))));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        assertThat(defined.json().get("regionId").asText()).isEqualTo(region);
        assertThat(defined.json().get("title").asText()).isEqualTo("Πράσινη Συμφωνία");
    }

    @Test
    void shouldRefuseWrongAccountsWithEveryFieldAndTakenNamesWithA409() {
        HttpSession admin = newAdministrator();

        HttpSession.Response wrong = admin.post("/api/admin/staff", Map.of("username", "A B", "password", "short",
                "displayName", "", "role", "FACILITATOR", "regionId", "NOWHERE", "email", "not-an-email"));
        HttpSession.Response taken = admin.post("/api/admin/staff", Map.of("username", facilitator.username(),
                "password", "a long enough secret", "displayName", "Again", "role", "ADMIN"));
        HttpSession.Response wrongRegion = admin.post("/api/admin/regions", Map.of("id", "x", "name", "",
                "defaultLanguage", "fr"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(fields(wrong)).containsExactlyInAnyOrder("username", "password", "displayName", "regionId", "email");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(fields(wrongRegion)).containsExactlyInAnyOrder("id", "name", "defaultLanguage");
    }

    @Test
    void shouldRefuseNamesTheDatabaseCannotKeepAndPasswordsBcryptWouldCutWithA400AndStoreNothing() {
        HttpSession admin = newAdministrator();
        String region = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        HttpSession.Response longName = admin.post("/api/admin/regions", Map.of("id", region,
                "name", "Județul ".repeat(26), "defaultLanguage", "ro"));
        HttpSession.Response nul = admin.post("/api/admin/regions", Map.of("id", region, "name", "Ilfov\u0000",
                "defaultLanguage", "ro"));
        HttpSession.Response staff = admin.post("/api/admin/staff", Map.of("username", "f-" + region.toLowerCase(),
                "password", "ș".repeat(37), "displayName", "Ana\u0000Pop", "role", "ADMIN"));
        HttpSession.Response longDisplayName = admin.post("/api/admin/staff", Map.of("username",
                "g-" + region.toLowerCase(), "password", "a long enough secret", "displayName", "A".repeat(201),
                "role", "ADMIN"));

        assertThat(longName.status()).as(longName.toString()).isEqualTo(400);
        assertThat(fields(longName)).containsExactly("name");
        assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
        assertThat(fields(nul)).containsExactly("name");
        assertThat(staff.status()).as(staff.toString()).isEqualTo(400);
        assertThat(fields(staff)).as("74 bytes of password, and a NUL").containsExactlyInAnyOrder("password",
                "displayName");
        assertThat(fields(longDisplayName)).containsExactly("displayName");
        assertThat(admin.get("/api/admin/regions").body()).doesNotContain(region);
        assertThat(HttpSession.loggedIn(baseUrl(), "g-" + region.toLowerCase(), "a long enough secret")
                .get("/api/rounds").status()).as("no account was made").isEqualTo(401);
    }

    @Test
    void shouldKeepTheAdministrationToAdministrators() {
        assertThat(facilitatorSession.get("/api/admin/regions").status()).isEqualTo(403);
        assertThat(facilitatorSession.post("/api/admin/regions", Map.of("id", "XX", "name", "X",
                "defaultLanguage", "en")).status()).isEqualTo(403);
    }

    private HttpSession newAdministrator() {
        String username = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.ensureUser(username, username, "Administrator", StaffRole.ADMIN, null, null);
        return HttpSession.loggedIn(baseUrl(), username, username);
    }

    private static List<String> fields(HttpSession.Response response) {
        return StreamSupport.stream(response.json().get("errors").spliterator(), false)
                .map(e -> e.get("field").asText()).toList();
    }
}
