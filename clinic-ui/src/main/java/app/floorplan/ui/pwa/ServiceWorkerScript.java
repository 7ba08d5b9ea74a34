package app.floorplan.ui.pwa;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code /sw.js} with FloorPlan's own service worker (ADR 0016) before Vaadin's static handler can: the worker
 * in Vaadin's prebuilt production bundle falls back to the application shell offline, which cannot run without the
 * server, and only a frontend build (Node 24) could change that. {@code no-cache}, so a new version reaches phones at
 * once.
 */
final class ServiceWorkerScript extends OncePerRequestFilter {

    static final String PATH = "/sw.js";

    private final byte[] script;

    ServiceWorkerScript() {
        try (InputStream in = ServiceWorkerScript.class.getResourceAsStream("sw.js")) {
            if (in == null) {
                throw new IllegalStateException("sw.js is missing from the application");
            }
            script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !PATH.equals(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.setContentType("text/javascript;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(script.length);
        response.getOutputStream().write(script);
    }
}
