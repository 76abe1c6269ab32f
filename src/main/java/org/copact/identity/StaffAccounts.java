package org.copact.identity;

import java.util.List;
import java.util.Optional;
import org.copact.common.Language;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates regions and staff accounts, with passwords stored only as hashes. */
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

    @Transactional
    public void ensureUser(String username, String rawPassword, String displayName, StaffRole role, String regionId,
            String email) {
        if (rawPassword == null || rawPassword.isBlank()) {
            throw new IllegalStateException("the password of '" + username + "' must be set");
        }
        if (users.findByUsername(username).isEmpty()) {
            users.save(new StaffUser(username, passwordEncoder.encode(rawPassword), displayName, role, regionId,
                    email));
        }
    }

    /** The facilitators of a region who gave an email, for the round's notices. */
    @Transactional(readOnly = true)
    public List<Contact> facilitatorsOf(String regionId) {
        return users.findByRoleAndRegionIdAndEnabledTrue(StaffRole.FACILITATOR, regionId).stream()
                .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
                .map(user -> new Contact(user.getDisplayName(), user.getEmail(), user.getLanguage()))
                .toList();
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

    /** language: their profile language; none until they choose one */
    public record Contact(String name, String email, Language language) {
    }

    public boolean regionExists(String regionId) {
        return regionId != null && regions.existsById(regionId);
    }
}
