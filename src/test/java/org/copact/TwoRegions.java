package org.copact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.copact.identity.Caller;
import org.copact.identity.StaffAccounts;
import org.copact.identity.StaffRole;

/**
 * Everyone who may knock at Copact's doors, in two regions: a launched round of this test's region
 * with stakeholders Ana and Dan (each with an open consultation task) and a third, Ioana, whom
 * changes may hit; a launched round of another region with its own facilitator and stakeholder; an
 * administrator; a spare staff account that changes may hit; a document of the first round.
 */
public final class TwoRegions {

    public final String baseUrl;
    public final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final HttpSession anonymous;
    public final HttpSession facilitator;
    public final HttpSession otherFacilitator;
    public final HttpSession administrator;
    public final HttpSession ana;
    public final HttpSession dan;
    public final HttpSession otherStakeholder;
    public final Caller.Staff facilitatorCaller;
    public final String spareStaff;
    public final String roundId;
    public final String otherRoundId;
    public final String anaTask;
    public final String anaParticipation;
    public final String ioanaParticipation;
    public final String documentId;

    public TwoRegions(String baseUrl, StaffAccounts accounts, Mailbox mailbox, Caller.Staff facilitatorCaller,
            HttpSession facilitator) {
        this.baseUrl = baseUrl;
        this.facilitatorCaller = facilitatorCaller;
        // staff through the login form's session, as in a browser: HTTP Basic would run BCrypt on every request
        this.facilitator = loggedIn(baseUrl, facilitatorCaller.username());
        this.anonymous = HttpSession.anonymous(baseUrl);
        Caller.Staff other = TestRounds.newRegionWithFacilitator(accounts);
        this.otherFacilitator = loggedIn(baseUrl, other.username());
        String admin = "admin-" + suffix;
        accounts.ensureUser(admin, admin, "Administrator " + suffix, StaffRole.ADMIN, null, admin + "@copact.test");
        this.administrator = loggedIn(baseUrl, admin);
        this.spareStaff = "spare-" + suffix;
        accounts.ensureUser(spareStaff, spareStaff, "Spare " + suffix, StaffRole.FACILITATOR,
                facilitatorCaller.regionId(), spareStaff + "@copact.test");

        String anaAddress = "ana" + suffix + "@cj-ilfov.example";
        String danAddress = "dan" + suffix + "@eco.example";
        String ioanaAddress = "ioana" + suffix + "@eco.example";
        String otherAddress = "nikos" + suffix + "@greenlab.example";
        this.roundId = launch(facilitator, List.of(
                TestRounds.stakeholder("Consiliul Județean Ilfov", "Ana", anaAddress, "PUBLIC_AUTHORITY", "ro",
                        TestRounds.ALL_ROLES),
                TestRounds.stakeholder("Eco SRL", "Dan", danAddress, "SME", "ro", TestRounds.ALL_ROLES),
                TestRounds.stakeholder("Eco Construcții SRL", "Ioana", ioanaAddress, "SME", "ro",
                        TestRounds.ALL_ROLES)));
        this.otherRoundId = launch(otherFacilitator, List.of(TestRounds.stakeholder("Green Lab", "Nikos",
                otherAddress, "NGO", "el", TestRounds.ALL_ROLES)));
        this.ana = browserOf(mailbox, anaAddress);
        this.dan = browserOf(mailbox, danAddress);
        this.otherStakeholder = browserOf(mailbox, otherAddress);
        this.anaTask = onlyTask(ana);
        onlyTask(dan);
        onlyTask(otherStakeholder);
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailbox.to(ioanaAddress).isEmpty());
        JsonNode stakeholders = facilitator.get("/api/rounds/" + roundId).json().get("stakeholders");
        this.anaParticipation = participationOf(stakeholders, anaAddress);
        this.ioanaParticipation = participationOf(stakeholders, ioanaAddress);
        HttpSession.Response added = facilitator.postFile("/api/rounds/" + roundId + "/documents", "file",
                "raport.pdf", "application/pdf", TestFiles.PDF);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        this.documentId = added.json().get("id").asText();
    }

    /** The seven callers of the authorization matrix, in its columns' order. */
    public Map<String, HttpSession> callers() {
        Map<String, HttpSession> callers = new LinkedHashMap<>();
        callers.put("anonymous", anonymous);
        callers.put("ana", ana);
        callers.put("dan", dan);
        callers.put("otherStakeholder", otherStakeholder);
        callers.put("otherFacilitator", otherFacilitator);
        callers.put("facilitator", facilitator);
        callers.put("admin", administrator);
        return callers;
    }

    /**
     * A value for a path variable that names something real: Ana's task under {@code /api/tasks} and
     * {@code /my/tasks}, the round's document under {@code /my/documents}, the round elsewhere.
     */
    public String valueOf(String path, String variable) {
        return switch (variable) {
            case "participationId" -> ioanaParticipation;
            case "documentId" -> documentId;
            case "username" -> spareStaff;
            case "stage" -> "SIGNATURE";
            case "number", "from", "edition", "seq" -> "1";
            case "to" -> "2";
            case "token" -> "x".repeat(43);
            case "commentId" -> UUID.randomUUID().toString();
            default -> path.startsWith("/api/tasks/") || path.startsWith("/my/tasks/") ? anaTask
                    : path.startsWith("/my/documents/") ? documentId
                    : path.startsWith("/api/quarantine/") ? UUID.randomUUID().toString()
                    : roundId;
        };
    }

    /** A staff member's browser after the login form, with its CSRF token (the login renews it). */
    private static HttpSession loggedIn(String baseUrl, String username) {
        HttpSession browser = HttpSession.viaLoginForm(baseUrl, username, username);
        assertThat(browser.get("/api/tasks").status()).isEqualTo(200);
        return browser;
    }

    private static String launch(HttpSession staff, List<org.copact.round.RoundDefinition.StakeholderInput> who) {
        HttpSession.Response defined = staff.post("/api/rounds", TestRounds.round("Pact", who));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        String id = defined.json().get("id").asText();
        HttpSession.Response launched = staff.post("/api/rounds/" + id + "/launch", "");
        assertThat(launched.status()).as(launched.toString()).isEqualTo(200);
        return id;
    }

    private HttpSession browserOf(Mailbox mailbox, String address) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailbox.to(address).isEmpty());
        HttpSession browser = HttpSession.anonymous(baseUrl);
        assertThat(browser.open(mailbox.latestLinkTo(address)).status()).isEqualTo(303);
        return browser;
    }

    private static String onlyTask(HttpSession browser) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> browser.get("/api/tasks").json(),
                tasks -> tasks.size() == 1).get(0).get("id").asText();
    }

    private static String participationOf(JsonNode stakeholders, String address) {
        return StreamSupport.stream(stakeholders.spliterator(), false)
                .filter(s -> s.get("email").asText().equals(address)).findFirst().orElseThrow()
                .get("participationId").asText();
    }
}
