package org.copact.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.copact.common.ConflictException;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.common.NotFoundException;
import org.copact.common.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every mistake a client can make into an {@code application/problem+json} answer: field
 * errors listed all at once, 404 for what is not there or not theirs, 409 for a state that refuses
 * the request. Only a fault of Copact itself is a 500, and it is logged. Titles and details are in
 * the caller's language ({@code ?lang=}, else their own, else their browser's).
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    static final URI INVALID_INPUT = URI.create("urn:copact:problem:invalid-input");
    static final String UNREADABLE_MULTIPART = "problem.detail.multipart";

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return fieldProblem(e.errors());
    }

    private ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(status.value()));
        return problem;
    }

    private String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return messages.getMessage("problem.title." + status, null, known == null ? "Error" : known.getReasonPhrase(),
                locale());
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.in(messages, locale()));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.in(messages, locale()));
    }

    /** refused for now: the answer says why and when to try again (Retry-After, in seconds) */
    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS);
        if (e.retryAt() != null) {
            problem.setProperty("retryAt", e.retryAt().toString());
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1,
                    java.time.Duration.between(java.time.Instant.now(), e.retryAt()).toSeconds())));
        }
        return answer.body(problem);
    }

    /** two requests changed the same thing at once; the later one is refused, not merged */
    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, OptimisticLockingException.class})
    ProblemDetail concurrentChange(Exception e) {
        return problem(HttpStatus.CONFLICT, text("problem.detail.concurrent"));
    }

    /**
     * Two requests created the same thing at once (a double click): the database's unique constraint
     * refused the later one, which is a conflict the caller can reload, not a fault of Copact.
     */
    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        log.info("A request was refused by a unique constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, text("problem.detail.duplicate"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        // a malformed id in the path names nothing that exists
        return problem(HttpStatus.NOT_FOUND, text("problem.detail.noSuch", e.getName(), String.valueOf(e.getValue())));
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, text("problem.detail.unauthenticated"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, text("problem.detail.forbidden"));
    }

    /**
     * A multipart body Copact cannot read (no boundary, cut short, a file name with a NUL character,
     * which Tomcat refuses) is the client's mistake; one too large keeps the 413 of
     * {@link ResponseEntityExceptionHandler}, which handles that subclass itself.
     */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, text(UNREADABLE_MULTIPART));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure while answering a request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.detail.unexpected"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(fieldProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("problem.detail.notJson", readableCause(ex)));
        return ResponseEntity.badRequest().body(problem);
    }

    /** the problems Spring MVC itself reports (a wrong method, media type, parameter): titled in the caller's language */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            problem.setTitle(title(statusCode.value()));
            String detail = messages.getMessage("problem.detail." + statusCode.value(), null, null, locale());
            if (detail != null) {
                problem.setDetail(detail);
            }
        }
        return response;
    }

    ProblemDetail fieldProblem(List<FieldError> given) {
        Locale locale = locale();
        List<FieldError> errors = given.stream().map(e -> e.in(messages, locale)).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() == 1 ? text("problem.detail.oneField") : text("problem.detail.fields", errors.size()));
        problem.setType(INVALID_INPUT);
        problem.setTitle(text("problem.title.invalidInput"));
        problem.setProperty("errors", errors.stream()
                .map(e -> Map.of("field", e.field(), "message", e.message()))
                .toList());
        return problem;
    }

    private static String readableCause(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getMostSpecificCause();
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        // Jackson appends the source reference after a line break; the first line is the useful part
        int lineBreak = message.indexOf('\n');
        return lineBreak > 0 ? message.substring(0, lineBreak) : message;
    }
}
