package dev.oxidometer.system;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first editor login. Its password comes from {@code oxidometer.admin.password}; without it, a random password
 * is generated at first start, printed once in the log and stored hashed only. There is no built-in default.
 */
@Component
class AdminAccount implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);
    static final String ROLES = SecurityConfig.EDITOR + ",ADMIN";

    private final AppUsers users;
    private final PasswordEncoder encoder;
    private final OxidometerProperties properties;

    AdminAccount(AppUsers users, PasswordEncoder encoder, OxidometerProperties properties) {
        this.users = users;
        this.encoder = encoder;
        this.properties = properties;
    }

    /** Before the web server takes requests, so that nobody can log in before the account exists. */
    @Override
    public void afterSingletonsInstantiated() {
        String username = properties.admin().username();
        String configured = properties.admin().password();
        var stored = users.passwordHash(username);
        if (configured != null && !configured.isBlank()) {
            if (stored.isEmpty()) {
                users.create(username, encoder.encode(configured), ROLES);
                log.info("Created the editor login '{}' with the password from oxidometer.admin.password", username);
            } else if (!encoder.matches(configured, stored.get())) {
                users.changePassword(username, encoder.encode(configured));
                log.info("Set the password of '{}' from oxidometer.admin.password", username);
            }
        } else if (stored.isEmpty()) {
            String generated = generatePassword();
            users.create(username, encoder.encode(generated), ROLES);
            log.warn("""

                    ================================================================================
                    Created the editor login '{}' with the generated password:

                        {}

                    It is shown only this once and stored hashed. To choose a password instead, start
                    with --oxidometer.admin.password=... (or OXIDOMETER_ADMIN_PASSWORD).
                    ================================================================================""",
                    username, generated);
        }
    }

    static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
