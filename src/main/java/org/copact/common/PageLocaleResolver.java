package org.copact.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of the pages: the one the person last chose or was given (kept in their session),
 * else the one their browser asks for if Copact speaks it, else English. The pages set it from the
 * stakeholder's own language on their first visit, so they never need to look for the switch.
 */
@Component("localeResolver")
public class PageLocaleResolver implements LocaleResolver {

    static final String SESSION_KEY = "copact.language";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Language language) {
            return language.locale();
        }
        Locale asked = request.getLocale();
        return Language.fromCode(asked == null ? null : asked.getLanguage()).orElse(Language.EN).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Language language = locale == null ? null : Language.fromCodeOrNull(locale.getLanguage());
        request.getSession(true).setAttribute(SESSION_KEY, language == null ? Language.EN : language);
    }

    public static Language chosen(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_KEY) instanceof Language language ? language : null;
    }

    public static void choose(HttpServletRequest request, Language language) {
        request.getSession(true).setAttribute(SESSION_KEY, language);
    }
}
