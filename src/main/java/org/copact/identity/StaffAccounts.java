package org.copact.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copact.common.Language;
import org.copact.common.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists and changes regions and staff accounts, with passwords stored only as hashes. */
@Service
public class StaffAccounts {

    private final StaffUserRepository users;
    private final RegionRepository regions;
    private final PasswordEncoder passwordEncoder;

    StaffAccounts(StaffUserRepository users, RegionRepository regions, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.regions = regions;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public Region ensureRegion(String id, String name, Language defaultLanguage) {
        return regions.findById(id).orElseGet(() -> regions.save(new Region(id, name, defaultLanguage)));
    }

    /** As {@link #ensureUserOfRegions}, for one region or none. */
    @Transactional
    public void ensureUser(String username, String rawPassword, String displayName, StaffRole role, String regionId,
            String email) {
        ensureUserOfRegions(username, rawPassword, displayName, role, regionId == null ? Set.of() : Set.of(regionId),
                email);
    }

    /** Creates the account unless one of that username exists. */
    @Transactional
    public void ensureUserOfRegions(String username, String rawPassword, String displayName, StaffRole role,
            Set<String> regionIds, String email) {
        if (rawPassword == null || rawPassword.isBlank()) {
            throw new IllegalStateException("the password of '" + username + "' must be set");
        }
        if (users.findByUsername(username).isEmpty()) {
            users.save(new StaffUser(username, passwordEncoder.encode(rawPassword), displayName, role, regionIds,
                    email));
        }
    }

    /** The facilitators of a region who gave an email, for the round's notices. */
    @Transactional(readOnly = true)
    public List<Contact> facilitatorsOf(String regionId) {
        return users.findEnabledOfRegion(StaffRole.FACILITATOR, regionId).stream()
                .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
                .map(user -> new Contact(user.getUsername(), user.getDisplayName(), user.getEmail(),
                        user.getLanguage()))
                .toList();
    }

    /**
     * A facilitator to tell something: {@code language} is their own, null when they chose none.
     */
    public record Contact(String username, String name, String email, Language language) {
    }

    /** every region's name by its id, in the order of the ids */
    @Transactional(readOnly = true)
    public Map<String, String> regionNames() {
        Map<String, String> names = new java.util.TreeMap<>();
        regions.findAll().forEach(region -> names.put(region.getId(), region.getName()));
        return names;
    }

    /** the name a staff member signs with */
    @Transactional(readOnly = true)
    public Optional<String> displayNameOf(String username) {
        return users.findByUsername(username).map(StaffUser::getDisplayName);
    }

    @Transactional(readOnly = true)
    public Optional<String> regionName(String regionId) {
        return regionId == null ? Optional.empty() : regions.findById(regionId).map(Region::getName);
    }

    /** a staff member's profile language, if they chose one */
    @Transactional(readOnly = true)
    public Optional<Language> languageOf(String username) {
        return users.findByUsername(username).map(StaffUser::getLanguage);
    }

    /** keeps the language a staff member chose as their profile's, for every later session */
    @Transactional
    public void speak(String username, Language language) {
        users.findByUsername(username).filter(user -> user.getLanguage() != language)
                .ifPresent(user -> user.speak(language));
    }

    public boolean regionExists(String regionId) {
        return regionId != null && regions.existsById(regionId);
    }

    @Transactional(readOnly = true)
    public List<StaffAccount> all() {
        return users.findAllByOrderByUsernameAsc().stream().map(StaffAccount::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<StaffAccount> find(String username) {
        return users.findByUsername(username).map(StaffAccount::of);
    }

    /** The display name of each of these usernames that is a staff account, for the round's history. */
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        for (String username : usernames) {
            users.findByUsername(username).ifPresent(user -> names.put(username, user.getDisplayName()));
        }
        return names;
    }

    /** Applies an administrator's change, already checked by {@link StaffChanges}; null fields stay as they are. */
    @Transactional
    StaffAccount change(String username, StaffChanges.Valid change) {
        StaffUser user = user(username);
        if (change.displayName() != null) {
            user.rename(change.displayName());
        }
        if (change.role() != null || change.regionIds() != null) {
            user.assign(change.role() == null ? user.getRole() : change.role(),
                    change.regionIds() == null ? user.getRegionIds() : change.regionIds());
        }
        if (change.email() != null) {
            user.changeEmail(change.email().isEmpty() ? null : change.email());
        }
        if (change.language() != null) {
            user.speak(change.language().orElse(null));
        }
        return StaffAccount.of(user);
    }

    /** A disabled account can no longer log in, and the sessions it has stop working at their next request. */
    @Transactional
    StaffAccount disable(String username) {
        StaffUser user = user(username);
        user.disable();
        return StaffAccount.of(user);
    }

    @Transactional
    StaffAccount enable(String username) {
        StaffUser user = user(username);
        user.enable();
        return StaffAccount.of(user);
    }

    private StaffUser user(String username) {
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("No staff account "
                + username));
    }
}
