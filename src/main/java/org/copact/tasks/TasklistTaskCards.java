package org.copact.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.copact.tasks.CompletionGuard.CopactTask;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What Camunda's Tasklist shows for a Copact task. Tasklist renders a {@code camunda:formRef} with its
 * own, older form-js, which knows neither Copact's filepicker nor its checks, and Copact refuses to be
 * completed there anyway ({@link CompletionGuard}). So when Tasklist fetches the deployed form of a
 * Copact task, and Camunda would give it (a signed-in webapp user), it gets instead a one-text form-js
 * schema that names the task, says who does it in Copact and links to its page there. The deployed
 * forms themselves are unchanged: the REST API ({@code /engine-rest}) and the Modeler see them as they are.
 */
@Component
class TasklistTaskCards extends OncePerRequestFilter {

    /** Tasklist's request for the form of a task, through the webapps' own engine API */
    static final Pattern DEPLOYED_FORM = Pattern.compile("/camunda/api/engine/engine/[^/]+/task/([^/]+)/deployed-form");
    /** the form-js schema version Tasklist 7.24's form-js reads */
    static final int TASKLIST_SCHEMA_VERSION = 16;

    private final TaskService engineTasks;
    private final CompletionGuard guard;
    private final OutsideExplanations explanations;
    private final ObjectMapper json;

    TasklistTaskCards(TaskService engineTasks, CompletionGuard guard, OutsideExplanations explanations,
            ObjectMapper json) {
        this.engineTasks = engineTasks;
        this.guard = guard;
        this.explanations = explanations;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.GET.matches(request.getMethod()) || !DEPLOYED_FORM.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        Matcher form = DEPLOYED_FORM.matcher(path(request));
        Task task = answer.getStatus() == HttpStatus.OK.value() && form.matches()
                ? engineTasks.createTaskQuery().taskId(form.group(1)).singleResult() : null;
        if (task == null || !guard.isCopactTask(task.getTaskDefinitionKey())) {
            answer.copyBodyToResponse();
            return;
        }
        String card = explanations.card(copactTask(task), OutsideExplanations.language(request));
        byte[] body = json.writeValueAsBytes(Map.of("id", "copact-task", "type", "default",
                "schemaVersion", TASKLIST_SCHEMA_VERSION,
                "components", List.of(Map.of("id", "Text_DoneInCopact", "type", "text", "text", card))));
        answer.resetBuffer();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private CopactTask copactTask(Task task) {
        Object roundId = engineTasks.getVariable(task.getId(), TaskVariables.ROUND_ID);
        boolean facilitators = engineTasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
        return new CopactTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                roundId == null ? null : roundId.toString(), facilitators);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
