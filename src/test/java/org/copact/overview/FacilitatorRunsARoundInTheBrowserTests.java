package org.copact.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.copact.Browsers;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * In a real chromium: a facilitator logs in, defines a round in the pages, launches it, and sees its
 * progress change when a stakeholder answers; the one who has not answered is listed and reminded;
 * the round's history reads as a timeline.
 */
class FacilitatorRunsARoundInTheBrowserTests extends HttpTestSupport {

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String ana = "ana" + suffix + "@cj-ilfov.example";
    private final String mihai = "mihai" + suffix + "@magurele.example";
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
    void shouldDefineLaunchAndFollowARound() {
        browser.get(baseUrl() + "/rounds?lang=en");
        assertThat(waitFor(By.tagName("h1")).getText()).as("Copact's own login page").isEqualTo("Log in");
        Browsers.assertAccessible(browser, "the login page");
        Browsers.logIn(browser, facilitator);
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Your rounds");

        browser.findElement(By.cssSelector("a.button")).click();
        waitFor(By.id("title")).sendKeys("Pact verde Măgurele " + suffix);
        browser.findElement(By.id("topic")).sendKeys("Eficiență energetică");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("defaultLanguage"))).selectByValue("ro");
        browser.findElement(By.cssSelector("label[for=language-ro]")).click();
        LocalDate today = LocalDate.now();
        date("consultationDeadline", today.plusDays(14));
        date("reviewDeadline", today.plusDays(28));
        date("signatureDeadline", today.plusDays(42));
        browser.findElement(By.id("targetAnswers")).sendKeys("2");
        browser.findElement(By.id("targetSignatories")).sendKeys("2");
        browser.findElement(By.id("stakeholders")).sendKeys(
                "Consiliul Județean Ilfov; Ana-Maria Ionescu; " + ana + "; PUBLIC_AUTHORITY; ro\n"
                        + "Măgurele Science Park; Mihai Stănescu; " + mihai + "; SME; ro; PARTICIPANT, SIGNATORY");
        Browsers.assertAccessible(browser, "the new round form");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        waitFor(By.id("launch"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pact verde Măgurele " + suffix);
        assertThat(browser.findElement(By.id("round-status")).getText()).isEqualTo("Defined");
        browser.findElement(By.id("launch")).click();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            assertThat(browser.findElement(By.id("round-status")).getText()).isEqualTo("Running");
        });
        assertThat(figure("page.round.answered")).isEqualTo("0 / 2");
        Browsers.screenshot(browser, "facilitator-1-launched");
        Browsers.assertAccessible(browser, "the round's progress");

        answerAs(ana);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(figure("page.round.answered")).isEqualTo("1 / 2");
        });
        assertThat(browser.findElement(By.id("not-answered")).getText()).contains("Mihai Stănescu")
                .doesNotContain("Ana-Maria Ionescu");
        browser.findElement(By.cssSelector("form[action$=remind] button")).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.to(mihai).size() == 2);
        assertThat(mailbox.to(ana)).hasSize(1);
        Browsers.screenshot(browser, "facilitator-2-progress-and-reminder");

        browser.findElement(By.id("drafting")).click();
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Drafting workspace");
        assertThat(browser.findElement(By.id("by-stakeholder")).getText()).contains("Consiliul Județean Ilfov",
                "Eficiență energetică");
        Browsers.assertAccessible(browser, "the drafting workspace");
        browser.navigate().back();

        browser.findElement(By.id("history")).click();
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("History of the round");
        assertThat(browser.findElements(By.cssSelector(".timeline li"))).isNotEmpty();
        Browsers.screenshot(browser, "facilitator-3-timeline");
        Browsers.assertAccessible(browser, "the round's timeline");

        browser.findElement(By.cssSelector("form.signout button")).click();
        assertThat(waitFor(By.tagName("h1")).getText()).as("signed out, back at the login page").isEqualTo("Log in");
        browser.get(baseUrl() + "/rounds?lang=en");
        assertThat(waitFor(By.tagName("h1")).getText()).as("the rounds need a login again").isEqualTo("Log in");
    }

    /** The test process dynamic-list: a form whose list of contacts allows adding and removing rows. */
    @Test
    void shouldAddAndRemoveRowsOfADynamicListOnThePage() {
        startTestProcess("test-bpmn/dynamic-list.bpmn", "dynamic-list", "Liste " + suffix, suffix);
        // staff have their own task list; the pages under /my are the stakeholders'
        browser.get(baseUrl() + "/rounds/tasks?lang=en");
        Browsers.logIn(browser, facilitator);
        browser.get(baseUrl() + "/rounds/tasks?lang=en");
        waitFor(By.partialLinkText("List the contacts")).click();

        waitFor(By.id("field-contacts-0-name")).sendKeys("Ana");
        String formUrl = browser.getCurrentUrl();
        browser.findElement(By.cssSelector("button.add-row")).click();
        assertThat(browser.findElements(By.cssSelector("#field-contacts .list-row"))).hasSize(2);
        WebElement second = browser.findElement(By.id("field-contacts-1-name"));
        assertThat(browser.switchTo().activeElement()).as("the new row's first field has the focus").isEqualTo(second);
        second.sendKeys("Dan");
        assertThat(browser.findElement(By.cssSelector("button[value='contacts[1]']")).getAttribute("aria-label"))
                .isEqualTo("Remove row 2 of Contacts");
        Browsers.assertAccessible(browser, "a form with a dynamic list");
        browser.findElement(By.cssSelector("button[value='contacts[0]']")).click();
        assertThat(browser.findElements(By.cssSelector("#field-contacts .list-row"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("button[value='contacts[1]']")).getAttribute("aria-label"))
                .isEqualTo("Remove row 1 of Contacts");
        assertThat(browser.getCurrentUrl()).as("the rows changed without sending the form").isEqualTo(formUrl);
        assertThat(browser.findElement(By.id("field-contacts-1-name")).getAttribute("value")).isEqualTo("Dan");

        browser.findElement(By.cssSelector(".actions button[value=submit]")).click();
        assertThat(waitFor(By.tagName("h1")).getText()).isNotEqualTo("List the contacts");
        assertThat(browser.getCurrentUrl()).endsWith("/done");
    }

    private void answerAs(String person) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !mailbox.to(person).isEmpty());
        HttpSession stakeholder = HttpSession.anonymous(baseUrl());
        assertThat(stakeholder.open(mailbox.latestLinkTo(person)).status()).isEqualTo(303);
        JsonNode tasks = await().atMost(Duration.ofSeconds(60)).until(() -> stakeholder.get("/api/tasks").json(),
                t -> t.size() == 1);
        HttpSession.Response done = stakeholder.post("/api/tasks/" + tasks.get(0).get("id").asText() + "/submission",
                Map.of("priorities", "Eficiență energetică", "intendsToSign", "yes"));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    private String figure(String bar) {
        return browser.findElement(By.xpath("//span[@id='bar-" + bar + "']/following-sibling::span[@class='bar-figure']"))
                .getText();
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
}
