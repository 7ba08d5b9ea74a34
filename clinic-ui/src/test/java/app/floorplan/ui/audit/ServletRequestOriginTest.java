package app.floorplan.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class ServletRequestOriginTest {

    private final ServletRequestOrigin origin = new ServletRequestOrigin();

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void the_address_is_the_peer_the_server_saw_not_a_header_the_client_sent() {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.20");
        request.addHeader("X-Forwarded-For", "192.0.2.99");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(origin.sourceAddress()).contains("203.0.113.20");
    }

    @Test
    void an_ipv6_address_is_kept_and_anything_that_is_not_an_address_is_neutralised() {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("2001:db8::1%eth0");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        assertThat(origin.sourceAddress()).contains("2001:db8::1%eth0");

        request.setRemoteAddr("1.2.3.4\n=cmd|' /C calc'!A0" + "x".repeat(100));
        assertThat(origin.sourceAddress()).hasValueSatisfying(address -> assertThat(address)
                .hasSize(ServletRequestOrigin.MAX_LENGTH)
                .startsWith("1.2.3.4??cmd??")
                .doesNotContain("\n", " ", "|", "'", "="));
    }

    @Test
    void background_work_outside_a_request_records_no_address() {
        assertThat(origin.sourceAddress()).isEmpty();
    }
}
