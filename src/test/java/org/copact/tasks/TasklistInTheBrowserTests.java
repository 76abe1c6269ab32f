package org.copact.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.copact.Browsers;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.process.consultation.StakeholderConsultationProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real chromium, Camunda's own Tasklist as the administrator of the engine sees it: every Copact
 * task opens as a card that says who does it in Copact and links to its page there (never "Form
 * failure", even for the consultation's filepicker), and Tasklist's Complete button is refused with
 * the same explanation, the task left open.
 */
class TasklistInTheBrowserTests extends HttpTestSupport {

    /** the engine's administrator of the test profile (camunda.bpm.admin-user) */
    private static final String CAMUNDA_ADMIN = "camunda-admin";

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    @Autowired
    TaskService engineTasks;
    private WebDriver browser;

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
    void shouldShowEachCopactTaskAsALinkToCopactAndRefuseItsCompletion() {
        String roundId = launchRound();
        String consultation = await().atMost(Duration.ofSeconds(60)).until(() -> engineTasks.createTaskQuery()
                .processInstanceBusinessKey(roundId)
                .taskDefinitionKey(StakeholderConsultationProcess.TASK_ANSWER_CONSULTATION).list(),
                tasks -> tasks.size() == 1).get(0).getId();
        String facilitators = engineTasks.createTaskQuery()
                .processInstanceId(startTestProcess("test-bpmn/dynamic-list.bpmn", "dynamic-list", "Lista", suffix)
                        .getId()).singleResult().getId();

        signInToTasklist();
        WebElement card = openInTasklist(consultation, "Answer the consultation");
        assertThat(card.getText()).contains("This is a Copact task: it is done in Copact")
                .contains("The stakeholder it is assigned to does it from the personal link in their email.");
        WebElement round = card.findElement(By.linkText("Open its round in Copact"));
        assertThat(round.getAttribute("href")).isEqualTo(baseUrl() + "/rounds/" + roundId);
        Browsers.screenshot(browser, "tasklist-1-consultation");

        WebElement facilitatorsCard = openInTasklist(facilitators, "List the contacts");
        assertThat(facilitatorsCard.getText()).contains("The round's facilitators do it on its page in Copact.");
        assertThat(facilitatorsCard.findElement(By.linkText("Open this task in Copact")).getAttribute("href"))
                .isEqualTo(baseUrl() + "/my/tasks/" + facilitators);
        Browsers.screenshot(browser, "tasklist-2-facilitators-task");

        browser.findElement(By.xpath("//a[normalize-space()='Claim'] | //button[normalize-space()='Claim']")).click();
        By complete = By.xpath("//button[normalize-space()='Complete']");
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> browser.findElement(complete).isEnabled());
        browser.findElement(complete).click();
        WebElement notice = await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(
                () -> browser.findElement(By.xpath("//*[contains(text(), 'is a Copact task: it is completed in Copact')]")), e -> e.isDisplayed());
        assertThat(notice.getText()).contains("\u201cList the contacts\u201d is a Copact task")
                .contains("/my/tasks/" + facilitators);
        Browsers.screenshot(browser, "tasklist-3-complete-refused");
        assertThat(engineTasks.createTaskQuery().taskId(facilitators).singleResult()).as("the task is still open")
                .isNotNull();
    }

    private void signInToTasklist() {
        browser.get(baseUrl() + "/camunda/app/tasklist/default/");
        WebElement username = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector("input[ng-model=username]")), e -> e.isDisplayed());
        username.sendKeys(CAMUNDA_ADMIN);
        browser.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(CAMUNDA_ADMIN);
        browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(
                () -> browser.findElements(By.cssSelector("input[ng-model=username]")).isEmpty());
    }

    /** The task's form as Tasklist renders it, once it shows either the task's form or a failure. */
    private WebElement openInTasklist(String taskId, String heading) {
        browser.get(baseUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId);
        By card = By.xpath("//*[contains(@class, 'fjs-form-field-text')][.//h2[normalize-space()='" + heading + "']]");
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> visibleText().contains("Form failure")
                || browser.findElement(card).isDisplayed());
        assertThat(visibleText()).doesNotContain("Form failure");
        return browser.findElement(card);
    }

    private String visibleText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private String launchRound() {
        return launchRound(TestRounds.round("Pact " + suffix,
                List.of(TestRounds.stakeholder("Solar Coop", "Elena Marin", "elena" + suffix + "@solar.example",
                        "SME", "en", TestRounds.ALL_ROLES))));
    }
}
