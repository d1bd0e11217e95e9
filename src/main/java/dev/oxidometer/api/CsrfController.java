package dev.oxidometer.api;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CSRF token of the caller's session, for browser-based clients that are logged in with a session and write
 * through the API: send it back in the named header.
 */
@RestController
class CsrfController {

    record Csrf(String headerName, String parameterName, String token) {
    }

    @GetMapping("/api/csrf")
    Csrf csrf(CsrfToken token) {
        if (token == null) {
            throw new IllegalArgumentException("A request with an Authorization header has no session and needs no"
                    + " CSRF token");
        }
        return new Csrf(token.getHeaderName(), token.getParameterName(), token.getToken());
    }
}
