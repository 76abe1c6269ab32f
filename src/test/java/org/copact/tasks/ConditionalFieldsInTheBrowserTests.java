package org.copact.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.copact.Browsers;
import org.copact.HttpTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real chromium on a phone-sized screen: the question that applies appears as soon as the
 * answer that makes it apply is chosen, without sending the form, and goes again when the answer
 * changes, the focus staying on the answer; in a dynamic list, in a row just added too. axe-core
 * checks the page with the question shown.
 */
class ConditionalFieldsInTheBrowserTests extends HttpTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    HistoryService history;
    @Autowired
    TaskInbox inbox;

    private WebDriver browser;
    private ProcessInstance instance;

    @BeforeEach
    void openBrowserOnTheTasks() {
        instance = startTestProcess("test-bpmn/conditions.bpmn", ConditionalSteps.PROCESS_KEY, "Condiții", "cb");
        browser = Browsers.phone();
        browser.get(baseUrl() + "/login?lang=en");
        Browsers.logIn(browser, facilitator);
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Your rounds");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldShowTheRejectionReasonAsSoonAsTheVerdictIsToReject() {
        String page = baseUrl() + "/my/tasks/" + taskOf(ConditionalSteps.GIVE_VERDICT);
        browser.get(page + "?lang=en");
        WebElement reason = waitFor(By.id("field-reason"));
        assertThat(reason.isDisplayed()).as("hidden until the verdict is to reject").isFalse();
        assertThat(reason.isEnabled()).isFalse();

        WebElement reject = browser.findElement(By.cssSelector("input[name=decision][value=REJECT]"));
        browser.findElement(By.cssSelector("label[for='" + reject.getAttribute("id") + "']")).click();
        await().atMost(PATIENCE).until(reason::isDisplayed);
        assertThat(reason.isEnabled()).isTrue();
        assertThat(browser.getCurrentUrl()).as("the form was not sent").isEqualTo(page + "?lang=en");
        assertThat(browser.findElements(By.cssSelector(".alert"))).isEmpty();
        assertThat(browser.switchTo().activeElement()).as("the focus stays on the answer").isEqualTo(reject);
        Browsers.screenshot(browser, "conditions-1-reason-shown");
        Browsers.assertAccessible(browser, "the verdict with its reason shown");

        reason.sendKeys("Lipsește semnătura de pe ultima pagină.");
        WebElement confirm = browser.findElement(By.cssSelector("input[name=decision][value=CONFIRM]"));
        browser.findElement(By.cssSelector("label[for='" + confirm.getAttribute("id") + "']")).click();
        await().atMost(PATIENCE).until(() -> !reason.isDisplayed());
        assertThat(reason.isEnabled()).isFalse();
        browser.findElement(By.cssSelector("label[for='" + reject.getAttribute("id") + "']")).click();
        await().atMost(PATIENCE).until(reason::isDisplayed);
        assertThat(reason.getAttribute("value")).as("what was typed is still there")
                .isEqualTo("Lipsește semnătura de pe ultima pagină.");

        browser.findElement(By.cssSelector(".actions button[value=submit]")).click();
        await().atMost(PATIENCE).until(() -> browser.getCurrentUrl().endsWith("/done"));
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("reason").singleResult()).extracting(HistoricVariableInstance::getValue)
                .isEqualTo("Lipsește semnătura de pe ultima pagină.");
    }

    @Test
    void shouldShowTheFieldThatAppliesInARowJustAdded() {
        browser.get(baseUrl() + "/my/tasks/" + taskOf(ConditionalSteps.PLAN_FOLLOW_UP) + "?lang=en");
        waitFor(By.cssSelector("button.add-row")).click();
        WebElement address = waitFor(By.id("field-contacts-1-address"));
        assertThat(address.isDisplayed()).isFalse();

        new Select(browser.findElement(By.id("field-contacts-1-channel"))).selectByValue("email");
        await().atMost(PATIENCE).until(address::isDisplayed);
        assertThat(browser.findElement(By.id("field-contacts-0-address")).isDisplayed())
                .as("the other row keeps its own answer").isFalse();
        Browsers.assertAccessible(browser, "a list with a conditional field shown in a row");
    }

    private String taskOf(String taskKey) {
        return inbox.openTasks(facilitator).stream().filter(t -> t.taskKey().equals(taskKey)).findFirst()
                .orElseThrow().id();
    }

    private WebElement waitFor(By what) {
        return await().atMost(PATIENCE).ignoreExceptions().until(() -> browser.findElement(what), e -> e != null);
    }
}
