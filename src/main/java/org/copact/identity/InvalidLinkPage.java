package org.copact.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Where a browser lands with a personal link that opens nothing any more: what happened and what to do, in its language. */
@Controller
class InvalidLinkPage {

    static final String PATH = StakeholderLinkController.PATH_PREFIX + "invalid";
    static final String VIEW = "link-invalid";
    private static final String STATUS = InvalidLinkPage.class.getName() + ".status";

    /** any method: a stakeholder's form posted after its session ended lands here as its pages do */
    @RequestMapping(PATH)
    String invalid(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(request.getAttribute(STATUS) instanceof Integer status ? status
                : HttpStatus.NOT_FOUND.value());
        return VIEW;
    }

    /**
     * A stakeholder's page asked without a live session (its link was revoked or expired): this page,
     * in place and with 401, rather than the staff's login form.
     */
    static void ended(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        request.setAttribute(STATUS, HttpStatus.UNAUTHORIZED.value());
        request.getRequestDispatcher(PATH).forward(request, response);
    }
}
