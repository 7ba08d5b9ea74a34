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
 * in once it is recorded. Every exam item may be left "Not tested": it is then recorded as not tested, never as 0 or
 * "no". Symptoms are reported by the patient and need no exam.
 */
final class PelvicFloorEditor extends SectionEditor<PelvicFloorSection> {

    static final String NOT_TESTED = "Not tested";
    static final String CLINICAL_EXTENSION =
            "A later clinical extension of PERFECT (in Laycock 2001, ECT means 'every contraction timed')";

    private static final String TONE = "pelvicFloor.tone";
    private static final String RELAXATION = "pelvicFloor.relaxation";
    private static final String SYMPTOMS = "pelvicFloor.symptoms";

    /** A yes/no item of the exam, which may also not have been tested. */
    enum Observed {
        NOT_TESTED(PelvicFloorEditor.NOT_TESTED),
        YES("Yes"),
        NO("No");

        private final String label;

        Observed(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        Optional<Boolean> value() {
            return this == NOT_TESTED ? Optional.empty() : Optional.of(this == YES);
        }

        static Observed of(Optional<Boolean> value) {
            return value.map(yes -> yes ? YES : NO).orElse(NOT_TESTED);
        }
    }

    private final Checkbox consent;
    private final Checkbox examined;
    private final FormLayout exam = new FormLayout();
    private final Select<Integer> oxford;
    private final IntegerField endurance;
    private final IntegerField repetitions;
    private final IntegerField fastContractions;
    private final RadioButtonGroup<Observed> elevation;
    private final RadioButtonGroup<Observed> coContraction;
    private final RadioButtonGroup<Observed> timing;
    private final Select<PelvicFloorTone> tone;
    private final Select<PelvicFloorRelaxation> relaxation;
    private final CheckboxGroup<PelvicFloorSymptom> symptoms = new CheckboxGroup<>("Symptoms reported");

    PelvicFloorEditor(FormContext form) {
        super("Pelvic floor", "section-pelvic-floor", "pelvicFloor", form);
        consent = form.field(
                PelvicFloorSection.FIELD_CONSENT,
                Fields.yesNo(
                        Fields.id(PelvicFloorSection.FIELD_CONSENT),
                        "The patient's consent to an internal exam is recorded"));
        examined = form.track(Fields.yesNo("pelvicFloor-examined", "Internal exam done"));

        oxford = form.field(
                OxfordGrade.FIELD,
                Fields.optionalChoice(
                        OxfordGrade.FIELD,
                        "Oxford grade (power)",
                        NOT_TESTED,
                        grade -> grade + " · " + OxfordGrade.of(grade).label(),
                        IntStream.rangeClosed(OxfordGrade.MIN, OxfordGrade.MAX)
                                .boxed()
                                .toArray(Integer[]::new)));
        // "Record at least one exam value" concerns the exam as a whole: it is shown at its first item.
        form.messages().register(InternalExam.FIELD, oxford);
        endurance = form.field(
                Perfect.FIELD_ENDURANCE,
                notTestedWhenEmpty(Fields.number(
                        Perfect.FIELD_ENDURANCE, "Endurance (seconds held)", "0 to 10 s; empty if not tested")));
        repetitions = form.field(
                Perfect.FIELD_REPETITIONS,
                notTestedWhenEmpty(Fields.number(
                        Perfect.FIELD_REPETITIONS, "Repetitions of the hold", "0 to 10; empty if not tested")));
        fastContractions = form.field(
                Perfect.FIELD_FAST_CONTRACTIONS,
                notTestedWhenEmpty(Fields.number(
                        Perfect.FIELD_FAST_CONTRACTIONS, "Fast contractions", "0 to 10; empty if not tested")));
        elevation = form.track(extension(observed("pelvicFloor.elevation", "Elevation: the perineum lifts")));
        coContraction = form.track(extension(observed("pelvicFloor.coContraction", "Co-contraction of the TVA")));
        timing = form.track(extension(observed("pelvicFloor.timing", "Timing: pre-contracts on a cough")));
        tone = form.field(
                TONE,
                Fields.optionalChoice(
                        TONE, "Resting tone", NOT_TESTED, PelvicFloorTone::label, PelvicFloorTone.values()));
        relaxation = form.field(
                RELAXATION,
                Fields.optionalChoice(
                        RELAXATION,
                        "Relaxation after contraction",
                        NOT_TESTED,
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

    /** An empty count reads "Not tested", also on a recorded, read-only assessment. */
    private static IntegerField notTestedWhenEmpty(IntegerField field) {
        field.setPlaceholder(NOT_TESTED);
        return field;
    }

    /**
     * Elevation, co-contraction and timing are a later clinical extension of PERFECT: in [LAYCOCK-2001] the letters ECT
     * stand for "every contraction timed". The form says so, so they are not taken for Laycock's items.
     */
    private static RadioButtonGroup<Observed> extension(RadioButtonGroup<Observed> item) {
        item.setHelperText(CLINICAL_EXTENSION);
        return item;
    }

    private static RadioButtonGroup<Observed> observed(String key, String label) {
        RadioButtonGroup<Observed> group = Fields.choice(key, label, Observed::label, Observed.values());
        group.setValue(Observed.NOT_TESTED);
        return group;
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
        var perfect = violations.attempt(() -> Perfect.of(
                Optional.ofNullable(oxford.getValue()),
                Optional.ofNullable(endurance.getValue()),
                Optional.ofNullable(repetitions.getValue()),
                Optional.ofNullable(fastContractions.getValue()),
                elevation.getValue().value(),
                coContraction.getValue().value(),
                timing.getValue().value()));
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return violations.attempt(() -> new InternalExam(
                perfect.orElseThrow(),
                Optional.ofNullable(tone.getValue()),
                Optional.ofNullable(relaxation.getValue())));
    }

    @Override
    protected void showValues(PelvicFloorSection stored) {
        consent.setValue(stored.internalExamConsent());
        symptoms.setValue(stored.symptoms());
        stored.internalExam().ifPresent(internal -> {
            examined.setValue(true);
            Perfect perfect = internal.perfect();
            oxford.setValue(perfect.power().map(OxfordGrade::value).orElse(null));
            endurance.setValue(perfect.enduranceSeconds().orElse(null));
            repetitions.setValue(perfect.repetitions().orElse(null));
            fastContractions.setValue(perfect.fastContractions().orElse(null));
            elevation.setValue(Observed.of(perfect.elevation()));
            coContraction.setValue(Observed.of(perfect.coContraction()));
            timing.setValue(Observed.of(perfect.timing()));
            tone.setValue(internal.tone().orElse(null));
            relaxation.setValue(internal.relaxation().orElse(null));
        });
    }
}
