package dev.oxidometer.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is looking: editors (role EDITOR) may rescan; everyone else reads. */
@Component
public class Editors {

    static final String ROLE = "ROLE_EDITOR";

    private final ObjectProvider<AuthenticationContext> authenticationContext;

    public Editors(ObjectProvider<AuthenticationContext> authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public boolean isEditor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(ROLE::equals);
    }

    public String userName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "" : auth.getName();
    }

    public void logout() {
        AuthenticationContext context = authenticationContext.getIfAvailable();
        if (context != null) {
            context.logout();
        }
    }
}
