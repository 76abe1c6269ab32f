package org.copact.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.copact.HttpSession;
import org.copact.HttpTestSupport;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import java.util.Map;
import org.copact.common.ConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A dynamic list on the page without script: its Add and Remove buttons send the form and the
 * page comes back with one row more or less and what was typed kept; a list whose definition does
 * not allow adding and removing rows keeps its rows; every row is checked when the form is sent.
 */
class DynamicListPagesOverHttpTests extends HttpTestSupport {

    @Autowired
    HistoryService history;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService engineTasks;

    @Test
    void shouldAddAndRemoveRowsKeepingWhatWasTypedAndCheckEveryRow() {
        ProcessInstance instance = startTestProcess("test-bpmn/dynamic-list.bpmn", "dynamic-list", "Liste", "dl");
        String taskId = inbox.openTasks(facilitator).stream()
                .filter(t -> t.taskKey().equals(ListContactsStep.TASK_KEY)).findFirst().orElseThrow().id();
        String page = "/my/tasks/" + taskId;

        String blank = facilitatorSession.get(page + "?lang=en").body();
        assertThat(blank).contains("name=\"contacts[0].name\"").doesNotContain("name=\"contacts[1].name\"")
                .contains("name=\"add-row\" value=\"contacts\"").contains("aria-label=\"Add a row to Contacts\"")
                .contains("name=\"remove-row\" value=\"contacts[0]\"").contains("aria-label=\"Remove row 1 of Contacts\"")
                .contains("name=\"contacts[__row__].name\"").contains("/js/dynamic-lists.js")
                .contains("name=\"fixed[1].note\"").doesNotContain("value=\"fixed\"")
                .doesNotContain("value=\"fixed[0]\"");

        HttpSession.Response added = facilitatorSession.postForm(page,
                "meeting=Kick-off&contacts%5B0%5D.name=Ana&contacts%5B0%5D.email=&add-row=contacts");
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body()).contains("name=\"contacts[0].name\" value=\"Ana\"")
                .contains("name=\"contacts[1].name\" value=\"\"").doesNotContain("name=\"contacts[2].name\"")
                .contains("value=\"Kick-off\"").doesNotContain("class=\"alert\"");

        HttpSession.Response notAddable = facilitatorSession.postForm(page,
                "fixed%5B0%5D.note=a&fixed%5B1%5D.note=b&add-row=fixed");
        assertThat(notAddable.body()).as("allowAddRemove is false").contains("name=\"fixed[1].note\" value=\"b\"")
                .doesNotContain("name=\"fixed[2].note\"");

        HttpSession.Response removed = facilitatorSession.postForm(page, "contacts%5B0%5D.name=Ana"
                + "&contacts%5B1%5D.name=&contacts%5B1%5D.email=not-an-address&contacts%5B2%5D.name=Dan"
                + "&remove-row=contacts%5B0%5D");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body()).doesNotContain("value=\"Ana\"")
                .contains("name=\"contacts[0].email\" value=\"not-an-address\"")
                .contains("name=\"contacts[1].name\" value=\"Dan\"").doesNotContain("name=\"contacts[2].name\"");

        HttpSession.Response refused = facilitatorSession.postForm(page, "action=submit"
                + "&contacts%5B0%5D.email=not-an-address&contacts%5B1%5D.name=Dan");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"field-contacts-0-name-error\"")
                .contains("id=\"field-contacts-0-email-error\"").doesNotContain("id=\"field-contacts-1-name-error\"")
                .contains("name=\"contacts[1].name\" value=\"Dan\"");

        HttpSession.Response sent = facilitatorSession.postForm(page, "action=submit"
                + "&contacts%5B0%5D.name=Ana&contacts%5B0%5D.email=ana%40example.org&contacts%5B1%5D.name=Dan"
                + "&contacts%5B7%5D.name=Ion");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(302);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(ListContactsStep.CONTACT_COUNT).singleResult().getValue()).isEqualTo(3);
    }

    @Test
    void shouldAnswerATaskCompletedSinceItWasOpenedWithAConflictNotAServerError() {
        ProcessInstance instance = startTestProcess("test-bpmn/dynamic-list.bpmn", "dynamic-list", "Dublu", "dd");
        String taskId = engineTasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(ListContactsStep.TASK_KEY).singleResult().getId();
        Map<String, Object> values = Map.of("contacts", List.of(Map.of("name", "Ana", "email", "ana@example.org")));
        // two tabs, or a double click: both requests opened the task before either completed it
        OpenTask first = inbox.open(taskId, facilitator);
        OpenTask second = inbox.open(taskId, facilitator);

        first.submit(values, null);

        assertThatThrownBy(() -> second.submit(values, null)).isInstanceOf(ConflictException.class);
        assertThat(facilitatorSession.post("/api/tasks/" + taskId + "/submission", values).status()).isEqualTo(409);
    }
}
