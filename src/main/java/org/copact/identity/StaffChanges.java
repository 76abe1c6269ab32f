package org.copact.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.copact.common.EmailAddress;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.common.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks what an administrator types about regions and staff accounts, every field at once, in the
 * administrator's language: the API and the page refuse the same things with the same words.
 */
@Component
class StaffChanges {

    static final int MAX_NAME = 200;
    static final int MAX_PASSWORD_BYTES = 72;
    static final int MIN_PASSWORD = 12;
    private static final Pattern REGION_ID = Pattern.compile("^[A-Z0-9_-]{2,40}$");
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{3,100}$");

    private final StaffAccounts accounts;
    private final MessageSource messages;

    StaffChanges(StaffAccounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    /**
     * A change as typed: a null field stays as it is; an empty email or language removes it.
     */
    record Change(String displayName, String role, List<String> regionIds, String email, String language) {
    }

    /** A checked change; {@code language} empty: remove the account's own language. */
    record Valid(String displayName, StaffRole role, Set<String> regionIds, String email,
            Optional<Language> language) {
    }

    /** Checks a change of {@code current}'s account made by {@code by}. */
    Valid check(StaffAccount current, Change change, String by, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        String displayName = null;
        if (change.displayName() != null) {
            displayName = name("displayName", change.displayName(), errors, locale);
        }
        StaffRole role = null;
        if (change.role() != null) {
            role = parseRole(change.role());
            if (role == null) {
                errors.add(error("role", "staff.error.role", locale));
            } else if (role != StaffRole.ADMIN && current.role() == StaffRole.ADMIN && current.username().equals(by)) {
                // an administrator who demoted themselves could lock every administrator out
                errors.add(error("role", "staff.error.ownRole", locale));
            }
        }
        StaffRole resulting = role == null ? current.role() : role;
        Set<String> regionIds = null;
        if (change.regionIds() != null || (resulting == StaffRole.FACILITATOR && current.regionIds().isEmpty())) {
            regionIds = regions("regionIds", change.regionIds(), resulting, errors, locale);
        }
        String email = null;
        if (change.email() != null) {
            email = email(change.email(), errors, locale);
        }
        Optional<Language> language = null;
        if (change.language() != null) {
            language = language(change.language(), errors, locale);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Valid(displayName, role, regionIds, email, language);
    }

    /** Refuses an administrator's disabling of their own account, which could leave Copact without one. */
    void checkDisabling(String username, String by, Locale locale) {
        if (username.equals(by)) {
            throw new InvalidInputException(List.of(error("enabled", "staff.error.ownAccount", locale)));
        }
    }

    record NewAccount(String username, String password, String displayName, StaffRole role, Set<String> regionIds,
            String email, Language language) {
    }

    /** regionsField: the field the regions came in ({@code regionId} for one, {@code regionIds} for several) */
    NewAccount checkNew(String username, String password, String displayName, String role, String regionsField,
            List<String> regionIds, String email, String language, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        String user = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        if (user == null || !USERNAME.matcher(user).matches()) {
            errors.add(error("username", "staff.error.username", locale));
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            errors.add(error("password", "staff.error.passwordShort", locale, MIN_PASSWORD));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            // BCrypt reads 72 bytes and ignores the rest: a longer password would not be what is checked
            errors.add(error("password", "staff.error.passwordLong", locale, MAX_PASSWORD_BYTES));
        }
        String name = name("displayName", displayName, errors, locale);
        StaffRole parsed = parseRole(role);
        Set<String> regions = Set.of();
        if (parsed == null) {
            errors.add(error("role", "staff.error.role", locale));
        } else {
            regions = regions(regionsField, regionIds, parsed, errors, locale);
        }
        String mail = email == null ? "" : email(email, errors, locale);
        Optional<Language> spoken = language == null ? Optional.empty() : language(language, errors, locale);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new NewAccount(user, password, name, parsed, regions, mail.isEmpty() ? null : mail,
                spoken.orElse(null));
    }

    record NewRegion(String id, String name, Language defaultLanguage) {
    }

    NewRegion checkRegion(String id, String name, String defaultLanguage, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        if (id == null || !REGION_ID.matcher(id).matches()) {
            errors.add(error("id", "staff.error.regionId", locale));
        }
        String checkedName = name("name", name, errors, locale);
        Language language = Language.fromCodeOrNull(defaultLanguage);
        if (language == null) {
            errors.add(error("defaultLanguage", "staff.error.language", locale));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new NewRegion(id, checkedName, language);
    }

    private Set<String> regions(String field, List<String> given, StaffRole role, List<FieldError> errors,
            Locale locale) {
        Set<String> regions = new TreeSet<>();
        for (String region : given == null ? List.<String>of() : given) {
            if (region == null || region.isBlank()) {
                continue;
            }
            // an id no region may have (a NUL, which PostgreSQL's text refuses, say) is not looked up
            if (!REGION_ID.matcher(region.strip()).matches() || !accounts.regionExists(region.strip())) {
                errors.add(error(field, "staff.error.noSuchRegion", locale, region.strip()));
            }
            regions.add(region.strip());
        }
        if (role == StaffRole.FACILITATOR && regions.isEmpty()) {
            errors.add(error(field, "staff.error.facilitatorRegion", locale));
        }
        return role == StaffRole.FACILITATOR ? regions : Set.of();
    }

    /** What the database keeps of a name: at most {@link #MAX_NAME} characters, and no control character (NUL, which PostgreSQL's text refuses, among them). */
    private String name(String field, String text, List<FieldError> errors, Locale locale) {
        if (text == null || text.isBlank()) {
            errors.add(error(field, "staff.error.empty", locale));
            return null;
        }
        if (text.strip().length() > MAX_NAME || text.chars().anyMatch(Character::isISOControl)) {
            errors.add(error(field, "staff.error.text", locale, MAX_NAME));
            return null;
        }
        return text.strip();
    }

    private String email(String email, List<FieldError> errors, Locale locale) {
        if (email.isBlank()) {
            return "";
        }
        if (!EmailAddress.isValid(email.strip())) {
            errors.add(error("email", "staff.error.email", locale));
        }
        return email.strip();
    }

    private Optional<Language> language(String code, List<FieldError> errors, Locale locale) {
        if (code.isBlank()) {
            return Optional.empty();
        }
        Language language = Language.fromCodeOrNull(code);
        if (language == null) {
            errors.add(error("language", "staff.error.language", locale));
        }
        return Optional.ofNullable(language);
    }

    private static StaffRole parseRole(String role) {
        if (role == null) {
            return null;
        }
        try {
            return StaffRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private FieldError error(String field, String key, Locale locale, Object... arguments) {
        return new FieldError(field, messages.getMessage(key, arguments, locale));
    }
}
