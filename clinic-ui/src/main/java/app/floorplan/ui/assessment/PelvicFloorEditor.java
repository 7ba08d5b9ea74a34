package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.InternalExam;
import app.floorplan.core.assessment.OxfordGrade;
import app.floorplan.core.assessment.PelvicFloorRelaxation;
import app.floorplan.core.assessment.PelvicFloorSection;
import app.floorplan.core.assessment.PelvicFloorSymptom;
import app.floorplan.core.assessment.PelvicFloorTone;
import app.floorplan.core.assessment.Perfect;
import app.floorplan.core.validation.Violations;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Pelvic floor: the consent comes first, and the internal exam (Oxford / PERFECT, tone, relaxation) can only be filled
 * in once it is recorded. Symptoms are reported by the patient and need no exam.
 */
final class PelvicFloorEditor extends SectionEditor<PelvicFloorSection> {

    private static final String TONE = "pelvicFloor.tone";
    private static final String RELAXATION = "pelvicFloor.relaxation";
    private static final String SYMPTOMS = "pelvicFloor.symptoms";

    private final Checkbox consent;
    private final Checkbox examined;
    private final FormLayout exam = new FormLayout();
    private final Select<Integer> oxford = new Select<>();
    private final IntegerField endurance;
    private final IntegerField repetitions;
    private final IntegerField fastContractions;
    private final Checkbox elevation;
    private final Checkbox coContraction;
    private final Checkbox timing;
    private final RadioButtonGroup<PelvicFloorTone> tone;
    private final RadioButtonGroup<PelvicFloorRelaxation> relaxation;
    private final CheckboxGroup<PelvicFloorSymptom> symptoms = new CheckboxGroup<>("Symptoms reported");

    PelvicFloorEditor(FormContext form) {
        super("Pelvic floor", "section-pelvic-floor", "pelvicFloor", form);
        consent = form.field(
                PelvicFloorSection.FIELD_CONSENT,
                Fields.yesNo(
                        Fields.id(PelvicFloorSection.FIELD_CONSENT),
                        "The patient's consent to an internal exam is recorded"));
        examined = form.track(Fields.yesNo("pelvicFloor-examined", "Internal exam done"));

        oxford.setLabel("Oxford grade (power)");
        oxford.setId(Fields.id(OxfordGrade.FIELD));
        oxford.setItems(
                IntStream.rangeClosed(OxfordGrade.MIN, OxfordGrade.MAX).boxed().toList());
        oxford.setItemLabelGenerator(
                grade -> grade + " · " + OxfordGrade.of(grade).label());
        form.field(OxfordGrade.FIELD, oxford);
        endurance = form.field(
                Perfect.FIELD_ENDURANCE,
                Fields.number(Perfect.FIELD_ENDURANCE, "Endurance (seconds held)", "0 to 10 s"));
        repetitions = form.field(
                Perfect.FIELD_REPETITIONS,
                Fields.number(Perfect.FIELD_REPETITIONS, "Repetitions of the hold", "0 to 10"));
        fastContractions = form.field(
                Perfect.FIELD_FAST_CONTRACTIONS,
                Fields.number(Perfect.FIELD_FAST_CONTRACTIONS, "Fast contractions", "0 to 10"));
        elevation = form.track(Fields.yesNo("pelvicFloor-elevation", "Elevation: the perineum lifts"));
        coContraction = form.track(Fields.yesNo("pelvicFloor-coContraction", "Co-contraction of the TVA"));
        timing = form.track(Fields.yesNo("pelvicFloor-timing", "Timing: pre-contracts on a cough"));
        tone = form.field(TONE, Fields.choice(TONE, "Resting tone", PelvicFloorTone::label, PelvicFloorTone.values()));
        relaxation = form.field(
                RELAXATION,
                Fields.choice(
                        RELAXATION,
                        "Relaxation after contraction",
                        PelvicFloorRelaxation::label,
                        PelvicFloorRelaxation.values()));
        exam.add(oxford, endurance, repetitions, fastContractions, elevation, coContraction, timing, tone, relaxation);
        exam.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        exam.setId("pelvicFloor-exam");

        symptoms.setId(Fields.id(SYMPTOMS));
        symptoms.setItems(PelvicFloorSymptom.values());
        symptoms.setItemLabelGenerator(PelvicFloorSymptom::label);
        form.field(SYMPTOMS, symptoms);

        consent.addValueChangeListener(e -> enableExam());
        examined.addValueChangeListener(e -> enableExam());
        addValues(consent, examined);
        addFullWidth(exam);
        addFullWidth(symptoms);
        enableExam();
    }

    /**
     * The exam opens only with consent. "Exam done" stays clickable while ticked, so a PT who withdraws consent can
     * untick it; core then refuses exam values without consent rather than this form dropping them silently.
     */
    private void enableExam() {
        examined.setEnabled(consent.getValue() || examined.getValue());
        exam.setEnabled(consent.getValue() && examined.getValue());
    }

    @Override
    protected Optional<PelvicFloorSection> readValues(Violations violations) {
        Optional<InternalExam> internalExam = examined.getValue() ? internalExam(violations) : Optional.empty();
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return violations.attempt(() -> new PelvicFloorSection(consent.getValue(), internalExam, symptoms.getValue()));
    }

    private Optional<InternalExam> internalExam(Violations violations) {
        var power = required(violations, oxford, OxfordGrade.FIELD, "Choose the Oxford grade");
        var seconds = required(violations, endurance, Perfect.FIELD_ENDURANCE, "Enter the seconds held (0 to 10)");
        var holds = required(violations, repetitions, Perfect.FIELD_REPETITIONS, "Enter the repetitions (0 to 10)");
        var fast = required(
                violations, fastContractions, Perfect.FIELD_FAST_CONTRACTIONS, "Enter the fast contractions (0 to 10)");
        var restingTone = required(violations, tone, TONE, "Choose the resting tone");
        var letsGo = required(violations, relaxation, RELAXATION, "Choose how the muscle relaxes");
        // Core checks the counts against each other (e.g. Oxford 0 allows no hold) even while some are missing, so the
        // PT sees every problem in one pass; a missing count stands in as 0, a missing grade as 1.
        var perfect = violations.attempt(() -> Perfect.of(
                power.orElse(1),
                seconds.orElse(0),
                holds.orElse(0),
                fast.orElse(0),
                elevation.getValue(),
                coContraction.getValue(),
                timing.getValue()));
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InternalExam(perfect.orElseThrow(), restingTone.orElseThrow(), letsGo.orElseThrow()));
    }

    @Override
    protected void showValues(PelvicFloorSection stored) {
        consent.setValue(stored.internalExamConsent());
        symptoms.setValue(stored.symptoms());
        stored.internalExam().ifPresent(internal -> {
            examined.setValue(true);
            Perfect perfect = internal.perfect();
            oxford.setValue(perfect.power().value());
            endurance.setValue(perfect.enduranceSeconds());
            repetitions.setValue(perfect.repetitions());
            fastContractions.setValue(perfect.fastContractions());
            elevation.setValue(perfect.elevation());
            coContraction.setValue(perfect.coContraction());
            timing.setValue(perfect.timing());
            tone.setValue(internal.tone());
            relaxation.setValue(internal.relaxation());
        });
    }
}
