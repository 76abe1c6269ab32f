package org.copact.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
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
 * takes them to their tasks. An unknown, expired or revoked link opens nothing.
 */
@RestController
class StakeholderLinkController {

    static final String PATH_PREFIX = "/s/";
    static final String ROLE_STAKEHOLDER = "ROLE_STAKEHOLDER";
    /** the stakeholder's own page of tasks, in their language */
    static final String LANDING = "/my/tasks";

    private final StakeholderLinks links;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    StakeholderLinkController(StakeholderLinks links) {
        this.links = links;
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
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND,
                        "This link is not valid any more: it expired or was replaced. Ask your facilitator for a new one.")));
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
