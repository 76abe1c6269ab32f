package org.copact.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;
import org.copact.common.AbstractEntity;
import org.copact.common.Language;

/**
 * A facilitator or administrator account. A facilitator runs the rounds of one region or more; an
 * administrator without a region audits every region. A disabled account can neither log in nor
 * keep using a session it had.
 */
@Entity
@Table(name = "staff_user")
class StaffUser extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StaffRole role;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_region", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Column(name = "region_id", nullable = false)
    private Set<String> regionIds = new TreeSet<>();

    /** where a facilitator receives the round's notices; optional */
    private String email;

    /** the language of this person's pages and mails; none: the round's or the browser's */
    @Enumerated(EnumType.STRING)
    private Language language;

    @Column(nullable = false)
    private boolean enabled = true;

    protected StaffUser() {
    }

    public StaffUser(String username, String passwordHash, String displayName, StaffRole role, Set<String> regionIds,
            String email) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        assign(role, regionIds);
    }

    /** An administrator has no region (they see all); a facilitator has at least one. */
    void assign(StaffRole newRole, Set<String> newRegionIds) {
        if (newRole == StaffRole.FACILITATOR && (newRegionIds == null || newRegionIds.isEmpty())) {
            throw new IllegalArgumentException("a facilitator belongs to a region");
        }
        this.role = newRole;
        this.regionIds.clear();
        if (newRole == StaffRole.FACILITATOR) {
            this.regionIds.addAll(newRegionIds);
        }
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    void changeEmail(String newEmail) {
        this.email = newEmail;
    }

    void speak(Language newLanguage) {
        this.language = newLanguage;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public StaffRole getRole() {
        return role;
    }

    public Set<String> getRegionIds() {
        return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(regionIds));
    }

    public String getEmail() {
        return email;
    }

    public Language getLanguage() {
        return language;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
