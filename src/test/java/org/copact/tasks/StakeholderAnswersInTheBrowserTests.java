package org.copact.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copact.Browsers;
import org.copact.HttpTestSupport;
import org.copact.Mailbox;
import org.copact.TestRounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * In a real chromium on a phone-sized screen: a stakeholder takes the link from her invitation
 * (read over IMAP), answers the consultation in Romanian, makes a mistake, reads it in Romanian,
 * corrects it and sees the confirmation; she opens the pact and switches to Greek. axe-core checks
 * every page she sees.
 */
class StakeholderAnswersInTheBrowserTests extends HttpTestSupport {

    private static final Pattern LINK = Pattern.compile("/s/[A-Za-z0-9_-]{20,}");

    private final String ioana = "ioana" + UUID.randomUUID().toString().substring(0, 6) + "@eco.example";
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
    void shouldAnswerTheConsultationInRomanianAfterCorrectingAMistake() throws Exception {
        launchRoundWith(ioana);
        String link = await().atMost(Duration.ofSeconds(60)).until(() -> invitationLinkOverImap(ioana),
                found -> found != null);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            browser.get(baseUrl() + link);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sarcinile dumneavoastră");
        });
        assertThat(browser.getCurrentUrl()).endsWith("/my/tasks");
        Browsers.screenshot(browser, "stakeholder-1-tasks-ro");
        Browsers.assertAccessible(browser, "the task list");

        assertThat(browser.findElement(By.cssSelector(".tasks a")).getText()).isEqualTo("Răspundeți la consultare");
        browser.findElement(By.cssSelector(".tasks a")).click();
        assertThat(waitFor(By.cssSelector("label[for=field-priorities]")).getText())
                .startsWith("Prioritățile dumneavoastră pentru tranziția verde");
        Browsers.assertAccessible(browser, "the consultation form");

        WebElement priorities = browser.findElement(By.id("field-priorities"));
        priorities.sendKeys("Da");
        java.nio.file.Path study = java.nio.file.Files.createTempDirectory("copact-upload").resolve("Studiu Ilfov.pdf");
        java.nio.file.Files.write(study, StakeholderUploadsOverHttpTests.PDF);
        browser.findElement(By.id("field-supportingDocuments")).sendKeys(study.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("button[value=submit]")).click();

        assertThat(waitFor(By.id("field-priorities-error")).getText())
                .isEqualTo("Scrieți cel puțin 3 caractere.");
        assertThat(browser.findElement(By.id("field-intendsToSign-error")).getText())
                .isEqualTo("Câmpul este obligatoriu.");
        assertThat(browser.findElement(By.id("field-priorities")).getAttribute("value")).as("what she typed is kept")
                .isEqualTo("Da");
        assertThat(browser.findElement(By.cssSelector("label[for=field-supportingDocuments-kept-0]")).getText())
                .as("the file she attached is kept").isEqualTo("Atașat: Studiu Ilfov.pdf (debifați pentru a-l elimina)");
        Browsers.screenshot(browser, "stakeholder-2-mistake-ro");
        Browsers.assertAccessible(browser, "the form with its errors");

        WebElement again = browser.findElement(By.id("field-priorities"));
        again.clear();
        again.sendKeys("Eficiență energetică în clădirile publice");
        browser.findElement(By.cssSelector("label[for=field-intendsToSign-0]")).click();
        browser.findElement(By.cssSelector("button[value=submit]")).click();

        assertThat(waitFor(By.cssSelector(".confirmation")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vă mulțumim");
        assertThat(browser.findElement(By.cssSelector(".confirmation")).getText())
                .startsWith("Am primit răspunsul dumneavoastră.");
        Browsers.screenshot(browser, "stakeholder-3-confirmation-ro");
        Browsers.assertAccessible(browser, "the confirmation");

        browser.findElement(By.cssSelector(".confirmation ~ p a")).click();
        waitFor(By.id("pact-link")).click();
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Pactul");
        Browsers.assertAccessible(browser, "the pact to read");

        browser.findElement(By.id("documents-link")).click();
        assertThat(waitFor(By.cssSelector(".documents .file-name")).getText()).isEqualTo("Studiu Ilfov.pdf");
        Browsers.screenshot(browser, "stakeholder-4-documents-ro");
        Browsers.assertAccessible(browser, "the stakeholder's documents");
        browser.findElement(By.id("pact-link")).click();
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() ->
                assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pactul"));

        browser.findElement(By.cssSelector("a[lang=el]")).click();
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() ->
                assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Το σύμφωνο"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("el");
        Browsers.screenshot(browser, "stakeholder-4-pact-el");
    }

    /** A submitted form is a new page: wait for it to arrive rather than read the old one. */
    private WebElement waitFor(By what) {
        return await().atMost(Duration.ofSeconds(15)).ignoreExceptions()
                .until(() -> browser.findElement(what), element -> element != null);
    }

    private void launchRoundWith(String person) {
        launchRound(TestRounds.round("Pact verde Măgurele",
                List.of(TestRounds.stakeholder("Eco Construcții Măgurele SRL", "Ioana Popescu", person, "SME", "ro",
                        TestRounds.ALL_ROLES))));
    }

    /** As her mail program would: IMAP on the embedded server, logged in as her address. */
    private String invitationLinkOverImap(String address) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", mailServer.getImap().getPort(), address, "her own password");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                for (Message message : inbox.getMessages()) {
                    Matcher link = LINK.matcher(Mailbox.text((MimeMessage) message));
                    if (link.find()) {
                        return link.group();
                    }
                }
                return null;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }
}
