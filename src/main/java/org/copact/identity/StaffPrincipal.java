package org.copact.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A logged-in facilitator or administrator as Spring Security holds them in the session. */
final class StaffPrincipal implements UserDetails {

    private final String username;
    private final String passwordHash;
    private final StaffRole role;
    private final Set<String> regionIds;
    private final boolean enabled;

    StaffPrincipal(StaffUser user) {
        this.username = user.getUsername();
        this.passwordHash = user.getPasswordHash();
        this.role = user.getRole();
        this.regionIds = user.getRegionIds();
        this.enabled = user.isEnabled();
    }

    Caller.Staff caller() {
        return new Caller.Staff(username, role, regionIds);
    }

    /** whether the account, as it is now, still grants what this session was given */
    boolean sameAs(StaffPrincipal now) {
        return now.enabled && role == now.role && regionIds.equals(now.regionIds);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
