package org.copact.identity;

import java.util.Set;
import org.copact.common.Language;

/**
 * A staff account as administrators list it and other modules read it.
 *
 * @param language the account's own language; null when it has none (the round's or browser's is used)
 */
public record StaffAccount(String username, String displayName, StaffRole role, Set<String> regionIds, String email,
        Language language, boolean enabled) {

    static StaffAccount of(StaffUser user) {
        return new StaffAccount(user.getUsername(), user.getDisplayName(), user.getRole(), user.getRegionIds(),
                user.getEmail(), user.getLanguage(), user.isEnabled());
    }
}
