package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.Section;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.record.Revision;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violations;
import app.floorplan.ui.form.DateField;
import app.floorplan.ui.screening.RedFlagQuestions;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The assessment a PT fills in during a visit: the visit date and seven collapsible sections, each explicitly assessed
 * or not. Validation is core's; this form shows each refusal next to its field and never clears what was typed.
 */
final class AssessmentForm extends VerticalLayout {

    private static final String REASON = "revision.reason";

    private final FormContext form = new FormContext();
    private final DateField visitDate = new DateField("Visit date", LocalDate.of(2026, 3, 14));
    private final PainAtVisitEditor painAtVisit = new PainAtVisitEditor(form);
    private final BreathingEditor breathing = new BreathingEditor(form);
    private final DeepCoreEditor deepCore = new DeepCoreEditor(form);
    private final PelvicFloorEditor pelvicFloor = new PelvicFloorEditor(form);
    private final DiastasisEditor diastasis = new DiastasisEditor(form);
    private final MobilityEditor mobility = new MobilityEditor(form);
    private final CaesareanScarEditor caesareanScar = new CaesareanScarEditor(form);
    private final TextArea reason = new TextArea("Reason for the correction");
    private final RedFlagQuestions redFlags = new RedFlagQuestions(form::changed);
    private final Div redFlagScreen = new Div();
    private final Paragraph storedScreen = new Paragraph();

    AssessmentForm(LocalDate today) {
        setPadding(false);
        visitDate.setId(Fields.id(Assessment.FIELD_DATE));
        visitDate.setMax(today);
        visitDate.setRequiredIndicatorVisible(true);
        form.field(Assessment.FIELD_DATE, visitDate);
        reason.setId(Fields.id(REASON));
        reason.setMaxLength(Revision.MAX_REASON_LENGTH);
        reason.setWidthFull();
        reason.setHelperText("What was wrong in the previous version; kept with the new version.");
        reason.setVisible(false);
        form.field(REASON, reason);
        redFlags.register(form.messages());
        redFlagScreen.setId("assessment-red-flag-screen");
        redFlagScreen.add(new H3("Red-flag screen (asked again at every visit: answer every question)"), redFlags);
        redFlagScreen.setVisible(false);
        storedScreen.setId("assessment-stored-red-flags");
        storedScreen.setVisible(false);
        add(visitDate, redFlagScreen, storedScreen);
        editors().forEach(editor -> add(editor.component()));
        add(reason);
    }

    private List<SectionEditor<?>> editors() {
        return List.of(painAtVisit, breathing, deepCore, pelvicFloor, diastasis, mobility, caesareanScar);
    }

    /**
     * A new assessment: dated today, every section collapsed and not assessed until the PT opens it and says otherwise.
     */
    void startNew(LocalDate today, boolean patientHadCaesarean) {
        visitDate.setValue(today);
        redFlags.clear();
        redFlagScreen.setVisible(true);
        caesareanScar.component().setVisible(patientHadCaesarean);
    }

    /** Fills this fresh form from a stored version, read-only until {@link #startCorrection()}. */
    void show(Assessment stored, boolean patientHadCaesarean) {
        visitDate.setValue(stored.date());
        // the screen belongs to the visit: a correction of the findings keeps it, so it is shown, not edited
        storedScreen.setText(stored.redFlags()
                .map(screen -> "Red-flag screen at this visit: "
                        + (screen.anyPositive()
                                ? "answered yes: "
                                        + screen.positivesInScreenOrder().stream()
                                                .map(RedFlag::label)
                                                .collect(Collectors.joining("; "))
                                        + " (outcomes on the Red flags tab)"
                                : "every question answered no")
                        + screen.epdsScore()
                                .map(score -> "; " + score.summary())
                                .orElse(""))
                .orElse("Recorded before the red-flag screen was part of an assessment."));
        storedScreen.setVisible(true);
        var sections = stored.sections();
        painAtVisit.show(sections.painAtVisit());
        breathing.show(sections.breathing());
        deepCore.show(sections.deepCore());
        pelvicFloor.show(sections.pelvicFloor());
        diastasis.show(sections.diastasis());
        mobility.show(sections.mobility());
        caesareanScar.show(sections.caesareanScar());
        // A recorded scar stays visible even if the intake no longer has a caesarean, so it is never dropped unseen.
        caesareanScar
                .component()
                .setVisible(patientHadCaesarean || sections.caesareanScar().isAssessed());
        editors().forEach(editor -> editor.setOpened(editor.isAssessed()));
        form.setReadOnly(true);
        form.markSaved();
    }

    /** Opens the shown version for a correction, which needs a reason. */
    void startCorrection() {
        form.setReadOnly(false);
        reason.setVisible(true);
        editors().forEach(editor -> editor.setOpened(true));
    }

    /**
     * Reads the typed values through core's value objects. On refusal every message is shown next to its field and the
     * form keeps its values.
     */
    Optional<AssessmentEntry> read() {
        var violations = new Violations();
        LocalDate date = visitDate.getValue();
        if (date == null) {
            violations.add(
                    Assessment.FIELD_DATE,
                    visitDate.isInvalid() ? "Enter the date like 14.11.2026" : "Enter the visit date");
        }
        var sections = new AssessmentSections(
                painAtVisit.read(violations),
                breathing.read(violations),
                deepCore.read(violations),
                pelvicFloor.read(violations),
                diastasis.read(violations),
                mobility.read(violations),
                caesareanScar.component().isVisible() ? caesareanScar.read(violations) : Section.notAssessed());
        if (!violations.isEmpty()) {
            form.messages().show(violations.list());
            return Optional.empty();
        }
        form.messages().clear();
        return Optional.of(new AssessmentEntry(date, sections, redFlags.answers(), reason.getValue()));
    }

    /** Shows refusals that came from the use case (e.g. a date in the future, nothing assessed). */
    void showRefusal(InvalidInputException refused) {
        form.messages().show(refused.violations());
    }

    boolean isDirty() {
        return form.isDirty();
    }

    void markSaved() {
        form.markSaved();
    }

    void onFirstChange(Runnable listener) {
        form.onFirstChange(listener);
    }
}
