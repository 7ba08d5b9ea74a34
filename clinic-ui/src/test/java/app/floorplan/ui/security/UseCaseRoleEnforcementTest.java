package app.floorplan.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.Role;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The use-case annotations are enforced at run time, not only declared: every {@code @RolesAllowed} method of every
 * use-case bean, called as each role it does not allow, is refused before it runs, and the refusal is audited. The
 * declared roles themselves are pinned by core's {@code UseCaseAccessMatrixTest}; a new use case joins here by itself.
 */
@FloorPlanAppTest
class UseCaseRoleEnforcementTest {

    private static final Map<Role, String> LOGIN = Map.of(
            Role.ADMIN, DemoClinic.ADMIN.username(),
            Role.PT, DemoClinic.PT.username(),
            Role.PATIENT, DemoClinic.PATIENT_ANNA.username());

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        Logins.logout();
    }

    static Stream<Arguments> refusedCalls() {
        return useCaseClasses().stream()
                .flatMap(useCase -> Arrays.stream(useCase.getDeclaredMethods()))
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .filter(method -> method.isAnnotationPresent(RolesAllowed.class))
                .flatMap(method -> Arrays.stream(Role.values())
                        .filter(role -> !Arrays.asList(
                                        method.getAnnotation(RolesAllowed.class).value())
                                .contains(role.name()))
                        .map(role -> Arguments.of(
                                method.getDeclaringClass().getSimpleName() + "#" + method.getName(), role, method)));
    }

    @ParameterizedTest(name = "{0} as {1} is refused")
    @MethodSource("refusedCalls")
    void a_role_the_use_case_does_not_allow_is_refused_before_it_runs(String name, Role role, Method method) {
        Object useCase = context.getBean(method.getDeclaringClass());
        new Logins(users, jdbc).as(LOGIN.get(role));
        long deniedBefore = deniedEvents();

        Throwable thrown = catchThrowable(() -> method.invoke(useCase, placeholders(method)));

        assertThat(thrown).isInstanceOf(InvocationTargetException.class);
        assertThat(thrown.getCause()).as(name).isInstanceOf(AccessDeniedException.class);
        assertThat(deniedEvents()).isEqualTo(deniedBefore + 1);
    }

    private long deniedEvents() {
        return jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and outcome = 'DENIED'")
                .query(Long.class)
                .single();
    }

    /** Arguments never read: method security refuses before the body runs. */
    private static Object[] placeholders(Method method) {
        return Arrays.stream(method.getParameterTypes())
                .map(type -> type == int.class
                        ? (Object) 0
                        : type == long.class ? (Object) 0L : type == boolean.class ? (Object) false : null)
                .toArray();
    }

    /** The same definition as core's matrix test: a core class that takes the current actor. */
    private static java.util.List<Class<?>> useCaseClasses() {
        return new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("app.floorplan.core")
                        .stream()
                        .map(JavaClass::reflect)
                        .filter(type -> !type.isInterface())
                        .filter(type -> Arrays.stream(type.getDeclaredConstructors())
                                .anyMatch(c ->
                                        Arrays.asList(c.getParameterTypes()).contains(CurrentActor.class)))
                        .toList();
    }
}
