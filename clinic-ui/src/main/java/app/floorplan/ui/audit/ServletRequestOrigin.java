package app.floorplan.ui.audit;

import app.floorplan.core.audit.RequestOrigin;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client address of the request being served: Spring's request context covers plain HTTP and Vaadin's UIDL
 * requests (the same servlet request), Vaadin's current request covers push. Background threads have neither and
 * record no address.
 *
 * <p>{@code getRemoteAddr()} is the X-Forwarded-For client only when the TCP peer is a trusted proxy: with {@code
 * server.forward-headers-strategy: native} Tomcat's RemoteIpValve trusts loopback and private addresses (its {@code
 * internal-proxies} default). From any other peer the header is ignored, so a client cannot forge its address by
 * sending the header itself (ASVS 5.0 V16.2.1; OWASP Logging Cheat Sheet).
 */
@Component
class ServletRequestOrigin implements RequestOrigin {

    /** IPv6 with a zone id fits; anything longer is not an address and is cut (the column allows 100 bytes). */
    static final int MAX_LENGTH = 64;

    /** What an IPv4 or IPv6 address (with zone id or brackets) consists of; anything else becomes '?'. */
    private static final String NOT_ADDRESS = "[^0-9A-Za-z:.%\\[\\]-]";

    @Override
    public Optional<String> sourceAddress() {
        Optional<String> address = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                ? Optional.ofNullable(web.getRequest().getRemoteAddr())
                : Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getRemoteAddr);
        return address.map(String::strip)
                .filter(text -> !text.isEmpty())
                .map(text -> text.replaceAll(NOT_ADDRESS, "?"))
                .map(text -> text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text);
    }
}
