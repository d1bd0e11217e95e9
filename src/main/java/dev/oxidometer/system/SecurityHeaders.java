package dev.oxidometer.system;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every page and API answer carries. The Content-Security-Policy is as strict as Vaadin
 * Flow allows: its bootstrap page starts the client engine with an inline script and the engine builds functions
 * from the expressions the server sends ({@code 'unsafe-inline' 'unsafe-eval'} for scripts, {@code 'unsafe-inline'}
 * for styles, see Vaadin's "Content Security Policy" page); everything is loaded from this origin only, no plugins,
 * no framing by other sites. HSTS is sent on HTTPS requests only (Spring Security's default), so a plain-HTTP
 * localhost is not pinned to TLS.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    static void apply(HttpSecurity http) {
        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentTypeOptions(c -> { })
                .frameOptions(f -> f.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }
}
