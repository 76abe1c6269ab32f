package org.copact.overview;

import org.copact.tasks.StakeholderPages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.copact.pact.PactHtml;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.copact.identity.Caller;
import org.copact.pact.PactService;
import org.copact.pact.PactVersion;
import org.copact.process.ReviewComments;
import org.copact.signing.SealedPacts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pact of a stakeholder's round to read at leisure: its latest version with its SHA-256 first,
 * then the earlier ones, each compared with the one before; the comments the stakeholder may read (their
 * own, or all reviewers' when the round says so) with the answers published. Versions never change
 * once published, so anything shown here is final.
 */
@Controller
class PactPage {

    static final String PACT = "tasks/pact";

    private final PactService pacts;
    private final StakeholderPages pages;
    private final SealedPacts sealedPacts;
    private final ReviewComments comments;

    private final MessageSource messages;
    private final PactInForcePage inForce;

    PactPage(PactService pacts, StakeholderPages pages, SealedPacts sealedPacts, ReviewComments comments,
            MessageSource messages, PactInForcePage inForce) {
        this.inForce = inForce;
        this.messages = messages;
        this.comments = comments;
        this.pacts = pacts;
        this.pages = pages;
        this.sealedPacts = sealedPacts;
    }

    @GetMapping("/my/pact")
    String pact(@RequestParam(name = "lang", required = false) String lang, HttpServletRequest request,
            Model model) {
        Caller.Stakeholder stakeholder = pages.enter(request, lang);
        List<PactVersion> versions = pacts.versions(stakeholder.roundId()).stream()
                .sorted((a, b) -> Integer.compare(b.number(), a.number()))
                .toList();
        model.addAttribute("versions", versions);
        Map<Integer, String> documents = new HashMap<>();
        versions.forEach(v -> documents.put(v.number(), PactHtml.html(v.document(), messages,
                LocaleContextHolder.getLocale(), 3)));
        model.addAttribute("documents", documents);
        model.addAttribute("sealed", sealedPacts.sealed(stakeholder.roundId()).orElse(null));
        model.addAttribute("comments", comments.visibleTo(stakeholder.roundId(), stakeholder.participationId()));
        inForce.show(stakeholder, model);
        return PACT;
    }
}
