package app.floorplan.ui.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text reaches the browser as text (OWASP ASVS 5.0 1.2.1, 3.2.2): the clinic UI builds no component from markup
 * and writes no {@code innerHTML}, so a typed {@code <script>} can only ever be shown, never run. Vaadin components
 * escape what {@code setText}, labels and grid columns get; these are the ways around that escaping.
 */
class NoMarkupFromTextTest {

    /** Classes allowed to build {@link Html} from static, reviewed constants. None so far. */
    private static final Set<String> HTML_FROM_CONSTANTS = Set.of();

    private static final Pattern MARKUP_SINKS =
            Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|srcdoc", Pattern.CASE_INSENSITIVE);

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.floorplan");

    @Test
    void no_view_builds_an_html_component_except_from_allowed_constants() {
        noClasses()
                .that()
                .resideInAPackage("app.floorplan..")
                .and()
                .haveNameNotMatching(allowList())
                .should()
                .callConstructor(Html.class, String.class)
                .orShould()
                .callConstructor(Html.class, InputStream.class)
                .because("Html parses its argument as markup: typed text would become live HTML")
                .check(MAIN);
    }

    @Test
    void no_view_sets_an_element_property_by_name_from_code() {
        noClasses()
                .that()
                .resideInAPackage("app.floorplan..")
                .should()
                .callMethod(Element.class, "setProperty", String.class, String.class)
                .because("setProperty(\"innerHTML\", text) bypasses the text escaping")
                .check(MAIN);
    }

    @Test
    void no_main_source_writes_markup_through_javascript() throws IOException {
        Path sources = Path.of("src", "main", "java");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> MARKUP_SINKS.matcher(read(file)).find())
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).as("sources that write markup").isEmpty();
    }

    /** A regular expression matching the allowed class names; {@code (?!)} matches none. */
    private static String allowList() {
        return HTML_FROM_CONSTANTS.isEmpty()
                ? "(?!)"
                : HTML_FROM_CONSTANTS.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
