package app.floorplan.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every route and who may open it. A new view without an access annotation, or with different roles than listed
 * here, fails the build until this matrix is updated on purpose.
 */
class RouteAccessMatrixTest {

    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("login", "anonymous"),
            Map.entry("", "any logged-in user"),
            Map.entry("accounts", "ADMIN"),
            Map.entry("admin/audit", "ADMIN"),
            Map.entry("admin/clinic-settings", "ADMIN"),
            Map.entry("patients", "ADMIN,PT"),
            Map.entry("patients/new", "ADMIN,PT"),
            Map.entry("patients/:patientId", "ADMIN,PT"),
            Map.entry("patients/:patientId/details", "ADMIN,PT"),
            Map.entry("patients/:patientId/intake", "PT"),
            Map.entry("patients/:patientId/assessments/new", "PT"),
            Map.entry("patients/:patientId/assessments/compare", "PT"),
            Map.entry("patients/:patientId/assessments/:assessmentId", "PT"),
            Map.entry("patients/:patientId/program", "PT"),
            Map.entry("exercises", "ADMIN,PT"),
            Map.entry("my-plan", "PATIENT"),
            Map.entry("activate/:token", "anonymous"),
            Map.entry("reset-password/:token", "anonymous"),
            Map.entry("forgot-password", "anonymous"),
            Map.entry("change-password", "any logged-in user"),
            // open to a half-finished login (no role yet); the use cases behind them check the role themselves
            Map.entry("login/code", "any logged-in user"),
            Map.entry("sign-in-security", "any logged-in user"),
            Map.entry("my-plan/today", "PATIENT"),
            Map.entry("my-plan/session", "PATIENT"),
            Map.entry("my-plan/reminders", "PATIENT"),
            Map.entry("my-questionnaires/:assignmentId", "PATIENT"),
            Map.entry("my-diary", "PATIENT"),
            Map.entry("my-progress", "PATIENT"),
            Map.entry("patients/:patientId/progress-summary", "PT"),
            Map.entry("my-record", "PATIENT"),
            Map.entry("alerts", "PT"));

    @Test
    void every_route_declares_exactly_the_roles_in_the_matrix() {
        Map<String, String> actual = new TreeMap<>();
        for (JavaClass view : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.floorplan")) {
            if (view.isAnnotatedWith(Route.class)) {
                Class<?> type = view.reflect();
                actual.put(type.getAnnotation(Route.class).value(), access(type));
            }
        }
        assertThat(actual).isEqualTo(new TreeMap<>(EXPECTED));
    }

    private static String access(Class<?> view) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return "anonymous";
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return "any logged-in user";
        }
        if (view.isAnnotationPresent(DenyAll.class)) {
            return "nobody";
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            return "UNDECLARED (denied by Vaadin, but say so explicitly)";
        }
        return Arrays.stream(roles.value()).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
    }
}
