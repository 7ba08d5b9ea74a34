package app.floorplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.patient.PatientList;
import app.floorplan.core.patient.PatientQuery;
import app.floorplan.ui.assessment.AssessmentView;
import app.floorplan.ui.audit.AuditTrailView;
import app.floorplan.ui.exercise.ExerciseLibraryView;
import app.floorplan.ui.intake.IntakeView;
import app.floorplan.ui.patient.PatientDetailsEditView;
import app.floorplan.ui.patient.PatientRegistrationView;
import app.floorplan.ui.portal.PracticeLogView;
import app.floorplan.ui.program.ProgramEditorView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A screen reader reads a field's name alone, without the heading or the field next to it. So on the main forms every
 * input has a name, none is a bare generic word ("to", "Method") and no two inputs of one page share a name (six IRD
 * "Method" fields, two deliveries' "Mode").
 */
@FloorPlanAppTest
class AccessibleLabelsTest extends SpringBrowserlessTest {

    /** Names that say nothing when read alone. */
    private static final Set<String> GENERIC = Set.of(
            "", "to", "from", "until", "and", "method", "mode", "other", "value", "amount", "date", "left", "right",
            "yes", "no", "notes", "details", "name", "number", "unit", "type");

    @Autowired
    PatientList patientList;

    @Test
    @WithUserDetails("therapist")
    void the_pts_forms_name_every_input_so_it_reads_alone() {
        String anna = patientList
                .page(PatientQuery.text("Anna Berg"), 0, 1)
                .getFirst()
                .id()
                .toString();

        navigate("patients/new", PatientRegistrationView.class);
        assertEveryInputReadsAlone("registration");
        navigate("patients/" + anna + "/details", PatientDetailsEditView.class);
        assertEveryInputReadsAlone("patient details");
        navigate("patients/" + anna + "/intake", IntakeView.class);
        assertEveryInputReadsAlone("intake");
        navigate("patients/" + anna + "/assessments/new", AssessmentView.class);
        assertEveryInputReadsAlone("assessment");
        navigate("exercises", ExerciseLibraryView.class);
        assertEveryInputReadsAlone("exercise library");
        // last: the accepted suggestions are unsaved, so the editor holds any navigation away
        navigate("patients/" + anna + "/program", ProgramEditorView.class);
        // two exercises, so two dosage editors on one page
        test($view(Button.class).id("suggestion-glute-bridge-accept")).click();
        test($view(Button.class).id("suggestion-tva-draw-in-with-breath-accept"))
                .click();
        assertEveryInputReadsAlone("program editor");
    }

    @Test
    @WithUserDetails("admin")
    void the_audit_trail_filters_read_alone() {
        navigate("admin/audit", AuditTrailView.class);
        assertEveryInputReadsAlone("audit trail");
    }

    @Test
    @WithUserDetails("anna")
    void the_patients_log_reads_alone() {
        navigate("my-plan/today", PracticeLogView.class);
        assertEveryInputReadsAlone("log today");
    }

    private void assertEveryInputReadsAlone(String page) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        inputs(UI.getCurrent()).forEach(input -> {
            String name = accessibleName(input);
            String where = input.getClass().getSimpleName()
                    + input.getId().map(id -> "#" + id).orElse("");
            if (GENERIC.contains(name.strip().toLowerCase(Locale.ROOT))) {
                problems.add(where + " is named '" + name + "'");
            }
            seen.merge(name, 1, Integer::sum);
        });
        seen.forEach((name, count) -> {
            if (count > 1 && !name.isBlank()) {
                problems.add(count + " inputs are named '" + name + "'");
            }
        });
        assertThat(problems).as(page).isEmpty();
    }

    private static Stream<Component> inputs(Component root) {
        Stream<Component> self =
                root instanceof HasValue<?, ?> && !(root instanceof Button) ? Stream.of(root) : Stream.empty();
        return Stream.concat(self, root.getChildren().flatMap(AccessibleLabelsTest::inputs));
    }

    /** What a screen reader reads: the ARIA label when set, else the visible label. */
    private static String accessibleName(Component input) {
        if (input instanceof HasAriaLabel aria && aria.getAriaLabel().isPresent()) {
            return aria.getAriaLabel().get();
        }
        if (input instanceof HasLabel labelled && labelled.getLabel() != null) {
            return labelled.getLabel();
        }
        return input.getElement().getProperty("label", "");
    }
}
