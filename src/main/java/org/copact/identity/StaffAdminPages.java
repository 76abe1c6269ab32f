package org.copact.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copact.common.FieldError;
import org.copact.common.InvalidInputException;
import org.copact.common.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The administrators' page of staff accounts: list, create, change, disable and re-enable. */
@Controller
@RequestMapping("/admin/staff")
class StaffAdminPages {

    static final String LIST = "admin/staff";
    static final String EDIT = "admin/staff-account";

    private final StaffAccounts accounts;
    private final StaffChanges changes;
    private final CurrentCaller caller;
    private final MessageSource messages;

    StaffAdminPages(StaffAccounts accounts, StaffChanges changes, CurrentCaller caller, MessageSource messages) {
        this.accounts = accounts;
        this.changes = changes;
        this.caller = caller;
        this.messages = messages;
    }

    /** what the form for a new account shows again after an error */
    record NewForm(String username, String displayName, String role, List<String> regionIds, String email,
            String language) {

        static NewForm blank() {
            return new NewForm("", "", StaffRole.FACILITATOR.name(), List.of(), "", "");
        }
    }

    @GetMapping
    String list(Model model) {
        return page(model, NewForm.blank(), List.of());
    }

    @PostMapping
    ModelAndView create(@RequestParam Map<String, String> form,
            @RequestParam(name = "regionIds", required = false) String[] regionIds) {
        List<String> regions = regionIds == null ? List.of() : Arrays.asList(regionIds);
        NewForm typed = new NewForm(form.getOrDefault("username", ""), form.getOrDefault("displayName", ""),
                form.getOrDefault("role", ""), regions, form.getOrDefault("email", ""),
                form.getOrDefault("language", ""));
        Locale locale = LocaleContextHolder.getLocale();
        try {
            StaffChanges.NewAccount valid = changes.checkNew(typed.username(), form.get("password"),
                    typed.displayName(), typed.role(), "regionIds", regions, typed.email(), typed.language(), locale);
            if (accounts.find(valid.username()).isPresent()) {
                throw new InvalidInputException("username", messages.getMessage("staff.error.taken", null, locale));
            }
            accounts.ensureUserOfRegions(valid.username(), valid.password(), valid.displayName(), valid.role(),
                    valid.regionIds(), valid.email());
            if (valid.language() != null) {
                accounts.change(valid.username(), new StaffChanges.Valid(null, null, null, null,
                        java.util.Optional.of(valid.language())));
            }
            return new ModelAndView("redirect:/admin/staff?created=" + valid.username());
        } catch (InvalidInputException e) {
            return refused(LIST, Map.of("form", typed), e.errors());
        }
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        StaffAccount account = account(username);
        model.addAttribute("account", account);
        model.addAttribute("typedRole", account.role().name());
        model.addAttribute("regions", accounts.regionNames());
        model.addAttribute("errors", List.of());
        return EDIT;
    }

    @PostMapping("/{username}")
    ModelAndView change(@PathVariable String username, @RequestParam Map<String, String> form,
            @RequestParam(name = "regionIds", required = false) String[] regionIds) {
        StaffAccount current = account(username);
        StaffChanges.Change change = new StaffChanges.Change(form.getOrDefault("displayName", ""),
                form.getOrDefault("role", ""), regionIds == null ? List.of() : Arrays.asList(regionIds),
                form.getOrDefault("email", ""), form.getOrDefault("language", ""));
        try {
            accounts.change(username, changes.check(current, change, caller.staff().username(),
                    LocaleContextHolder.getLocale()));
            return new ModelAndView("redirect:/admin/staff?changed=" + username);
        } catch (InvalidInputException e) {
            StaffAccount typed = new StaffAccount(username, change.displayName(), current.role(),
                    new java.util.TreeSet<>(change.regionIds()), change.email(),
                    org.copact.common.Language.fromCodeOrNull(change.language()), current.enabled());
            return refused(EDIT, Map.of("account", typed, "typedRole", change.role()), e.errors());
        }
    }

    @PostMapping("/{username}/disabling")
    ModelAndView disable(@PathVariable String username) {
        account(username);
        try {
            changes.checkDisabling(username, caller.staff().username(), LocaleContextHolder.getLocale());
        } catch (InvalidInputException e) {
            return refused(LIST, Map.of("form", NewForm.blank()), e.errors());
        }
        accounts.disable(username);
        return new ModelAndView("redirect:/admin/staff?disabled=" + username);
    }

    @PostMapping("/{username}/enabling")
    String enable(@PathVariable String username) {
        account(username);
        accounts.enable(username);
        return "redirect:/admin/staff?enabled=" + username;
    }

    private String page(Model model, NewForm form, List<FieldError> errors) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("regions", accounts.regionNames());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return LIST;
    }

    private ModelAndView refused(String view, Map<String, Object> typed, List<FieldError> errors) {
        ModelAndView page = new ModelAndView(view);
        page.addAllObjects(typed);
        page.addObject("accounts", accounts.all());
        page.addObject("regions", accounts.regionNames());
        page.addObject("errors", errors);
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    private StaffAccount account(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("No staff account " + username));
    }
}
