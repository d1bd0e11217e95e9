package dev.oxidometer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(AppUsers.class)
@ExtendWith(OutputCaptureExtension.class)
class AdminAccountTest {

    @Autowired
    AppUsers users;

    private final PasswordEncoder encoder = new BCryptPasswordEncoder();

    private AdminAccount admin(String password) {
        return new AdminAccount(users, encoder, new OxidometerProperties(null, List.of(), List.of(),
                new OxidometerProperties.Admin("root", password), "-", false, false));
    }

    @Test
    void without_a_configured_password_one_is_generated_printed_once_and_stored_hashed(CapturedOutput output) {
        admin(null).afterSingletonsInstantiated();

        Matcher printed = Pattern.compile("generated password:\\s+(\\S+)").matcher(output.getOut());
        assertThat(printed.find()).as("the password is printed").isTrue();
        String password = printed.group(1);
        String hash = users.passwordHash("root").orElseThrow();
        assertThat(hash).startsWith("$2").doesNotContain(password);
        assertThat(encoder.matches(password, hash)).isTrue();

        admin(null).afterSingletonsInstantiated();

        assertThat(Pattern.compile("generated password").matcher(output.getOut()).results().count())
                .as("printed only at first start").isEqualTo(1);
        assertThat(users.passwordHash("root")).hasValue(hash);
    }

    @Test
    void a_configured_password_replaces_the_stored_one() {
        admin("first-password").afterSingletonsInstantiated();
        admin("second-password").afterSingletonsInstantiated();

        String hash = users.passwordHash("root").orElseThrow();
        assertThat(encoder.matches("second-password", hash)).isTrue();
        assertThat(encoder.matches("first-password", hash)).isFalse();
    }
}
