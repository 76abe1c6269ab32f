package org.copact.tasks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.junit.jupiter.api.Test;

/**
 * The stakeholder's pages over plain HTTP: the link lands on their tasks in their language, a
 * mistake comes back in that language with what they typed kept (escaped) and saved as a draft that
 * outlives the session, another person's task is a 404, and a post without its CSRF token is refused.
 */
class TaskPagesOverHttpTests extends HttpTestSupport {

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String ana = "ana" + suffix + "@cj-ilfov.example";
    private final String nikos = "nikos" + suffix + "@greenlab.example";

    @Test
    void shouldLetAStakeholderAnswerInTheirLanguageKeepingADraftAndShowingNoOneElse() {
        launchRound();
        HttpSession anaBrowser = HttpSession.anonymous(baseUrl());
        HttpSession.Response landed = open(anaBrowser, link(ana));
        assertThat(landed.location()).endsWith("/my/tasks");

        HttpSession.Response list = anaBrowser.get("/my/tasks");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Sarcinile dumneavoastră").contains("lang=\"ro\"");
        String task = onlyTask(anaBrowser);
        HttpSession.Response form = anaBrowser.get("/my/tasks/" + task);
        assertThat(form.body()).contains("Prioritățile dumneavoastră pentru tranziția verde")
                .contains("Încă nu am decis").contains("name=\"_csrf\"").contains("Consiliul Județean Ilfov").contains("<label for=\"field-priorities\">");

        HttpSession nikosBrowser = HttpSession.anonymous(baseUrl());
        open(nikosBrowser, link(nikos));
        assertThat(nikosBrowser.get("/my/tasks/" + task).status()).as("another stakeholder's task").isEqualTo(404);
        assertThat(nikosBrowser.postForm("/my/tasks/" + task, "priorities=abc").status()).isEqualTo(404);
        assertThat(nikosBrowser.get("/my/tasks").body()).contains("Οι εργασίες σας");

        assertThat(anaBrowser.postFormWithoutCsrfToken("/my/tasks/" + task, "priorities=abc").status())
                .isEqualTo(403);

        String typed = "<script>alert('x')</script> & <b>bold</b>";
        HttpSession.Response mistake = anaBrowser.postForm("/my/tasks/" + task,
                "priorities=ab&obstacles=" + URLEncoder.encode(typed, UTF_8));
        assertThat(mistake.status()).isEqualTo(422);
        assertThat(mistake.body()).contains("Scrieți cel puțin 3 caractere.").contains("Câmpul este obligatoriu.")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<script>alert");

        HttpSession later = HttpSession.anonymous(baseUrl());
        open(later, link(ana));
        assertThat(later.get("/my/tasks/" + task).body()).as("the draft outlives the session")
                .contains("&lt;b&gt;bold&lt;/b&gt;").contains(">ab</textarea>");
        assertThat(later.get("/my/tasks/" + task + "?lang=it").body()).contains("Le vostre priorità");

        HttpSession.Response sent = later.postForm("/my/tasks/" + task,
                "priorities=" + URLEncoder.encode("Eficiență energetică", UTF_8) + "&intendsToSign=yes");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(302);
        assertThat(later.get(sent.location().replaceFirst("^https?://[^/]+", "")).body()).contains("Grazie");
        assertThat(later.get("/api/tasks").json()).isEmpty();
    }

    private void launchRound() {
        HttpSession.Response defined = facilitatorSession.post("/api/rounds", TestRounds.round("Pact " + suffix,
                List.of(TestRounds.stakeholder("Consiliul Județean Ilfov", "Ana-Maria Ionescu", ana, "PUBLIC_AUTHORITY",
                                "ro", TestRounds.ALL_ROLES),
                        TestRounds.stakeholder("Θεσσαλονίκη Green Lab", "Νίκος Παπαδόπουλος", nikos, "NGO", "el",
                                TestRounds.ALL_ROLES))));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(201);
        assertThat(facilitatorSession.post("/api/rounds/" + defined.json().get("id").asText() + "/launch", "")
                .status()).isEqualTo(200);
    }

    /** The link works the moment its mail arrives. */
    static HttpSession.Response open(HttpSession browser, String link) {
        HttpSession.Response opened = browser.open(link);
        assertThat(opened.status()).as("opening %s", link).isEqualTo(303);
        return opened;
    }

    private String link(String person) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailbox.to(person).isEmpty());
        return mailbox.latestLinkTo(person);
    }

    private static String onlyTask(HttpSession browser) {
        JsonNode tasks = await().atMost(Duration.ofSeconds(60)).until(() -> browser.get("/api/tasks").json(),
                t -> t.size() == 1);
        return tasks.get(0).get("id").asText();
    }
}
