package org.copact.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a stakeholder's session to the personal link that opened it, on every request: once that
 * link is revoked or has expired, the session ends and the request goes on as anonymous, so it is
 * refused, whatever page or API it asks for. Checked against the database, so on every node.
 */
class StakeholderSessionCheck extends OncePerRequestFilter {

    private final StakeholderLinks links;

    StakeholderSessionCheck(StakeholderLinks links) {
        this.links = links;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller.Stakeholder stakeholder
                && !links.stillAdmitted(stakeholder.participationId(), authentication.getDetails())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
