package org.copact.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Copact's own login page for facilitators and administrators, in the page's language (Spring
 * Security's generated page speaks only English). Spring Security still checks the posted form.
 */
@Controller
class LoginPage {

    static final String LOGIN = "login";

    /** error: Spring Security sends the person back after a wrong user name or password; logout: after logging out. */
    @GetMapping("/login")
    String login(@RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "logout", required = false) String logout, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("loggedOut", logout != null);
        return LOGIN;
    }
}
