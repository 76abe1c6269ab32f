package org.copact.tasks;

import org.copact.common.PageLocaleResolver;
import jakarta.servlet.http.HttpServletRequest;
import org.copact.common.Language;
import org.copact.common.NotFoundException;
import org.copact.identity.Caller;
import org.copact.identity.CurrentCaller;
import org.springframework.stereotype.Component;

/**
 * How a page that only a stakeholder has (their pact, their documents) starts: the caller must be
 * a stakeholder, anyone else finds no such page; the page speaks the language asked for in
 * {@code ?lang=}, else the one chosen before, else the stakeholder's own.
 */
@Component
public class StakeholderPages {

    private final CurrentCaller callers;
    private final TaskLanguages languages;

    StakeholderPages(CurrentCaller callers, TaskLanguages languages) {
        this.callers = callers;
        this.languages = languages;
    }

    public Caller.Stakeholder enter(HttpServletRequest request, String lang) {
        Caller.Stakeholder stakeholder = callers.stakeholder()
                .orElseThrow(() -> NotFoundException.coded("problem.notFound.stakeholderPage"));
        Language chosen = Language.fromCodeOrNull(lang);
        PageLocaleResolver.choose(request, languages.of(stakeholder, stakeholder.roundId(),
                chosen != null ? chosen : PageLocaleResolver.chosen(request)));
        return stakeholder;
    }
}
