package app.floorplan.ui.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The browser-side defences on every response (OWASP ASVS 5.0 V3.4). Spring Security's defaults stay on: {@code
 * X-Content-Type-Options: nosniff}, {@code Cache-Control: no-store} on every response that has not set its own caching
 * (Vaadin's static bundle files do), and HSTS only on requests that arrived over TLS (RFC 6797 section 7.2 forbids it
 * over plain HTTP).
 */
final class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

    /**
     * Vaadin Flow's client evaluates the JavaScript the server sends ({@code new Function}) and its bootstrap page holds
     * inline scripts, and its web components set inline styles: so {@code 'unsafe-inline'} and {@code 'unsafe-eval'}
     * stay for scripts and styles (Vaadin docs, "Security: frequent issues"). Everything else is locked to the
     * application's own origin; no plug-ins, no framing (ASVS 3.4.3, 3.4.6), no foreign form targets. {@code base-uri}
     * is {@code 'self'}, not {@code 'none'} as ASVS 3.4.3 asks: Vaadin's bootstrap page sets {@code <base href>}.
     * {@code 'self'} covers the same-origin WebSocket of Vaadin push and the dev-mode tools in CSP level 3 browsers.
     * {@code img-src} allows {@code data:}: the TOTP enrolment page shows its QR code as a {@code data:} URI image.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** No page of FloorPlan needs the camera, microphone, location, payment or USB APIs: a script never gets them. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Override
    public void customize(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                // activation and reset links carry a token in the URL: never hand it to another site (ASVS 3.4.5)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }
}
