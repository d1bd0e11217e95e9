package dev.oxidometer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Anonymous users read; writes need the EDITOR role; browser sessions need the CSRF token, HTTP Basic scripts do
 * not. The admin password comes from {@code oxidometer.admin.password} (set for tests) and is stored hashed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityTest {

    static final String ADMIN_PASSWORD = "test-admin-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUsers users;
    @Autowired
    PasswordEncoder encoder;

    /** A write that needs an editor but fails after authorization (bad body): 400 means it was let through. */
    private static MockHttpServletRequestBuilder write() {
        return post("/api/import").contentType(MediaType.APPLICATION_JSON).content("{}");
    }

    @Test
    void anonymous_users_read_the_api() throws Exception {
        mvc.perform(get("/api/releases")).andExpect(status().isOk());
        mvc.perform(get("/api/metrics.csv")).andExpect(status().isOk());
        mvc.perform(get("/api/export.json")).andExpect(status().isOk());
        mvc.perform(get("/api/scans")).andExpect(status().isOk());
    }

    @Test
    void anonymous_writes_are_refused_with_401_and_no_basic_challenge() throws Exception {
        mvc.perform(write().with(csrf())).andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
        mvc.perform(post("/api/scans").with(csrf())).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/repositories").with(csrf())).andExpect(status().isUnauthorized());
    }

    @Test
    void a_logged_in_user_without_the_editor_role_may_not_write() throws Exception {
        mvc.perform(write().with(user("reader").roles("READER")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void an_editor_writes_with_the_csrf_token_and_is_refused_without_it() throws Exception {
        mvc.perform(write().with(user("editor").roles("EDITOR"))).andExpect(status().isForbidden());
        mvc.perform(write().with(user("editor").roles("EDITOR")).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        mvc.perform(write().with(user("editor").roles("EDITOR")).with(csrf())).andExpect(status().isBadRequest());
    }

    @Test
    void a_browser_session_gets_its_csrf_token_from_the_api_and_writes_with_it() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult token = mvc.perform(get("/api/csrf").session(session))
                .andExpect(status().isOk()).andExpect(jsonPath("$.headerName").value("X-CSRF-TOKEN"))
                .andReturn();
        String value = com.jayway.jsonpath.JsonPath.read(token.getResponse().getContentAsString(), "$.token");

        mvc.perform(write().session(session).with(user("editor").roles("EDITOR")).header("X-CSRF-TOKEN", value))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_script_writes_with_http_basic_and_the_admin_password_without_a_csrf_token() throws Exception {
        mvc.perform(write().with(httpBasic("admin", ADMIN_PASSWORD))).andExpect(status().isBadRequest());
        mvc.perform(write().with(httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void the_admin_password_is_stored_as_a_bcrypt_hash_only() {
        String hash = users.passwordHash("admin").orElseThrow();

        assertThat(hash).startsWith("$2").doesNotContain(ADMIN_PASSWORD);
        assertThat(encoder.matches(ADMIN_PASSWORD, hash)).isTrue();
        assertThat(users.loadUserByUsername("admin").getAuthorities()).extracting(Object::toString)
                .contains("ROLE_EDITOR");
    }

    @Test
    void the_login_view_api_docs_and_health_are_open_to_everyone() throws Exception {
        // The mock environment has no Vaadin servlet to forward route requests to: failing on that forward shows
        // that Spring Security let the anonymous request for the login view through (else 401/302, no forward).
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mvc.perform(get("/login")
                        .accept(MediaType.TEXT_HTML)))
                .hasMessageContaining("No servlet with name 'springServlet'");
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
