package org.copact.tasks;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.copact.common.Language;
import org.copact.tasks.CompletionGuard.CopactTask;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the doors outside Copact (the engine's REST API, Tasklist) say of a Copact task, in the
 * language the caller's browser or client asks for: that it is done in Copact, by whom, and where.
 */
@Component
class OutsideExplanations {

    private final MessageSource messages;

    OutsideExplanations(MessageSource messages) {
        this.messages = messages;
    }

    /** the first of the languages the request accepts that Copact speaks, else English */
    static Language language(HttpServletRequest request) {
        for (Locale locale : Collections.list(request.getLocales())) {
            Optional<Language> spoken = Language.fromCode(locale.getLanguage());
            if (spoken.isPresent()) {
                return spoken.get();
            }
        }
        return Language.EN;
    }

    String title(Language language) {
        return text("outside.title", language);
    }

    /** why a completion was refused and where the task is done, {@code baseUrl} before the page's path */
    String refusal(CopactTask task, Language language, String baseUrl) {
        return messages.getMessage("outside.refused", new Object[] {name(task, language)}, language.locale()) + " "
                + who(task, language) + " "
                + messages.getMessage("outside.at", new Object[] {baseUrl + task.completedAt()}, language.locale());
    }

    /** the same, as Markdown for a form-js text, with links to the task's page (a facilitators' task) and its round */
    String card(CopactTask task, Language language) {
        StringBuilder card = new StringBuilder("## ").append(name(task, language)).append("\n\n")
                .append(text("outside.card.intro", language)).append("\n\n")
                .append(who(task, language)).append("\n\n");
        if (task.forFacilitators() || task.roundId() == null) {
            card.append(link(text("outside.card.openTask", language), task.taskPage())).append("\n\n");
        }
        if (task.roundId() != null) {
            card.append(link(text("outside.card.openRound", language), task.roundPage())).append("\n");
        }
        return card.toString();
    }

    private String who(CopactTask task, Language language) {
        return text(task.forFacilitators() ? "outside.who.facilitators" : "outside.who.stakeholder", language);
    }

    private String name(CopactTask task, Language language) {
        return messages.getMessage("task." + task.taskKey() + ".name", null,
                task.name() == null ? task.taskKey() : task.name(), language.locale());
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }

    private static String link(String text, String path) {
        return "[" + text + "](" + path + ")";
    }
}
