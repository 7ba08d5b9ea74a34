package app.floorplan.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a half-finished login (password given, code or enrolment owed) from any page address to the step it owes,
 * so it never lands on a "not found" page. Only full page loads are redirected; everything else such a login asks
 * for is refused anyway, because it holds no role.
 */
class SignInStageFilter extends OncePerRequestFilter {

    static final String CODE_PATH = "/login/code";
    static final String ENROLMENT_PATH = "/sign-in-security";
    private static final Set<String> ALWAYS_OPEN = Set.of("/login", "/logout", CODE_PATH, ENROLMENT_PATH);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String target =
                switch (SignInStage.of(SecurityContextHolder.getContext().getAuthentication())) {
                    case COMPLETE -> null;
                    case CODE_PENDING -> CODE_PATH;
                    case ENROLMENT_PENDING -> ENROLMENT_PATH;
                };
        if (target != null && isPageLoad(request) && !ALWAYS_OPEN.contains(pathOf(request))) {
            response.sendRedirect(request.getContextPath() + target);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isPageLoad(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return HttpMethod.GET.matches(request.getMethod())
                && request.getParameter("v-r") == null
                && accept != null
                && accept.contains("text/html");
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
