package org.copact.identity;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Reads the caller of the current request from Spring Security's context. */
@Component
public class CurrentCaller {

    private final StakeholderLinks links;

    CurrentCaller(StakeholderLinks links) {
        this.links = links;
    }

    public Caller get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("no caller");
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof StaffPrincipal staff) {
            return staff.caller();
        }
        if (principal instanceof Caller.Stakeholder stakeholder) {
            if (!links.stillAdmitted(stakeholder.participationId(), authentication.getDetails())) {
                throw new AuthenticationCredentialsNotFoundException("the links of this participation were revoked");
            }
            return stakeholder;
        }
        throw new AuthenticationCredentialsNotFoundException("unknown kind of caller");
    }

    /** the caller when a stakeholder; none for staff */
    public Optional<Caller.Stakeholder> stakeholder() {
        return get() instanceof Caller.Stakeholder stakeholder ? Optional.of(stakeholder)
                : Optional.empty();
    }

    public Caller.Staff staff() {
        if (get() instanceof Caller.Staff staff) {
            return staff;
        }
        throw new org.springframework.security.access.AccessDeniedException("staff only");
    }
}
