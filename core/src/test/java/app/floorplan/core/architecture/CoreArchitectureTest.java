package app.floorplan.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** core is the clinic's domain in plain Java, and its feature packages do not lean on each other in circles. */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.floorplan.core");

    @Test
    void core_uses_no_framework() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "com.vaadin..",
                        "jakarta.persistence..",
                        "jakarta.servlet..",
                        "org.hibernate..",
                        "java.sql..",
                        "javax.sql..")
                .because("core holds the domain and its rules, free of any framework (architecture.md)")
                .check(CORE);
    }

    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching("app.floorplan.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void accounts_know_nothing_of_passwords_throttling_or_the_second_factor() {
        noClasses()
                .that()
                .resideInAPackage("app.floorplan.core.account")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..account.password..", "..account.throttle..", "..account.mfa..")
                .because("the login parts build on accounts, never the other way round")
                .check(CORE);
    }

    @Test
    void the_parts_of_the_account_feature_are_free_of_cycles() {
        slices().matching("app.floorplan.core.account.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CORE);
    }
}
