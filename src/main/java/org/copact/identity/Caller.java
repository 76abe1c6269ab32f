package org.copact.identity;

import java.util.UUID;

/** Whoever makes the current request: a person who logged in, or a stakeholder from a link. */
public sealed interface Caller extends java.io.Serializable {

    /** A facilitator or administrator. {@code regionId} is null for an administrator of every region. */
    record Staff(String username, StaffRole role, String regionId) implements Caller {

        public boolean isAdmin() {
            return role == StaffRole.ADMIN;
        }

        /** Whether this person may see the rounds of the given region. */
        public boolean sees(String region) {
            return regionId == null ? isAdmin() : regionId.equals(region);
        }
    }

    /** A stakeholder acting in one round through the personal link of their participation. */
    record Stakeholder(UUID participationId, UUID roundId) implements Caller {
    }
}
