package org.copact.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The language switch of every page ({@code ?lang=ro}): the language chosen is kept for the rest
 * of the visit, on the login page and the facilitators' pages as on the stakeholders'. It is taken
 * before the login is asked for, so that a signed-out staff member who follows a link with
 * {@code ?lang=it} gets the login page, and then the page they came from, in Italian. A staff
 * member who switches while signed in also makes it their profile language, kept for their next
 * visits; a language that only came with a link (the same as the visit's already) changes no
 * profile. A code Copact does not speak changes nothing. The JSON API reads its own {@code lang}
 * and keeps no choice.
 */
@Configuration(proxyBeanMethods = false)
class PageLanguageSwitch implements WebMvcConfigurer, HandlerInterceptor {

    static final String PARAMETER = "lang";

    /** the language this request switched the visit to, when the visit spoke another (or none chosen) before */
    private static final String SWITCHED = PageLanguageSwitch.class.getName() + ".switched";

    private final ObjectProvider<PersonalLanguage> personal;

    PageLanguageSwitch(ObjectProvider<PersonalLanguage> personal) {
        this.personal = personal;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/engine-rest/**", "/camunda/**");
    }

    /** Runs before Spring Security, which would send a signed-out visitor to the login page without the choice. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> pageLanguageBeforeLogin() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new BeforeLogin());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Language asked = switchTo(request);
        if (asked != null && asked == request.getAttribute(SWITCHED)) {
            personal.ifAvailable(person -> person.chosen(asked));
        }
        return true;
    }

    /** keeps the language asked for in the visit; the one asked for, null if none Copact speaks */
    private static Language switchTo(HttpServletRequest request) {
        Language asked = Language.fromCodeOrNull(request.getParameter(PARAMETER));
        if (asked != null && PageLocaleResolver.chosen(request) != asked) {
            request.setAttribute(SWITCHED, asked);
            PageLocaleResolver.choose(request, asked);
        }
        return asked;
    }

    /**
     * The visit's choice for a page asked with GET, before any login is asked for. Only GET: reading
     * the parameters of another method would read its body before the page does.
     */
    private static final class BeforeLogin extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return !"GET".equals(request.getMethod()) || request.getQueryString() == null
                    || path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            switchTo(request);
            chain.doFilter(request, response);
        }
    }
}
