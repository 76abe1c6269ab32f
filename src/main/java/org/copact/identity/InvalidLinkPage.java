package org.copact.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a browser lands with a personal link that opens nothing any more: what happened and what to do, in its language. */
@Controller
class InvalidLinkPage {

    static final String PATH = StakeholderLinkController.PATH_PREFIX + "invalid";
    static final String VIEW = "link-invalid";

    @GetMapping(PATH)
    String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return VIEW;
    }
}
