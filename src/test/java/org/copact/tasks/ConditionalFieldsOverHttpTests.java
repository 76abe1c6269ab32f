package org.copact.tasks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.copact.TestRounds;
import org.copact.identity.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The real confirm-signed-copy form on a facilitator's page: the rejection reason is on the page but
 * hidden and disabled until the verdict is to reject; the page's script asks the server which
 * conditional fields apply under what the page holds now, with the page's CSRF token, for the
 * caller's own task only; what the hidden reason holds is neither kept in a draft nor completed with.
 */
class ConditionalFieldsOverHttpTests extends HttpTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    HistoryService history;
    @Autowired
    TaskInbox inbox;

    @Test
    void shouldDecideTheConditionsOfTheCallersOwnTaskUnderThePagesValues() {
        ProcessInstance instance = startConditions();
        String taskId = taskOf(facilitator, ConditionalSteps.GIVE_VERDICT);
        HttpSession browser = loggedInBrowser(facilitator);
        String page = "/my/tasks/" + taskId;

        String shown = browser.get(page + "?lang=en").body();
        assertThat(shown).contains("/js/form-conditions.js")
                .contains("data-conditions=\"/my/tasks/" + taskId + "/conditions\"");
        assertThat(wrapperOf(shown, "reason")).as("the reason is on the page, hidden")
                .contains("data-conditional=\"reason\"").contains("hidden");
        assertThat(shown).containsPattern("<textarea[^>]*name=\"reason\"[^>]*disabled");
        String token = csrfToken(shown);

        HttpSession.Response reject = browser.postFormWithoutCsrfToken(page + "/conditions",
                "_csrf=" + URLEncoder.encode(token, UTF_8) + "&decision=REJECT");
        assertThat(reject.status()).as(reject.toString()).isEqualTo(200);
        assertThat(reject.contentType()).startsWith("application/json");
        assertThat(reject.json().get("hidden")).isEmpty();
        assertThat(reject.json().get("shown").toString()).isEqualTo("[\"reason\"]");
        HttpSession.Response confirm = browser.postFormWithoutCsrfToken(page + "/conditions",
                "_csrf=" + URLEncoder.encode(token, UTF_8) + "&decision=CONFIRM");
        assertThat(confirm.json().get("hidden").toString()).isEqualTo("[\"reason\"]");

        assertThat(browser.postFormWithoutCsrfToken(page + "/conditions", "decision=REJECT").status())
                .as("without the page's CSRF token").isEqualTo(403);
        Caller.Staff other = TestRounds.newRegionWithFacilitator(accounts);
        HttpSession otherBrowser = loggedInBrowser(other);
        String otherToken = csrfToken(otherBrowser.get("/rounds/tasks").body());
        assertThat(otherBrowser.postFormWithoutCsrfToken(page + "/conditions",
                "_csrf=" + URLEncoder.encode(otherToken, UTF_8) + "&decision=REJECT").status())
                .as("another region's facilitator").isEqualTo(404);

        // a reason typed, then the verdict changed to confirm: the reason is not kept
        HttpSession.Response saved = browser.postFormWithoutCsrfToken(page, "_csrf=" + URLEncoder.encode(token, UTF_8)
                + "&action=save&decision=CONFIRM&reason=" + URLEncoder.encode("Typed before", UTF_8));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(browser.get(page).body()).as("the draft").doesNotContain("Typed before");
        HttpSession.Response sent = browser.postFormWithoutCsrfToken(page, "_csrf=" + URLEncoder.encode(token, UTF_8)
                + "&decision=CONFIRM&reason=" + URLEncoder.encode("Typed before", UTF_8));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(302);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(HistoricVariableInstance::getName).contains("decision").doesNotContain("reason");
    }

    @Test
    void shouldDecideTheConditionsInsideEachRowOfAList() {
        startConditions();
        String taskId = taskOf(facilitator, ConditionalSteps.PLAN_FOLLOW_UP);
        HttpSession browser = loggedInBrowser(facilitator);
        String page = "/my/tasks/" + taskId;
        String shown = browser.get(page + "?lang=en").body();
        assertThat(wrapperOf(shown, "contacts[0].address")).contains("hidden");
        assertThat(shown).as("the row to add starts as a blank row").contains("data-conditional=\"contacts[__row__].address\"");

        HttpSession.Response decided = browser.postFormWithoutCsrfToken(page + "/conditions",
                "_csrf=" + URLEncoder.encode(csrfToken(shown), UTF_8) + "&followUp=no"
                        + "&contacts%5B0%5D.channel=email&contacts%5B2%5D.name=Dan&contacts%5B2%5D.channel=phone");
        assertThat(decided.json().get("hidden").toString()).isEqualTo("[\"when\",\"contacts[2].address\"]");
        assertThat(decided.json().get("shown").toString()).isEqualTo("[\"contacts[0].address\"]");
    }

    private ProcessInstance startConditions() {
        return startTestProcess("test-bpmn/conditions.bpmn", ConditionalSteps.PROCESS_KEY, "Condiții", "cf");
    }

    private String taskOf(Caller caller, String taskKey) {
        return inbox.openTasks(caller).stream().filter(t -> t.taskKey().equals(taskKey)).findFirst().orElseThrow()
                .id();
    }

    /** A browser's session, logged in on the login page: no credentials on each request, so CSRF applies. */
    private HttpSession loggedInBrowser(Caller.Staff staff) {
        HttpSession browser = HttpSession.anonymous(baseUrl());
        browser.get("/login");
        HttpSession.Response admitted = browser.postForm("/login", "username="
                + URLEncoder.encode(staff.username(), UTF_8) + "&password=" + URLEncoder.encode(staff.username(), UTF_8));
        assertThat(admitted.location()).endsWith("/rounds");
        return browser;
    }

    private static String csrfToken(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page's _csrf field").isTrue();
        return token.group(1);
    }

    /** The opening tag of the element that wraps the conditional field of that name. */
    private static String wrapperOf(String page, String name) {
        Matcher wrapper = Pattern.compile("<[^<>]*data-conditional=\"" + Pattern.quote(name) + "\"[^<>]*>").matcher(page);
        assertThat(wrapper.find()).as("the wrapper of %s", name).isTrue();
        return wrapper.group();
    }
}
