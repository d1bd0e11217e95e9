package dev.oxidometer.ui.news;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking: editors see write actions, everyone else reads. The services behind the actions are protected
 * too (the REST API by system/SecurityConfig); hiding the buttons is for the reader's sake.
 */
@Component
public class EditorAccess {

    public boolean isEditor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> "ROLE_EDITOR".equals(a.getAuthority()));
    }

    /** The user name stored with links and articles; null for a reader. */
    public String userName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return isEditor() ? auth.getName() : null;
    }
}
