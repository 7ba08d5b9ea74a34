package app.floorplan.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.StaffAccounts;
import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.mfa.MfaStore;
import app.floorplan.core.account.mfa.OneTimeCodes;
import app.floorplan.core.account.password.PasswordHasher;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The login form's security through Spring Security's real filter chain (no browser). */
@FloorPlanAppTest
class LoginSecurityTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordHasher hasher;

    @Autowired
    MfaStore mfa;

    @Autowired
    OpenSessions openSessions;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    Account pt;
    // each test logs in from its own address, so address locks of one test never reach another
    final String address = "198.51.100." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250));

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        pt = StaffAccounts.freshPt(accounts, hasher);
    }

    @Test
    void an_unknown_user_name_gets_exactly_the_answer_of_a_wrong_password() throws Exception {
        MockHttpServletResponse unknown = logIn(
                        "nobody-" + UUID.randomUUID(), "whatever-typed-here", new MockHttpSession())
                .getResponse();
        MockHttpServletResponse wrong = logIn(pt.username().value(), "not-the-password", new MockHttpSession())
                .getResponse();

        assertThat(unknown.getStatus()).isEqualTo(wrong.getStatus()).isEqualTo(302);
        assertThat(unknown.getRedirectedUrl())
                .isEqualTo(wrong.getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(unknown.getHeaderNames()).isEqualTo(wrong.getHeaderNames());
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_with_the_same_message() throws Exception {
        long start = lastAuditSequence();
        for (int i = 0; i < 5; i++) {
            logIn(pt.username().value(), "wrong-guess-" + i, new MockHttpSession());
        }

        MvcResult locked = logIn(pt.username().value(), StaffAccounts.PASSWORD, new MockHttpSession());

        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(auditedSince(start, "LOGIN_FAILED")).isEqualTo(5);
        assertThat(auditedSince(start, "LOGIN_THROTTLED")).isEqualTo(1);
    }

    @Test
    void a_login_gets_a_new_session_id_and_the_staff_idle_timeout() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();

        MvcResult result = logIn(pt.username().value(), StaffAccounts.PASSWORD, before);

        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        var session = result.getRequest().getSession(false);
        assertThat(session).isNotNull();
        assertThat(session.getId()).isNotEqualTo(idBefore);
        assertThat(session.getMaxInactiveInterval()).isEqualTo(15 * 60);
    }

    @Test
    void logout_invalidates_the_session_on_the_server_clears_the_cookie_and_is_audited() throws Exception {
        MockHttpSession session = loggedIn();
        long before = lastAuditSequence();

        MvcResult result =
                mvc.perform(post("/logout").session(session).with(csrf())).andReturn();

        assertThat(session.isInvalid()).isTrue();
        assertThat(result.getResponse().getCookie("JSESSIONID")).isNotNull();
        assertThat(result.getResponse().getCookie("JSESSIONID").getMaxAge()).isZero();
        assertThat(auditedSince(before, "LOGOUT")).isEqualTo(1);
    }

    @Test
    void disabling_an_account_ends_its_open_session_and_refuses_its_next_login() throws Exception {
        MockHttpSession session = loggedIn();
        // the servlet container announces its sessions; MockMvc has no container, so the test does it
        openSessions.sessionCreated(new HttpSessionEvent(session));

        accounts.setEnabled(pt.id(), false);
        openSessions.endAll(pt.id());

        assertThat(session.isInvalid()).isTrue();
        assertThat(logIn(pt.username().value(), StaffAccounts.PASSWORD, new MockHttpSession())
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?error");
    }

    @Test
    void an_enrolled_pt_gets_only_the_code_step_after_the_password() throws Exception {
        mfa.enrol(pt.id(), new OneTimeCodes().newSecret(), List.of(), Instant.now());
        MockHttpSession session = loggedIn();

        var authentication = securityContext(session).getAuthentication();
        assertThat(SignInStage.of(authentication)).isEqualTo(SignInStage.CODE_PENDING);
        assertThat(authentication.getAuthorities()).extracting(Object::toString).containsExactly("MFA_PENDING");

        MvcResult page = mvc.perform(get("/patients").session(session).header("Accept", "text/html"))
                .andReturn();
        assertThat(page.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
    }

    @Test
    void a_login_older_than_the_absolute_lifetime_ends_at_its_next_request() throws Exception {
        MockHttpSession session = loggedIn();
        session.setAttribute(
                SignInSessionStrategy.SIGNED_IN_AT,
                Instant.now().minus(12, ChronoUnit.HOURS).minusSeconds(1));

        mvc.perform(get("/patients").session(session).header("Accept", "text/html"));

        assertThat(session.isInvalid()).isTrue();
    }

    private MockHttpSession loggedIn() throws Exception {
        MvcResult result = logIn(pt.username().value(), StaffAccounts.PASSWORD, new MockHttpSession());
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private MvcResult logIn(String username, String password, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login")
                        .session(session)
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn();
    }

    private static SecurityContext securityContext(MockHttpSession session) {
        return (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    /** The chain's sequence numbers order the events exactly, unlike timestamps of tests running back to back. */
    private long lastAuditSequence() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_event")
                .query(Long.class)
                .single();
    }

    private int auditedSince(long afterSequence, String action) {
        return jdbc.sql("select count(*) from audit_event where action = ? and seq > ?")
                .params(action, afterSequence)
                .query(Integer.class)
                .single();
    }
}
