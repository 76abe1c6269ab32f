package org.copact.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.copact.Browsers;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.process.review.PactReviewProcess;
import org.copact.process.signature.PactSignatureProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * In a real chromium, in Italian: a facilitator runs a round from the round's page alone, from its
 * definition to the pact in force (launch, a reminder, an edit after the launch, the draft written on
 * the draft page and published through the drafting task, the decision on the review), while the
 * stakeholders answer, review and sign over HTTP. Every page visited is looked at on a desk (1280x900)
 * and on a phone (390x844): a screenshot of each under target/screenshots, axe-core finding no
 * serious or critical violation, the page in Italian with no English sentence of the bundles on it.
 */
class FacilitatorDeskInTheBrowserTests extends HttpTestSupport {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final Locale IT = Locale.ITALIAN;
    static final Dimension DESK = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    @Autowired
    MessageSource messages;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String ana = "ana" + suffix + "@comune-bari.example";
    private final String marco = "marco" + suffix + "@eco-puglia.example";
    private final List<String> english = englishSentences();
    private WebDriver browser;
    private int shot;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.desktop();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldRunAWholeRoundFromTheRoundsPageInItalianOnADeskAndOnAPhone() {
        browser.get(baseUrl() + "/rounds");
        waitFor(By.cssSelector("nav.languages a[lang=it]")).click();
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo(it("page.login.title"));
        look("login");
        Browsers.logIn(browser, facilitator);
        waitFor(By.cssSelector("a.button"));
        browser.get(baseUrl() + "/rounds?lang=it");
        look("rounds");

        // the definition
        waitFor(By.cssSelector("a.button")).click();
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo(it("page.new.title"));
        browser.findElement(By.id("title")).sendKeys("Patto verde di Bari " + suffix);
        browser.findElement(By.id("topic")).sendKeys("Efficienza energetica");
        new Select(browser.findElement(By.id("defaultLanguage"))).selectByValue("it");
        browser.findElement(By.cssSelector("label[for=language-it]")).click();
        LocalDate today = LocalDate.now();
        date("consultationDeadline", today.plusDays(14));
        date("reviewDeadline", today.plusDays(28));
        date("signatureDeadline", today.plusDays(42));
        browser.findElement(By.id("targetAnswers")).sendKeys("2");
        browser.findElement(By.id("targetSignatories")).sendKeys("2");
        browser.findElement(By.id("stakeholders")).sendKeys(
                "Comune di Bari; Anna Russo; " + ana + "; PUBLIC_AUTHORITY; it\n"
                        + "Eco Puglia S.r.l.; Marco Bianchi; " + marco + "; SME; it; PARTICIPANT, SIGNATORY");
        look("new-round");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        // the launch, from the round's page
        waitFor(By.id("launch"));
        String roundPage = browser.getCurrentUrl();
        String roundId = roundPage.substring(roundPage.lastIndexOf('/') + 1);
        assertThat(browser.findElement(By.id("round-status")).getText()).isEqualTo(it("status.DEFINED"));
        assertThat(browser.findElement(By.id("stakeholders")).getText()).as("who will be invited, to check")
                .contains("Anna Russo", marco);
        look("round-defined");
        browser.findElement(By.id("launch")).click();
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(
                browser.findElement(By.id("round-status")).getText()).isEqualTo(it("status.RUNNING")));

