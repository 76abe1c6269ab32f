package org.copact.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a staff member's session to their account as it is now, on every request: a disabled or
 * removed account's session ends (the request goes on as anonymous, so it is refused), and a
 * changed role or set of regions applies at once. Checked against the database, not a node's
 * memory, so it holds on every node of a cluster.
 */
class StaffSessionCheck extends OncePerRequestFilter {

    private final StaffUserRepository users;

    StaffSessionCheck(StaffUserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal held) {
            Optional<StaffPrincipal> now = users.findByUsername(held.getUsername()).map(StaffPrincipal::new);
            if (now.isEmpty() || !now.get().isEnabled()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!held.sameAs(now.get())) {
                SecurityContext fresh = SecurityContextHolder.createEmptyContext();
                fresh.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now.get(), null,
                        now.get().getAuthorities()));
                SecurityContextHolder.setContext(fresh);
            }
        }
        chain.doFilter(request, response);
    }
}
