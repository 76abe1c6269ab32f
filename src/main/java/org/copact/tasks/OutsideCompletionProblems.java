package org.copact.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.copact.common.Language;
import org.copact.identity.LinkProperties;
import org.copact.tasks.CompletionGuard.CopactTask;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The answer of the engine's REST API ({@code /engine-rest}) and of the webapps' ({@code /camunda/api},
 * Tasklist's) when the engine refused to complete a Copact task ({@link CompletionGuard}): Camunda
 * would answer 500, as for a fault; this is the caller's request refused, so a 403 problem that says
 * where the task is done. It carries Camunda's {@code message} too, which Tasklist shows.
 * Whichever endpoint completed the task (complete, submit-form, any later one), the refusal is the same.
 */
@Component
class OutsideCompletionProblems extends OncePerRequestFilter {

    static final URI COMPLETED_IN_COPACT = URI.create("urn:copact:problem:completed-in-copact");

    private final OutsideExplanations explanations;
    private final ObjectMapper json;
    private final String baseUrl;

    OutsideCompletionProblems(OutsideExplanations explanations, ObjectMapper json, LinkProperties links) {
        this.explanations = explanations;
        this.json = json;
        this.baseUrl = links.publicUrl().toString().replaceFirst("/+$", "");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean engineApi = path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
        return !engineApi || HttpMethod.GET.matches(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        CompletionGuard.forgetRefusal();
        chain.doFilter(request, answer);
        Optional<CopactTask> refused = CompletionGuard.takeRefusal();
        if (refused.isEmpty()) {
            answer.copyBodyToResponse();
            return;
        }
        Language language = OutsideExplanations.language(request);
        String detail = explanations.refusal(refused.get(), language, baseUrl);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setType(COMPLETED_IN_COPACT);
        problem.setTitle(explanations.title(language));
        problem.setProperty("message", detail);
        problem.setProperty("taskId", refused.get().taskId());
        problem.setProperty("completeAt", baseUrl + refused.get().completedAt());
        byte[] body = json.writeValueAsBytes(problem);
        answer.resetBuffer();
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
