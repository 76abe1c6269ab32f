package org.copact.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.context.MessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.LocaleResolver;
import java.util.Locale;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * Who may reach what. Facilitators and administrators log in (a form in the browser, HTTP Basic
 * for API clients); stakeholders get a session from their personal link; Camunda's webapps under
 * /camunda keep their own login, and the engine's REST API is for administrators only.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String BASIC = "Basic ";

    static final String FACILITATOR = StaffRole.FACILITATOR.name();
    static final String ADMIN = StaffRole.ADMIN.name();

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper objectMapper, StaffUserRepository users,
            StakeholderLinks links, MessageSource messages, ObjectProvider<LocaleResolver> languages) throws Exception {
        // in the caller's language, as every other problem: the page's choice, a profile's, the browser's
        AuthenticationEntryPoint apiEntryPoint = (request, response, e) -> writeProblem(request, response,
                objectMapper, messages, languages, HttpStatus.UNAUTHORIZED, "problem.detail.unauthenticated");
        AccessDeniedHandler apiDenied = (request, response, e) -> writeProblem(request, response, objectMapper,
                messages, languages, HttpStatus.FORBIDDEN,
                e instanceof CsrfException ? "problem.detail.csrf" : "problem.detail.forbidden");
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/s/**", "/login", "/error", "/actuator/health", "/css/**", "/js/**").permitAll()
                // anyone may check a pact: it answers no personal data, a few times a minute per client
                .requestMatchers("/verify", "/api/public/**").permitAll()
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                // the webapps authenticate against Camunda's own identity service
                .requestMatchers("/camunda/**").permitAll()
                .requestMatchers("/engine-rest/**").hasRole(ADMIN)
                .requestMatchers("/api/tasks/**").authenticated()
                .requestMatchers("/api/admin/**", "/admin/**").hasRole(ADMIN)
                // a signatory withdraws from a pact in force through its own session; the controller checks whose
                .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/rounds/*/withdrawals").authenticated()
                .requestMatchers("/api/**").hasAnyRole(FACILITATOR, ADMIN)
                .requestMatchers("/dev/**").hasAnyRole(FACILITATOR, ADMIN)
                .requestMatchers("/rounds/**", "/rounds").hasAnyRole(FACILITATOR, ADMIN)
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/rounds", false))
            .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint))
            .exceptionHandling(ex -> ex
                .defaultAuthenticationEntryPointFor(apiEntryPoint, new AntPathRequestMatcher("/api/**"))
                .defaultAuthenticationEntryPointFor(apiEntryPoint, new AntPathRequestMatcher("/engine-rest/**"))
                // nobody but a stakeholder has a page under /my: without a live link's session, theirs has ended
                .defaultAuthenticationEntryPointFor(InvalidLinkPage::ended, new AntPathRequestMatcher("/my/**"))
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                        AntPathRequestMatcher.antMatcher("/**"))
                .defaultAccessDeniedHandlerFor(apiDenied, new AntPathRequestMatcher("/api/**")))
            .csrf(csrf -> csrf
                // a browser session carries the token from the XSRF-TOKEN cookie back in a header;
                // API clients that send their credentials on every request have no session to ride
                .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                // only one that really sends HTTP Basic credentials: any other Authorization header
                // authenticates nothing here, and the session cookie beside it would ride unchecked
                .ignoringRequestMatchers(SecurityConfiguration::sendsBasicCredentials)
                .ignoringRequestMatchers("/camunda/**", "/engine-rest/**", "/api/public/**"))
            .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
            .addFilterAfter(new StaffSessionCheck(users), BasicAuthenticationFilter.class)
            .addFilterAfter(new StakeholderSessionCheck(links), BasicAuthenticationFilter.class)
            .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    private static boolean sendsBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.length() > BASIC.length()
                && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())
                && !authorization.substring(BASIC.length()).isBlank();
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response,
            ObjectMapper objectMapper, MessageSource messages, ObjectProvider<LocaleResolver> languages,
            HttpStatus status, String detailKey) throws java.io.IOException {
        Locale locale = languages.getObject().resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, null, locale));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, locale));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
