package org.copact.tasks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.util.Map;
import java.util.stream.Collectors;
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
 * A generated task page over real HTTP whose form-js form (test-entries.form) uses templates in its
 * text, html and labels, options from an expression over the task's variables, decimalDigits, an
 * increment, adorners and a time kept in UTC: the page shows what the variables make of them,
 * escaped; the server refuses what form-js refuses, and completes with the time as form-js sends it.
 */
class FormEntriesOverHttpTests extends HttpTestSupport {

    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    TaskInbox inbox;

    @Test
    void shouldEvaluateTheFormsTemplatesAndOptionsWithTheTasksVariablesAndCheckWhatIsSent() {
        ProcessInstance instance = startTestProcess("test-bpmn/entries.bpmn", EntrySteps.PROCESS_KEY, "Vizită", "fe");
        runtime.setVariables(instance.getId(), Map.of("visitor", "Primăria Cluj", "urgent", false,
                "stakeholders", "Ana, Dan", "libraryName", "Biblioteca județeană",
                "note", "<script>alert(1)</script> **not bold**"));
        String taskId = inbox.openTasks(facilitator).stream().filter(t -> t.taskKey().equals(EntrySteps.PLAN_VISIT))
                .findFirst().orElseThrow().id();
        String page = "/my/tasks/" + taskId;

        HttpSession.Response shown = facilitatorSession.get(page + "?lang=en");
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        Document html = Jsoup.parse(shown.body());
        assertThat(html.select("h2").eachText()).contains("Visit of Primăria Cluj");
        assertThat(html.text()).as("the section whose condition is false").doesNotContain("Urgent")
                .doesNotContain("{{");
        assertThat(html.select(".markdown li").eachText())
                .containsExactly("Ana (with Primăria Cluj)", "Dan (with Primăria Cluj)");
        assertThat(shown.body()).as("a variable never adds markup").doesNotContain("<script>alert");
        assertThat(html.select("div.html p").text()).isEqualTo("Note: <script>alert(1)</script> **not bold**");
        assertThat(html.select("label[for=field-venue]").text()).startsWith("Where Primăria Cluj meets you");
        assertThat(html.select("#field-venue option").eachAttr("value")).containsExactly("", "hall", "library");
        assertThat(html.select("#field-venue option[value=library]").text()).isEqualTo("Biblioteca județeană");
        assertThat(html.select("#field-budget").attr("step")).isEqualTo("0.01");
        assertThat(html.select("#field-budget").attr("aria-describedby"))
                .isEqualTo("field-budget-prefix field-budget-suffix");
        assertThat(html.select("#field-budget-prefix").text()).isEqualTo("€");
        assertThat(html.select("#field-budget-suffix").text()).isEqualTo("per person");
        assertThat(html.select("#field-hours").attr("step")).isEqualTo("0.5");
        assertThat(html.select("input[type=hidden][name=time-zone]").val()).isEqualTo("UTC");
        assertThat(html.select("#field-visitAt-zone").text()).isEqualTo("Times are in the time zone UTC");
        assertThat(shown.body()).contains("/js/time-zone.js");

        HttpSession.Response refused = facilitatorSession.postForm(page, form(Map.of("venue", "elsewhere",
                "budget", "12.345", "hours", "1.2", "visitAt", "2026-05-31T14:30", "time-zone", "Europe/Bucharest")));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        Document errors = Jsoup.parse(refused.body());
        assertThat(errors.select("#field-venue-error").text()).startsWith("must be one of");
        assertThat(errors.select("#field-budget-error").text()).isEqualTo("must have at most 2 decimal places");
        assertThat(errors.select("#field-hours-error").text())
                .isEqualTo("must be a multiple of the step; the two nearest valid values are 1 and 1.5");

        HttpSession.Response sent = facilitatorSession.postForm(page, form(Map.of("venue", "library",
                "budget", "12.5", "hours", "1.5", "visitAt", "2026-05-31T14:30", "time-zone", "Europe/Bucharest")));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(302);
        Map<String, Object> completed = history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list().stream()
                .filter(v -> v.getValue() != null)
                .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue,
                        (a, b) -> b));
        assertThat(completed).containsEntry("venue", "library")
                .containsEntry("visitAt", "2026-05-31T11:30Z");
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }
}
