package app.floorplan.ui.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * clinic-ui's feature packages do not lean on each other in circles, and its views reach the clinic's data only through
 * core's use cases: only the {@code *Configuration} classes, which wire the use cases, see a repository or JDBC
 * (architecture.md).
 */
class UiArchitectureTest {

    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.floorplan.ui");

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching("app.floorplan.ui.(*)..").should().beFreeOfCycles().check(UI);
    }

    @Test
    void only_configurations_see_repositories() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Configuration")
                .should()
                .dependOnClassesThat(resideInAPackage("app.floorplan.core..").and(simpleNameEndingWith("Repository")))
                .because("a view reaches the clinic's data only through a core use case, which checks role and record")
                .check(UI);
    }

    @Test
    void only_configurations_see_jdbc() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Configuration")
                .should()
                .dependOnClassesThat(resideInAnyPackage("org.springframework.jdbc..", "javax.sql..", "java.sql..")
                        // telling an unreachable database from other failures reads an exception, it does not query
                        .and(not(assignableTo(SQLException.class))))
                .because("the persistence module owns the database; the UI talks to core's use cases")
                .check(UI);
    }
}
