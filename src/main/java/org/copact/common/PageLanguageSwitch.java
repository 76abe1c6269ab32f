package org.copact.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The language switch of every page ({@code ?lang=ro}): the language chosen is kept for the rest
 * of the visit, on the login page and the facilitators' pages as on the stakeholders'; a staff
 * member's choice becomes their profile language, kept for their next visits. A code Copact does
 * not speak changes nothing. The JSON API reads its own {@code lang} and keeps no choice.
 */
@Configuration(proxyBeanMethods = false)
class PageLanguageSwitch implements WebMvcConfigurer, HandlerInterceptor {

    static final String PARAMETER = "lang";

    private final ObjectProvider<PersonalLanguage> personal;

    PageLanguageSwitch(ObjectProvider<PersonalLanguage> personal) {
        this.personal = personal;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/engine-rest/**", "/camunda/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Language asked = Language.fromCodeOrNull(request.getParameter(PARAMETER));
        if (asked != null) {
            PageLocaleResolver.choose(request, asked);
            personal.ifAvailable(person -> person.chosen(asked));
        }
        return true;
    }
}
