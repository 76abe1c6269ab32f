package org.copact.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.copact.Browsers;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Comments per clause and versions side by side in a real chromium on a phone: a reviewer comments on
 * a clause of version 1 on her review page and asks for changes; the facilitator answers the comment
 * on the page of comments (a decline without a reason is refused first), publishes version 2, and
 * compares the two versions: a clause added, one removed, one changed word by word; the reviewer reads
 * the answer in her next review. axe-core checks every page; the screenshots go to target/screenshots.
 */
class CommentsAndDiffInTheBrowserTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String COMMENT = "Raportarea trimestrială ar fi prea grea pentru noi.";
    private static final String CHANGE = "Raportăm anual, la clauza 2.";

    @Autowired
    private MessageSource messages;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String ana = "ana" + suffix + "@cj-ilfov.example";
    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.phone();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldCommentOnAClauseAnswerItAndCompareTheVersions() {
        String roundId = launchRound(TestRounds.round("Pact " + suffix,
                List.of(TestRounds.stakeholder("Consiliul Județean Ilfov", "Ana-Maria Ionescu", ana,
                        "PUBLIC_AUTHORITY", "ro", TestRounds.ALL_ROLES))));
        await().atMost(PATIENCE).until(() -> !mailbox.to(ana).isEmpty());
        String link = mailbox.latestLinkTo(ana);
        HttpSession anaApi = HttpSession.anonymous(baseUrl());
        assertThat(anaApi.open(link).status()).isEqualTo(303);
        submit(anaApi, waitForTask(anaApi, "Task_AnswerConsultation"),
                Map.of("priorities", "Eficiență energetică", "intendsToSign", "yes"));
        publish(roundId, List.of(clause("c-energy", "Reducem consumul de energie."),
                clause("c-report", "Raportăm trimestrial progresul."), clause("c-water", "Economisim apa.")),
                "Prima versiune");

        // the reviewer, in her Romanian: a comment on clause 2, then a request for changes
        String firstReview = waitForTask(anaApi, "Task_ReviewDraft");
        browser.get(baseUrl() + link);
        browser.get(baseUrl() + "/my/tasks/" + firstReview);
        waitFor(By.id("comment-c-report")).sendKeys(COMMENT);
        browser.findElement(By.cssSelector("#comment-form-c-report button[type=submit]")).click();
        assertThat(waitFor(By.id("pending-comments")).getText()).contains("Clauza 2").contains(COMMENT);
        Browsers.screenshot(browser, "comments-1-review-with-comment-ro");
        Browsers.assertAccessible(browser, "the review page with a comment on a clause");
        choose("decision", "REQUEST_CHANGES");
        browser.findElement(By.cssSelector(".actions button[value=submit]")).click();
        submit(facilitatorSession, waitForTask(facilitatorSession, "Task_DecideOnReview"), Map.of("outcome", "REVISE"));
        waitForTask(facilitatorSession, "Task_DraftPact");

        // the facilitator answers it on the page of comments, in English
        browser.manage().deleteAllCookies();
        logIn("/rounds/" + roundId + "/pact/versions/1/comments?lang=en");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Comments on version 1");
        WebElement comment = browser.findElement(By.cssSelector("li.comment"));
        assertThat(comment.getText()).contains("Clause 2").contains("Consiliul Județean Ilfov").contains(COMMENT)
                .contains("Not answered yet");
        Browsers.screenshot(browser, "comments-2-to-answer-en");
        Browsers.assertAccessible(browser, "the page of comments to answer");
        String commentId = comment.getAttribute("id").substring("comment-".length());
        choose("status", "DECLINED");
        comment.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(waitFor(By.id("explanation-" + commentId + "-error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("div.alert[role=alert]")).getText())
                .isEqualTo(messages.getMessage("page.form.errors", null, Locale.ENGLISH));
        Browsers.screenshot(browser, "comments-3-decline-without-reason-en");
        Browsers.assertAccessible(browser, "the page of comments with a refused answer");
        choose("status", "ACCEPTED");
        WebElement explanation = browser.findElement(By.id("explanation-" + commentId));
        explanation.clear();
        explanation.sendKeys(CHANGE);
        browser.findElement(By.cssSelector("#comment-" + commentId + " button[type=submit]")).click();
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(browser.findElement(
                By.id("comments-addressed")).getText()).isEqualTo("Answered: 1 of 1."));
        assertThat(browser.findElement(By.cssSelector("#comment-" + commentId + " .comment-status")).getText())
                .isEqualTo("Accepted");

        // version 2: clause 2 changed, clause 3 removed, a new clause 3; the two versions side by side
        publish(roundId, List.of(clause("c-energy", "Reducem consumul de energie."),
                clause("c-report", "Raportăm anual progresul."), clause("c-trees", "Plantăm copaci.")),
                "A doua versiune");
        browser.get(baseUrl() + "/rounds/" + roundId + "/pact/versions/1/diff/2?lang=en");
        assertThat(waitFor(By.id("diff-heading")).getText()).isEqualTo("Changes from version 1 to version 2");
        assertThat(browser.findElement(By.cssSelector("#diff-c-report .diff-status strong")).getText())
                .isEqualTo(statusText("CHANGED"));
        assertThat(browser.findElement(By.cssSelector("#diff-c-report del")).getText()).isEqualTo("trimestrial");
        assertThat(browser.findElement(By.cssSelector("#diff-c-report ins")).getText()).isEqualTo("anual");
        assertThat(browser.findElement(By.id("diff-c-water")).getAttribute("class")).contains("diff-removed");
        assertThat(browser.findElement(By.id("diff-c-trees")).getAttribute("class")).contains("diff-added");
        assertThat(browser.findElement(By.id("diff-c-energy")).getAttribute("class")).contains("diff-unchanged");
        Browsers.screenshot(browser, "comments-4-diff-en");
        Browsers.assertAccessible(browser, "the versions side by side");

        // the reviewer reads the answer in her review of version 2
        String secondReview = waitForTask(anaApi, "Task_ReviewDraft");
        browser.manage().deleteAllCookies();
        browser.get(baseUrl() + link);
        browser.get(baseUrl() + "/my/tasks/" + secondReview);
        WebElement answered = waitFor(By.id("comment-" + commentId));
        assertThat(answered.getText()).contains(COMMENT).contains("Acceptat").contains("în versiunea 2")
                .contains(CHANGE);
        assertThat(browser.findElement(By.id("changes-since-reviewed")).getText()).contains("anual");
        Browsers.screenshot(browser, "comments-5-answer-seen-ro");
        Browsers.assertAccessible(browser, "the next review with the answer");
    }

    /** what the diff page calls a status, in English */
    private String statusText(String status) {
        return messages.getMessage("page.diff.status." + status, null, Locale.ENGLISH);
    }

    private void logIn(String path) {
        browser.get(baseUrl() + path);
        Browsers.logIn(browser, facilitator);
    }

    /** Ticks the radio button a person sees for this value. */
    private void choose(String name, String value) {
        WebElement radio = browser.findElements(By.cssSelector("input[type=radio][name=" + name + "][value=" + value
                + "]")).stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("no radio button " + name + "=" + value + " on "
                        + browser.getCurrentUrl()));
        radio.click();
        assertThat(radio.isSelected()).isTrue();
    }

    private void publish(String roundId, List<Map<String, Object>> clauses, String summary) {
        String draftTask = waitForTask(facilitatorSession, "Task_DraftPact");
        Map<String, Object> solar = new HashMap<>(Map.of("id", "m-solar", "theme", "ENERGY",
                "description", "Panouri solare pe școli", "indicator", "Putere instalată", "unit", "kWp",
                "baselineValue", "0", "baselineYear", "2024", "targetValue", "100", "targetDate", "2030-12-31"));
        HttpSession.Response saved = facilitatorSession.put("/api/rounds/" + roundId + "/pact/draft",
                Map.of("title", "Pact " + suffix, "clauses", clauses, "authorityCommitments", List.of(solar)));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        submit(facilitatorSession, draftTask, Map.of("changeSummary", summary));
    }

    private static Map<String, Object> clause(String id, String text) {
        return Map.of("id", id, "text", text);
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void submit(HttpSession session, String taskId, Map<String, Object> values) {
        HttpSession.Response done = session.post("/api/tasks/" + taskId + "/submission", values);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private static String waitForTask(HttpSession session, String taskKey) {
        return await().atMost(PATIENCE).until(() -> StreamSupport.stream(session.get("/api/tasks").json()
                .spliterator(), false).filter(t -> t.get("taskKey").asText().equals(taskKey))
                .map(t -> t.get("id").asText()).findFirst().orElse(null), id -> id != null);
    }

}
