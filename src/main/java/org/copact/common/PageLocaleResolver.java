package org.copact.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of the pages and of the API's answers. The language chosen or given in this visit
 * comes first, for the rest of it (kept in the session: {@code ?lang=} on any page, before or after
 * the login; a stakeholder's own language is given on their first page); then the person's own (a
 * staff member's profile language, which so applies at login when the visit chose none, and in
 * each later visit); then the one their browser asks for if Copact speaks it; else English. The
 * JSON API keeps no choice: {@code ?lang=} of the request, else the person's own language, else the
 * browser's.
 */
@Component("localeResolver")
public class PageLocaleResolver implements LocaleResolver {

    static final String SESSION_KEY = "copact.language";
    private static final String RESOLVED = PageLocaleResolver.class.getName() + ".resolved";

    private final ObjectProvider<PersonalLanguage> personal;

    PageLocaleResolver(ObjectProvider<PersonalLanguage> personal) {
        this.personal = personal;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(RESOLVED) instanceof Language resolved) {
            return resolved.locale();
        }
        Language language = resolve(request);
        request.setAttribute(RESOLVED, language);
        return language.locale();
    }

    private Language resolve(HttpServletRequest request) {
        PersonalLanguage person = personal.getIfAvailable();
        if (isApi(request)) {
            Language asked = Language.fromCodeOrNull(request.getParameter(PageLanguageSwitch.PARAMETER));
            if (asked != null) {
                return asked;
            }
            Optional<Language> own = person == null ? Optional.empty() : person.current();
            return own.orElseGet(() -> browser(request));
        }
        Language chosen = chosen(request);
        if (chosen != null) {
            return chosen;
        }
        Optional<Language> own = person == null ? Optional.empty() : person.current();
        return own.orElseGet(() -> browser(request));
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    private static Language browser(HttpServletRequest request) {
        for (Locale asked : Collections.list(request.getLocales())) {
            Optional<Language> spoken = Language.fromCode(asked.getLanguage());
            if (spoken.isPresent()) {
                return spoken.get();
            }
        }
        return Language.EN;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Language language = locale == null ? null : Language.fromCodeOrNull(locale.getLanguage());
        choose(request, language == null ? Language.EN : language);
    }

    public static Language chosen(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_KEY) instanceof Language language ? language : null;
    }

    /** the language of the rest of this visit; the pages of this request speak it from now on */
    public static void choose(HttpServletRequest request, Language language) {
        request.getSession(true).setAttribute(SESSION_KEY, language);
        request.removeAttribute(RESOLVED);
    }
}
