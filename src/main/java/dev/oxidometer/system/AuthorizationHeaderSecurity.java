package dev.oxidometer.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests that carry an {@code Authorization} header, as scripts send HTTP Basic: they are authenticated by that
 * header alone. Wrong credentials are 401 whatever session cookie comes along (the session is never read: Spring's
 * Basic filter would otherwise skip the password check when the session already belongs to that user name), no
 * session is created, and there is no CSRF token to send, because there is no ambient credential to forge: a
 * browser adds such a header by itself only after a {@code WWW-Authenticate} challenge, which this server never
 * sends (a bare 401), and a cross-site script setting it is stopped by CORS, which is not enabled. Such requests are
 * for the API (and its docs and health) only; views are refused. Failed logins are throttled here too.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationHeaderSecurity {

    /** Any {@code Authorization} header, Basic or not: a scheme this server does not know authenticates nobody. */
    static final RequestMatcher HAS_AUTHORIZATION = request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null;

    @Bean
    @Order(1)
    SecurityFilterChain authorizationHeaderChain(HttpSecurity http, LoginThrottle throttle) {
        HttpStatusEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        http.securityMatcher(HAS_AUTHORIZATION);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                .requestMatchers(HttpMethod.POST, SecurityConfig.CLAIMS_PATH).permitAll()
                .requestMatchers("/api/**").hasRole(SecurityConfig.EDITOR)
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                        "/actuator/health", "/actuator/health/**", "/error").permitAll()
                .anyRequest().denyAll());
        http.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized));
        http.exceptionHandling(e -> e.authenticationEntryPoint(unauthorized));
        http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()));
        http.requestCache(c -> c.disable());
        http.csrf(c -> c.disable());
        http.logout(l -> l.disable());
        http.addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class);
        SecurityHeaders.apply(http);
        return http.build();
    }
}
