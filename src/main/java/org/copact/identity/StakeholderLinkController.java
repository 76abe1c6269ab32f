package org.copact.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The personal link of an email: it opens a session for that stakeholder in that round, and then
 * takes them to their tasks. An unknown, expired or revoked link opens nothing: a browser is shown
 * a page that says so in its language ({@link InvalidLinkPage}), another client a problem.
 */
@RestController
class StakeholderLinkController {

    static final String PATH_PREFIX = "/s/";
    static final String ROLE_STAKEHOLDER = "ROLE_STAKEHOLDER";
    /** the stakeholder's own page of tasks, in their language */
    static final String LANDING = "/my/tasks";

    private final StakeholderLinks links;
    private final MessageSource messages;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    StakeholderLinkController(StakeholderLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    @GetMapping(PATH_PREFIX + "{token}")
    ResponseEntity<?> open(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        return links.open(token)
                .<ResponseEntity<?>>map(opened -> {
                    request.getSession(true);
                    request.changeSessionId();
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(new StakeholderAuthentication(opened.stakeholder(), opened.linkId()));
                    SecurityContextHolder.setContext(context);
                    contexts.saveContext(context, request, response);
                    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(LANDING)).build();
                })
                .orElseGet(() -> invalid(request));
    }

    private ResponseEntity<?> invalid(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(InvalidLinkPage.PATH)).build();
        }
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("page.link.invalid", null, locale));
        problem.setTitle(messages.getMessage("page.link.title", null, locale));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    static final class StakeholderAuthentication extends AbstractAuthenticationToken {

        private final Caller.Stakeholder stakeholder;

        /** {@code linkId}: the link that opened the session, which must stay unrevoked for it to act */
        StakeholderAuthentication(Caller.Stakeholder stakeholder, java.util.UUID linkId) {
            super(List.of(new SimpleGrantedAuthority(ROLE_STAKEHOLDER)));
            this.stakeholder = stakeholder;
            setDetails(linkId);
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return stakeholder;
        }

        @Override
        public String getName() {
            return stakeholder.actor();
        }
    }
}
