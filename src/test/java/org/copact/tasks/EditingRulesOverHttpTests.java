package org.copact.tasks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A generated task page over real HTTP, with a form-js form written as Camunda Modeler writes it
 * (src/test/resources/forms/test-editing.form): a disabled and two read-only fields, a text and a
 * question whose conditions read the task's variables, a list whose rows require a name. What a
 * browser (or anyone) posts for what may not be changed is never completed with.
 */
class EditingRulesOverHttpTests extends HttpTestSupport {

    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    TaskInbox inbox;

    @Test
    void shouldShowWhatMayNotBeChangedAsTheTaskHasItAndNeverCompleteWithWhatWasPostedForIt() {
        ProcessInstance instance = startTestProcess("test-bpmn/editing.bpmn", ReviewPartnersStep.PROCESS_KEY,
                "Editare", "ed");
        runtime.setVariables(instance.getId(), Map.of(ReviewPartnersStep.STAGE, "late",
                ReviewPartnersStep.OWNER, "Bea", ReviewPartnersStep.BUDGET, 100));
        String taskId = inbox.openTasks(facilitator).stream()
                .filter(t -> t.taskKey().equals(ReviewPartnersStep.TASK_KEY)).findFirst().orElseThrow().id();
        String page = "/my/tasks/" + taskId;

        Document shown = Jsoup.parse(facilitatorSession.get(page + "?lang=en").body());
        assertThat(shown.select("input[name=ref]").hasAttr("disabled")).isTrue();
        assertThat(shown.select("input[name=ref]").val()).isEqualTo("R-1");
        assertThat(shown.select("input[name=owner]").hasAttr("readonly")).isTrue();
        assertThat(shown.select("input[name=owner]").val()).as("the task's variable").isEqualTo("Bea");
        assertThat(shown.select("input[name=budget]").hasAttr("readonly")).as("readonly: =stage = \"late\"").isTrue();
        assertThat(shown.select("[data-conditional=#Text_Late]").hasAttr("hidden")).isFalse();
        assertThat(shown.select("[data-conditional=reason]").hasAttr("hidden")).as("its condition reads stage")
                .isFalse();
        assertThat(shown.select("fieldset.list .list-rows input[name$=.name]")).as("defaultRepetitions").hasSize(2);

        HttpSession.Response decided = facilitatorSession.postForm(page + "/conditions", "partners%5B0%5D.name=");
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().get("shown").toString()).as("conditions read the task's variables")
                .isEqualTo("[\"#Text_Late\",\"reason\"]");

        HttpSession.Response blankRows = facilitatorSession.postForm(page, "action=submit&ref=forged"
                + "&owner=Mallory&budget=999&reason=storms&partners%5B%5D=&partners%5B0%5D.name=&partners%5B1%5D.name=");
        assertThat(blankRows.status()).as(blankRows.toString()).isEqualTo(422);
        Document refused = Jsoup.parse(blankRows.body());
        assertThat(refused.select("#field-partners-0-name-error, #field-partners-1-name-error")).hasSize(2);
        assertThat(refused.select("#field-ref-error, #field-owner-error")).isEmpty();
        assertThat(refused.select("input[name=owner]").val()).as("shown as the task has it").isEqualTo("Bea");

        HttpSession.Response sent = facilitatorSession.postForm(page, "action=submit&ref=forged&owner=Mallory"
                + "&budget=999&reason=" + URLEncoder.encode("storms", UTF_8) + "&partners%5B%5D="
                + "&partners%5B0%5D.name=Acme");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(302);
        Map<String, Object> completed = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list()) {
            completed.put(variable.getName(), variable.getValue());
        }
        assertThat(completed).containsEntry(ReviewPartnersStep.OWNER, "Bea")
                .containsEntry(ReviewPartnersStep.BUDGET, 100).containsEntry(ReviewPartnersStep.REASON, "storms")
                .containsEntry(ReviewPartnersStep.PARTNER_COUNT, 1).doesNotContainKey(ReviewPartnersStep.REFERENCE);
    }
}
