package org.copact.identity;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import org.copact.common.ConflictException;
import org.copact.common.Language;
import org.copact.common.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For administrators: the regions and the staff accounts (list, create, change, disable and
 * re-enable). A staff account is named by its username.
 */
@RestController
@RequestMapping("/api/admin")
class StaffAdminController {

    private final StaffAccounts accounts;
    private final StaffChanges changes;
    private final RegionRepository regions;
    private final CurrentCaller caller;

    StaffAdminController(StaffAccounts accounts, StaffChanges changes, RegionRepository regions,
            CurrentCaller caller) {
        this.accounts = accounts;
        this.changes = changes;
        this.regions = regions;
        this.caller = caller;
    }

    record RegionInput(String id, String name, String defaultLanguage) {
    }

    record RegionView(String id, String name, Language defaultLanguage) {
    }

    /** regionId for a facilitator of one region, regionIds for several */
    record StaffInput(String username, String password, String displayName, String role, String regionId,
            List<String> regionIds, String email, String language) {
    }

    @Operation(summary = "The regions")
    @GetMapping("/regions")
    List<RegionView> regions() {
        return regions.findAll().stream()
                .map(r -> new RegionView(r.getId(), r.getName(), r.getDefaultLanguage()))
                .toList();
    }

    @Operation(summary = "Create a region", description = "Field errors come back as application/problem+json.")
    @PostMapping("/regions")
    ResponseEntity<RegionView> createRegion(@RequestBody RegionInput input) {
        StaffChanges.NewRegion valid = changes.checkRegion(input.id(), input.name(), input.defaultLanguage(),
                LocaleContextHolder.getLocale());
        if (regions.existsById(valid.id())) {
            throw new ConflictException("Region " + valid.id() + " exists already.");
        }
        Region region = accounts.ensureRegion(valid.id(), valid.name(), valid.defaultLanguage());
        return ResponseEntity.created(URI.create("/api/admin/regions/" + region.getId()))
                .body(new RegionView(region.getId(), region.getName(), region.getDefaultLanguage()));
    }

    @Operation(summary = "The staff accounts", description = "Facilitators and administrators, enabled or not.")
    @GetMapping("/staff")
    List<StaffAccount> staff() {
        return accounts.all();
    }

    @Operation(summary = "One staff account, by username")
    @GetMapping("/staff/{username}")
    StaffAccount one(@PathVariable String username) {
        return account(username);
    }

    @Operation(summary = "Create a staff account", description = "Field errors come back as application/problem+json.")
    @PostMapping("/staff")
    ResponseEntity<StaffAccount> createStaff(@RequestBody StaffInput input) {
        boolean several = input.regionIds() != null;
        List<String> regionIds = several ? input.regionIds()
                : input.regionId() == null ? List.of() : List.of(input.regionId());
        StaffChanges.NewAccount valid = changes.checkNew(input.username(), input.password(), input.displayName(),
                input.role(), several ? "regionIds" : "regionId", regionIds, input.email(), input.language(),
                LocaleContextHolder.getLocale());
        if (accounts.find(valid.username()).isPresent()) {
            throw new ConflictException("The username " + valid.username() + " is taken.");
        }
        accounts.ensureUserOfRegions(valid.username(), valid.password(), valid.displayName(), valid.role(), valid.regionIds(),
                valid.email());
        StaffAccount created = valid.language() == null ? account(valid.username())
                : accounts.change(valid.username(), new StaffChanges.Valid(null, null, null, null,
                        java.util.Optional.of(valid.language())));
        return ResponseEntity.created(URI.create("/api/admin/staff/" + valid.username())).body(created);
    }

    @Operation(summary = "Change a staff account", description = "Name, role, regions, email, language: a field "
            + "left out stays as it is; an empty email or language removes it. Every field error at once.")
    @PatchMapping("/staff/{username}")
    StaffAccount change(@PathVariable String username, @RequestBody StaffChanges.Change change) {
        StaffAccount current = account(username);
        StaffChanges.Valid valid = changes.check(current, change, caller.staff().username(),
                LocaleContextHolder.getLocale());
        return accounts.change(username, valid);
    }

    @Operation(summary = "Disable a staff account", description = "It can no longer log in, and its sessions "
            + "stop working at their next request. An administrator cannot disable their own account.")
    @PostMapping("/staff/{username}/disabling")
    StaffAccount disable(@PathVariable String username) {
        account(username);
        changes.checkDisabling(username, caller.staff().username(), LocaleContextHolder.getLocale());
        return accounts.disable(username);
    }

    @Operation(summary = "Re-enable a disabled staff account")
    @PostMapping("/staff/{username}/enabling")
    StaffAccount enable(@PathVariable String username) {
        account(username);
        return accounts.enable(username);
    }

    private StaffAccount account(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("No staff account " + username));
    }
}
