package org.copact.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.copact.common.AbstractEntity;
import org.copact.common.Language;

/**
 * A facilitator or administrator account. A facilitator belongs to one region; an administrator
 * without a region audits every region.
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

    @Column(name = "region_id")
    private String regionId;

    /** where a facilitator receives the round's notices; optional */
    private String email;

    @Column(nullable = false)
    private boolean enabled = true;

    /** the language of their pages in every session; none until they first choose one */
    @Enumerated(EnumType.STRING)
    private Language language;

    protected StaffUser() {
    }

    public StaffUser(String username, String passwordHash, String displayName, StaffRole role, String regionId,
            String email) {
        if (role == StaffRole.FACILITATOR && regionId == null) {
            throw new IllegalArgumentException("a facilitator belongs to a region");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.regionId = regionId;
        this.email = email;
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

    public String getRegionId() {
        return regionId;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Language getLanguage() {
        return language;
    }

    void speak(Language language) {
        this.language = language;
    }
}
