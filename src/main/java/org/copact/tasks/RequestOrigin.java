package org.copact.tasks;

import jakarta.servlet.http.HttpServletRequest;
import org.copact.common.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where the request being served came from: its remote address (behind a proxy, the one
 * {@code server.forward-headers-strategy} takes from its headers) and its {@code User-Agent}.
 */
final class RequestOrigin {

    private RequestOrigin() {
    }

    static Submission submission(Language language) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return new Submission(language, request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
        }
        return new Submission(language, null, null);
    }
}
