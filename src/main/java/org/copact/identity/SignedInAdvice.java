package org.copact.identity;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether someone is signed in, so that the page header offers to sign out: a
 * facilitator at a shared computer, or a stakeholder who opened their link on a colleague's phone.
 */
@ControllerAdvice(annotations = Controller.class)
class SignedInAdvice {

    static final String SIGNED_IN = "signedIn";

    static final String STAFF_SIGNED_IN = "staffSignedIn";

    @ModelAttribute(SIGNED_IN)
    boolean signedIn(Principal principal) {
        return principal != null;
    }

    /** A staff member is signed in: the header links their rounds and their own task list. */
    @ModelAttribute(STAFF_SIGNED_IN)
    boolean staffSignedIn(Principal principal) {
        return principal instanceof org.springframework.security.core.Authentication authentication
                && authentication.getPrincipal() instanceof StaffPrincipal;
    }
}
