package org.copact.stakeholder;

import java.time.Instant;
import java.util.Locale;
import org.copact.common.Language;

/**
 * An organisation of the register and the person who speaks for it, as others may read it: a copy,
 * not the register's entry. {@code emailFailingSince} is when a mail server first reported that
 * mail to the address cannot be delivered, {@code emailFailure} what it said.
 */
public record Contact(String organisation, String contactName, String email, StakeholderCategory category,
        Language language, Instant emailFailingSince, String emailFailure) {

    public boolean emailFailing() {
        return emailFailingSince != null;
    }

    /** The form in which the register keeps and compares email addresses. */
    public static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
