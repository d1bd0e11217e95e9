package dev.oxidometer.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Who may do what. Everyone reads (views, {@code GET /api/**}, the claims check {@code POST /api/claims}, API docs,
 * health); a path that is neither a view nor an endpoint is not found (404), never "log in first"; anything that
 * writes needs the EDITOR role: {@code POST/PUT/DELETE /api/**} here, and editor-only views and actions by their
 * annotations.
 *
 * <p>This chain serves browsers: they log in through the Vaadin login view and carry a session cookie, so every
 * write, {@code POST /login} included, must carry the session's CSRF token (Vaadin's own UIDL requests carry
 * Vaadin's token instead; the login form sends Spring's from the page's {@code _csrf} meta tags; other browser
 * clients get it from {@code GET /api/csrf}). Requests with an {@code Authorization} header never reach this
 * chain: {@link AuthorizationHeaderSecurity} authenticates them by that header alone, without a session.
 * Failed logins are throttled ({@link LoginThrottle}); the response headers are {@link SecurityHeaders}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfig {

    public static final String EDITOR = "EDITOR";

    /**
     * The login view's route ({@code ui/LoginView}), named by path so that security does not depend on the views.
     */
    public static final String LOGIN_PATH = "/login";

    /** The claims check of a text: open to readers, it stores nothing (so needs no CSRF token), and is throttled. */
    public static final String CLAIMS_PATH = "/api/claims";

    static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, LoginThrottle throttle) {
        HttpStatusEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                .requestMatchers(HttpMethod.POST, CLAIMS_PATH).permitAll()
                .requestMatchers("/api/**").hasRole(EDITOR)
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                        "/actuator/health", "/actuator/health/**", "/error").permitAll()
                // every page that is not a login-only view is open: an unknown one gets the not-found view and
                // 404 (ui/PageStatus), not the login page; views check their own access (Vaadin annotations)
                .requestMatchers(request -> !API.matches(request) && !vaadinRequests.isSecuredFlowRoute(request))
                .permitAll());
        http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(unauthorized, API));
        // Vaadin's own CSRF setup also exempts the login form's POST: only its internal requests are exempt here
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, CLAIMS_PATH)));
        http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        SecurityHeaders.apply(http);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH)
                .enableCsrfConfiguration(false)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
