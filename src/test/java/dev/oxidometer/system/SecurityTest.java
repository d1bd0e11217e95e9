package dev.oxidometer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
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

    // ---- issue 12, findings 1 and 3: the Authorization header alone authenticates; login needs CSRF ----

    /** A real form login with the CSRF token: the session it returns belongs to the admin. */
    private MockHttpSession adminSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).with(from("198.51.100.1"))
                        .param("username", "admin").param("password", ADMIN_PASSWORD))
                .andExpect(status().is3xxRedirection()).andExpect(authenticated().withUsername("admin"));
        return session;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void wrong_basic_credentials_are_401_even_with_the_same_users_logged_in_session_cookie() throws Exception {
        MockHttpSession session = adminSession();
        mvc.perform(write().session(session).with(httpBasic("admin", "WRONG")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/articles").session(session).with(httpBasic("admin", "WRONG"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"https://example.org/x\",\"title\":\"t\",\"publishedAt\":\"2026-01-01\"}"))
                .andExpect(status().isUnauthorized());
        // an Authorization header of another scheme authenticates nobody, session or not
        mvc.perform(write().session(session).header("Authorization", "Bearer whatever"))
                .andExpect(status().isUnauthorized());
        // the session itself still writes, with its CSRF token
        mvc.perform(write().session(session).with(csrf())).andExpect(status().isBadRequest());
    }

    @Test
    void basic_requests_never_use_or_create_a_session() throws Exception {
        MvcResult result = mvc.perform(write().with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        MvcResult read = mvc.perform(get("/api/releases").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        assertThat(read.getRequest().getSession(false)).isNull();
    }

    @Test
    void the_login_form_is_refused_without_a_csrf_token() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", ADMIN_PASSWORD).with(from("198.51.100.2")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").with(csrf().useInvalidToken()).with(from("198.51.100.2"))
                        .param("username", "admin").param("password", ADMIN_PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void writes_accept_only_their_declared_content_type() throws Exception {
        mvc.perform(post("/api/import").with(httpBasic("admin", ADMIN_PASSWORD)).contentType(MediaType.TEXT_PLAIN)
                        .content("{}"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/import").with(httpBasic("admin", ADMIN_PASSWORD)).content("{}"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/articles").with(httpBasic("admin", ADMIN_PASSWORD)).contentType(MediaType.TEXT_PLAIN)
                        .content("{}"))
                .andExpect(status().isUnsupportedMediaType());
    }

    // ---- issue 12, finding 2: failed logins are throttled ----

    @Test
    void after_ten_failed_form_logins_even_the_right_password_gets_429_with_retry_after() throws Exception {
        users.create("throttled-form", encoder.encode("right-password"), "EDITOR");
        for (int i = 0; i < LoginThrottle.FAILURES_PER_MINUTE; i++) {
            mvc.perform(post("/login").with(csrf()).with(from("203.0.113.10"))
                            .param("username", "throttled-form").param("password", "guess" + i))
                    .andExpect(status().is3xxRedirection());   // back to /login?error
        }
        mvc.perform(post("/login").with(csrf()).with(from("203.0.113.99"))
                        .param("username", "throttled-form").param("password", "right-password"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("6[0-9]|[7-9][0-9]|\\d{3,}")));
        // the address is locked as well, for any user name
        mvc.perform(post("/login").with(csrf()).with(from("203.0.113.10"))
                        .param("username", "admin").param("password", ADMIN_PASSWORD))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void after_ten_failed_basic_logins_even_the_right_password_gets_429_with_retry_after() throws Exception {
        users.create("throttled-basic", encoder.encode("right-password"), "EDITOR");
        for (int i = 0; i < LoginThrottle.FAILURES_PER_MINUTE; i++) {
            mvc.perform(write().with(httpBasic("throttled-basic", "guess" + i)).with(from("203.0.113.20")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(write().with(httpBasic("throttled-basic", "right-password")).with(from("203.0.113.21")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("6[0-9]|[7-9][0-9]|\\d{3,}")));
        mvc.perform(get("/api/releases").with(httpBasic("throttled-basic", "right-password")).with(from("203.0.113.22")))
                .andExpect(status().isTooManyRequests());
    }

    // ---- issue 12, finding 9: security headers ----

    @Test
    void every_answer_carries_a_content_security_policy_and_the_other_security_headers() throws Exception {
        for (MockHttpServletRequestBuilder request : java.util.List.of(get("/api/releases"),
                get("/api/releases").with(httpBasic("admin", ADMIN_PASSWORD)), get("/v3/api-docs"))) {
            mvc.perform(request)
                    .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.containsString("script-src 'self'"),
                            org.hamcrest.Matchers.containsString("style-src 'self'"),
                            org.hamcrest.Matchers.containsString("object-src 'none'"),
                            org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().doesNotExist("Strict-Transport-Security"));
        }
        mvc.perform(get("/api/releases").secure(true))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=")));
    }

    @Test
    void the_session_cookie_is_same_site_lax(@Autowired org.springframework.core.env.Environment env) {
        // MockMvc has no servlet container to write the cookie: the browser test SecurityHeadersIT reads it off
        // a real response; here the setting that Boot hands to Tomcat
        assertThat(env.getProperty("server.servlet.session.cookie.same-site")).isEqualToIgnoringCase("lax");
    }
}
