package org.copact.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tomcat refuses a multipart file name with a NUL character by throwing from the first
 * {@code getParameter}, which a filter makes (the CSRF check reads the form's {@code _csrf} field)
 * before any controller advice could answer: here it becomes the same 400 problem document as any
 * other unreadable multipart body ({@link ApiProblemHandler}), not a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableMultipartFilter extends OncePerRequestFilter {

    private final ObjectMapper json;
    private final MessageSource messages;

    UnreadableMultipartFilter(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (InvalidFileNameException e) {
            if (response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            // the browser's language: asking Copact's own resolver would read the parameters Tomcat refuses
            Locale locale = request.getLocale();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    messages.getMessage(ApiProblemHandler.UNREADABLE_MULTIPART, null, locale));
            problem.setTitle(messages.getMessage("problem.title.400", null, locale));
            json.writeValue(response.getOutputStream(), problem);
        }
    }
}
