package org.copact.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.identity.Caller;
import org.copact.identity.StaffRole;
import org.junit.jupiter.api.Test;

/**
 * The page of sent mail carries everyone's personal links: a facilitator sees those of their own
 * regions' rounds only, an administrator every one.
 */
class SentMailPageOverHttpTests extends HttpTestSupport {

    @Test
    void shouldShowAFacilitatorOnlyTheMailsOfTheirRegionsRounds() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ours = "ours" + suffix + "@eco.example";
        String theirs = "theirs" + suffix + "@eco.example";
        Caller.Staff other = TestRounds.newRegionWithFacilitator(accounts);
        HttpSession otherSession = HttpSession.loggedIn(baseUrl(), other.username(), other.username());
        launch(facilitatorSession, ours);
        launch(otherSession, theirs);
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailbox.to(ours).isEmpty() && !mailbox.to(theirs).isEmpty());
        String admin = "admin-" + suffix;
        accounts.ensureUser(admin, admin, "Administrator", StaffRole.ADMIN, null, null);

        HttpSession.Response page = facilitatorSession.get("/dev/mail");
        HttpSession.Response otherPage = otherSession.get("/dev/mail");
        HttpSession.Response adminPage = HttpSession.loggedIn(baseUrl(), admin, admin).get("/dev/mail");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(ours).doesNotContain(theirs);
        assertThat(otherPage.body()).contains(theirs).doesNotContain(ours);
        assertThat(adminPage.body()).contains(ours, theirs);
    }

    private void launch(HttpSession staff, String email) {
        HttpSession.Response defined = staff.post("/api/rounds", TestRounds.round("Mail page",
                List.of(TestRounds.stakeholder("Eco SRL", "Dan", email, "SME", "ro", TestRounds.ALL_ROLES))));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        assertThat(staff.post("/api/rounds/" + defined.json().get("id").asText() + "/launch", "").status())
                .isEqualTo(200);
    }
}
