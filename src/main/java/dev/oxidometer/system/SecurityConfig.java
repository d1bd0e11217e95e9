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
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Who may do what. Everyone reads (views, {@code GET /api/**}, API docs, health); anything that writes needs the
 * EDITOR role: {@code POST/PUT/DELETE /api/**} here, and editor-only views and actions by their annotations.
 *
 * <p>CSRF protection stays on. Browsers log in through the Vaadin login view and carry a session cookie, so their
 * writes must carry the session's CSRF token (Vaadin does this for its own requests; other browser clients get it
 * from {@code GET /api/csrf}). Scripts authenticate every request with HTTP Basic instead and need no token: a
 * request with an {@code Authorization: Basic} header cannot be forged by another site, because a browser only
 * adds such a header by itself after a {@code WWW-Authenticate: Basic} challenge, and this server never sends
 * one (an unauthenticated API call gets a bare 401), while a cross-site script setting the header is stopped by
 * CORS, which is not enabled.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfig {

    public static final String EDITOR = "EDITOR";

    /**
     * The login view's route ({@code ui/LoginView}), named by path so that security does not depend on the views.
     */
    public static final String LOGIN_PATH = "/login";

    private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /** A request that authenticates itself with HTTP Basic, as scripts do. */
    static final RequestMatcher BASIC_AUTH = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) {
        HttpStatusEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                .requestMatchers("/api/**").hasRole(EDITOR)
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                        "/actuator/health", "/actuator/health/**", "/error").permitAll());
        // no WWW-Authenticate challenge: see the class comment
        http.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized));
        http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(unauthorized, API));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(BASIC_AUTH));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_PATH)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