        // a reminder to the one who has not answered
        HttpSession anna = stakeholder(ana);
        submit(anna, "Task_AnswerConsultation", Map.of("priorities", "Efficienza energetica", "intendsToSign", "yes"));
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(browser.findElement(By.id("not-answered")).getText()).contains("Marco Bianchi")
                    .doesNotContain("Anna Russo");
        });
        look("round-consultation");
        browser.findElement(By.cssSelector("form[action$=remind] button")).click();
        await().atMost(PATIENCE).until(() -> mailbox.to(marco).size() == 2);
        assertThat(waitFor(By.cssSelector("p.saved")).getText()).isEqualTo(it("page.desk.done.reminded"));

        // an edit after the launch
        browser.findElement(By.id("edit")).click();
        WebElement title = waitFor(By.id("title"));
        look("edit");
        title.clear();
        title.sendKeys("Patto verde della città di Bari " + suffix);
        browser.findElement(By.cssSelector("main form .actions button[type=submit]")).click();
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Patto verde della città di Bari " + suffix);
        assertThat(browser.findElement(By.cssSelector("p.saved")).getText()).isEqualTo(it("page.desk.done.edited"));

        // the draft, written on the draft page, published through the drafting task
        submit(stakeholder(marco), "Task_AnswerConsultation", Map.of("priorities", "Acqua", "intendsToSign", "yes"));
        awaitStage(roundId, "DRAFTING");
        browser.navigate().refresh();
        look("round-drafting");
        browser.findElement(By.id("pact-draft")).click();
        waitFor(By.cssSelector("button[value='add:clauses']")).click();
        waitFor(By.id("clauses-0-text")).sendKeys("Le parti riducono del 20% i consumi di energia degli edifici pubblici.");
        look("draft");
        browser.findElement(By.cssSelector("button[value=save]")).click();
        assertThat(waitFor(By.cssSelector("div.notice")).getText()).isEqualTo(it("page.draft.saved"));
        browser.findElement(By.cssSelector("main > p a")).click();
        openTaskFromTheRoundsPage("Task_DraftPact");
        waitFor(By.id("field-changeSummary")).sendKeys("Prima versione");
        look("draft-task");
        browser.findElement(By.cssSelector(".actions button[value=submit]")).click();
        awaitStage(roundId, "REVIEW");

        // the decision on the review
        submit(anna, PactReviewProcess.TASK_REVIEW_DRAFT, Map.of("decision", "APPROVE"));
        browser.get(roundPage);
        openTaskFromTheRoundsPage(PactReviewProcess.TASK_DECIDE_ON_REVIEW);
        waitFor(By.cssSelector("label[for=field-outcome-1]"));
        look("review-decision");
        browser.findElement(By.cssSelector("label[for=field-outcome-1]")).click();
        browser.findElement(By.cssSelector(".actions button[value=submit]")).click();
        awaitStage(roundId, "SIGNATURE");

        // the signatures, and the pact in force on the round's page
        sign(anna, ana);
        sign(stakeholder(marco), marco);
        awaitStage(roundId, "IN_FORCE");
        browser.get(roundPage);
        assertThat(waitFor(By.id("round-status")).getText()).isEqualTo(it("status.SIGNED"));
        look("round-in-force");
        browser.findElement(By.id("history")).click();
        waitFor(By.cssSelector(".timeline li"));
        look("timeline");
    }

    /** The open task of this step in the round page's table, opened by its link. */
    private void openTaskFromTheRoundsPage(String taskKey) {
        String name = it("task." + taskKey + ".name");
        WebElement row = await().atMost(PATIENCE).ignoreExceptions().until(() -> {
            browser.navigate().refresh();
            return browser.findElements(By.cssSelector("#open-tasks tbody tr")).stream()
                    .filter(r -> r.findElement(By.tagName("td")).getText().equals(name)).findFirst().orElse(null);
        }, r -> r != null);
        look("round-task-" + taskKey);
        row.findElement(By.cssSelector("a.button")).click();
        assertThat(waitFor(By.tagName("h1")).getText()).contains(name);
    }

    /**
     * Looks at the page as it is at both sizes: a screenshot of each, axe-core on each, the page in
     * Italian with no English sentence of the bundles in its text.
     */
    private void look(String page) {
        shot++;
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("the language of " + page)
                .isEqualTo("it");
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(english.stream().filter(text::contains).toList()).as("English sentences on " + page).isEmpty();
        assertThat(text).as("an empty place between two links on " + page).doesNotContain("· ·");
        for (Dimension size : List.of(DESK, PHONE)) {
            browser.manage().window().setSize(size);
            String name = String.format("desk-%02d-%s-%s", shot, page, size == DESK ? "desktop" : "phone");
            Browsers.screenshot(browser, name);
            Browsers.assertAccessible(browser, name);
        }
        browser.manage().window().setSize(DESK);
    }

    private void awaitStage(String roundId, String stage) {
        await().atMost(PATIENCE).until(() -> facilitatorSession.get("/api/rounds/" + roundId).json().get("stage")
                .asText().equals(stage));
    }

    private HttpSession stakeholder(String address) {
        await().atMost(PATIENCE).until(() -> !mailbox.to(address).isEmpty());
        HttpSession session = HttpSession.anonymous(baseUrl());
        assertThat(session.open(mailbox.latestLinkTo(address)).status()).isEqualTo(303);
        return session;
    }

    private void sign(HttpSession session, String address) {
        JsonNode task = task(session, PactSignatureProcess.TASK_SIGN_PACT);
        String sha256 = session.get("/api/tasks/" + task.get("id").asText() + "/form").json()
                .at("/context/pactVersion/sha256").asText();
        HttpSession.Response done = submitWithSigningCode(session, task.get("id").asText(), address,
                Map.of("sha256", sha256, "decision", "SIGN"));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private void submit(HttpSession session, String taskKey, Map<String, Object> values) {
        HttpSession.Response done = session.post("/api/tasks/" + task(session, taskKey).get("id").asText()
                + "/submission", values);
        assertThat(done.status()).as(taskKey + ": " + done).isEqualTo(204);
    }

    private JsonNode task(HttpSession session, String taskKey) {
        return await().atMost(PATIENCE).until(() -> StreamSupport.stream(session.get("/api/tasks").json()
                .spliterator(), false).filter(t -> t.get("taskKey").asText().equals(taskKey)).findFirst()
                .orElse(null), t -> t != null);
    }

    private String it(String key) {
        return messages.getMessage(key, null, IT);
    }

    /** A date input takes what its locale shows; setting its value is what a date picker does. */
    private void date(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id(id)), date.toString());
    }

    private WebElement waitFor(By what) {
        return await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                .until(() -> browser.findElement(what), element -> element != null);
    }

    /**
     * The sentences of the English page bundles (three words or more, no placeholder) that Italian
     * says otherwise: one of them on an Italian page is a text left in English.
     */
    private static List<String> englishSentences() {
        Properties en = bundle("messages.properties", "staff.properties");
        Properties italian = bundle("messages_it.properties", "staff_it.properties");
        List<String> sentences = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            String value = en.getProperty(key).strip();
            if (!value.contains("{") && value.split("\\s+").length >= 3 && !value.equals(italian.getProperty(key))) {
                sentences.add(value);
            }
        }
        return sentences;
    }

    private static Properties bundle(String... names) {
        Properties properties = new Properties();
        for (String name : names) {
            try (var in = FacilitatorDeskInTheBrowserTests.class.getClassLoader().getResourceAsStream(name)) {
                if (in != null) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }
}
