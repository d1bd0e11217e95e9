package dev.oxidometer.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Who is looking: editors (role {@value SecurityConfig#EDITOR}) see write actions, everyone else reads. The
 * services behind the actions are protected too (the REST API by {@link SecurityConfig}); hiding the buttons is
 * for the reader's sake.
 */
@Component
public class Editors {

    /** The editor role as Spring Security grants it. */
    static final String AUTHORITY = "ROLE_" + SecurityConfig.EDITOR;

    private final ObjectProvider<AuthenticationContext> authenticationContext;

    public Editors(ObjectProvider<AuthenticationContext> authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public boolean isEditor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(AUTHORITY::equals);
    }

    /** The editor's user name, stored with what they write; null for a reader. */
    public String userName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return isEditor() ? auth.getName() : null;
    }

    public void logout() {
        AuthenticationContext context = authenticationContext.getIfAvailable();
        if (context != null) {
            context.logout();
        }
    }
}
