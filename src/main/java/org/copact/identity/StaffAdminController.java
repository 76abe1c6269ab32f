package org.copact.identity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.copact.common.ConflictException;
import org.copact.common.EmailAddress;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.common.Language;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For administrators: the regions and the staff accounts of a Copact that runs on external
 * servers, where nothing is seeded.
 */
@RestController
@RequestMapping("/api/admin")
class StaffAdminController {

    static final int MAX_NAME = 200;
    static final int MAX_PASSWORD_BYTES = 72;
    private static final String TEXT_RULE = "must be at most " + MAX_NAME + " characters, without control characters";

    static final int MIN_PASSWORD = 12;
    private static final Pattern REGION_ID = Pattern.compile("^[A-Z0-9_-]{2,40}$");
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{3,100}$");

    private final StaffAccounts accounts;
    private final RegionRepository regions;
    private final StaffUserRepository users;

    StaffAdminController(StaffAccounts accounts, RegionRepository regions, StaffUserRepository users) {
        this.accounts = accounts;
        this.regions = regions;
        this.users = users;
    }

    record RegionInput(String id, String name, String defaultLanguage) {
    }

    record RegionView(String id, String name, Language defaultLanguage) {
    }

    record StaffInput(String username, String password, String displayName, String role, String regionId,
            String email) {
    }

    record StaffView(String username, String displayName, StaffRole role, String regionId, String email) {
    }

    @GetMapping("/regions")
    List<RegionView> regions() {
        return regions.findAll().stream()
                .map(r -> new RegionView(r.getId(), r.getName(), r.getDefaultLanguage()))
                .toList();
    }

    @PostMapping("/regions")
    ResponseEntity<RegionView> createRegion(@RequestBody RegionInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.id() == null || !REGION_ID.matcher(input.id()).matches()) {
            errors.add(new FieldError("id", "must be 2 to 40 capital letters, digits, - or _"));
        }
        if (input.name() == null || input.name().isBlank()) {
            errors.add(new FieldError("name", "must not be empty"));
        } else if (!fits(input.name())) {
            errors.add(new FieldError("name", TEXT_RULE));
        }
        Language language = Language.fromCodeOrNull(input.defaultLanguage());
        if (language == null) {
            errors.add(new FieldError("defaultLanguage", "must be one of en, ro, it, el, bg, mk"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (regions.existsById(input.id())) {
            throw new ConflictException("Region " + input.id() + " exists already.");
        }
        Region region = accounts.ensureRegion(input.id(), input.name().strip(), language);
        return ResponseEntity.created(URI.create("/api/admin/regions/" + region.getId()))
                .body(new RegionView(region.getId(), region.getName(), region.getDefaultLanguage()));
    }

    @PostMapping("/staff")
    ResponseEntity<StaffView> createStaff(@RequestBody StaffInput input) {
        List<FieldError> errors = new ArrayList<>();
        String username = input.username() == null ? null : input.username().strip().toLowerCase(Locale.ROOT);
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "must be 3 to 100 lower-case letters, digits, '.', '-' or '_'"));
        }
        if (input.password() == null || input.password().length() < MIN_PASSWORD) {
            errors.add(new FieldError("password", "must be at least " + MIN_PASSWORD + " characters long"));
        } else if (input.password().getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            // BCrypt reads 72 bytes and ignores the rest: a longer password would not be what is checked
            errors.add(new FieldError("password", "must be at most " + MAX_PASSWORD_BYTES
                    + " bytes long (in UTF-8; 72 plain letters, fewer with accents)"));
        }
        if (input.displayName() == null || input.displayName().isBlank()) {
            errors.add(new FieldError("displayName", "must not be empty"));
        } else if (!fits(input.displayName())) {
            errors.add(new FieldError("displayName", TEXT_RULE));
        }
        StaffRole role = parseRole(input.role());
        if (role == null) {
            errors.add(new FieldError("role", "must be FACILITATOR or ADMIN"));
        } else if (role == StaffRole.FACILITATOR && !accounts.regionExists(input.regionId())) {
            errors.add(new FieldError("regionId", "a facilitator needs an existing region"));
        }
        if (input.email() != null && !input.email().isBlank() && !EmailAddress.isValid(input.email())) {
            errors.add(new FieldError("email", "is not a valid email address"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("The username " + username + " is taken.");
        }
        String regionId = role == StaffRole.FACILITATOR ? input.regionId() : null;
        String email = input.email() == null || input.email().isBlank() ? null : input.email().strip();
        accounts.ensureUser(username, input.password(), input.displayName().strip(), role, regionId, email);
        return ResponseEntity.created(URI.create("/api/admin/staff/" + username))
                .body(new StaffView(username, input.displayName().strip(), role, regionId, email));
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

    /** What the database keeps of a name: at most {@link #MAX_NAME} characters, and no control character (NUL, which PostgreSQL's text refuses, among them). */
    private static boolean fits(String text) {
        return text.strip().length() <= MAX_NAME && text.chars().noneMatch(Character::isISOControl);
    }
}
