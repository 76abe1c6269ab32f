package org.copact.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.copact.HttpTestSupport;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.common.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A user task without a form-js form gets one generated from its camunda:formData fields, checked as
 * any other, and completes with its fields as process variables.
 */
class FormDataFallbackTests extends HttpTestSupport {

    @Autowired
    HistoryService history;
    @Autowired
    TaskInbox inbox;

    @Test
    void shouldGenerateCheckAndCompleteTheFormOfATaskWithFormDataOnly() {
        ProcessInstance instance = startTestProcess("test-bpmn/form-data-fallback.bpmn", "form-data-fallback",
                "Formular vechi", "fd");
        String taskId = inbox.openTasks(facilitator).stream().filter(t -> t.taskKey().equals("Task_TellUsMore"))
                .findFirst().orElseThrow().id();

        JsonNode form = inbox.open(taskId, facilitator).form(null).form();
        assertThat(form.path("components")).extracting(c -> c.path("type").asText())
                .containsExactly("textfield", "number", "checkbox", "select", "datetime");
        assertThat(form.at("/components/0/label").asText()).isEqualTo("Venue of the meeting");
        assertThat(form.at("/components/3/values/1/label").asText()).isEqualTo("Online");

        assertThatThrownBy(() -> inbox.open(taskId, facilitator).submit(Map.of("venue", "Sala mare a Primăriei Măgurele",
                "seats", 0, "format", "boat"), Language.EN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("venue", "must be at most 20 characters long"),
                        new FieldError("seats", "must be at least 1"),
                        new FieldError("format", "must be one of [hall, online]")));

        inbox.open(taskId, facilitator).submit(Map.of("venue", "Primăria", "seats", 40, "format", "hall",
                "day", "2026-05-31"), null);

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getEndTime()).isNotNull();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("venue").singleResult().getValue()).isEqualTo("Primăria");
        assertThat(List.of(inbox.openTasks(facilitator).stream().map(TaskView::taskKey).toArray()))
                .doesNotContain("Task_TellUsMore");
    }
}
