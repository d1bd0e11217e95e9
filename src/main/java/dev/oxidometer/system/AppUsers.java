package dev.oxidometer.system;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Logins, stored in the {@code app_user} table with BCrypt password hashes. */
@Service
public class AppUsers implements UserDetailsService {

    private final JdbcClient jdbc;

    public AppUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, roles FROM app_user WHERE username = ?").param(username)
                .query((rs, n) -> User.withUsername(rs.getString(1)).password(rs.getString(2))
                        .roles(Arrays.stream(rs.getString(3).split(",")).map(String::strip)
                                .filter(r -> !r.isEmpty()).toArray(String[]::new))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username).query(String.class)
                .optional();
    }

    void create(String username, String passwordHash, String roles) {
        jdbc.sql("INSERT INTO app_user (username, password_hash, roles, created_at) VALUES (?, ?, ?, ?)")
                .params(username, passwordHash, roles, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .update();
    }

    void changePassword(String username, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?").params(passwordHash, username).update();
    }
}
