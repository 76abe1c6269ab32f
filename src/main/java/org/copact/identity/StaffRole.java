package org.copact.identity;

/** The roles of people who log in. Stakeholders never log in: they come from their link. */
public enum StaffRole {
    FACILITATOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
