package app.floorplan.core.assessment;

import app.floorplan.core.validation.Violations;
import java.util.Optional;
import java.util.Set;

/**
 * Pelvic floor: reported symptoms, and the internal exam when the patient consented to it.
 *
 * @param internalExamConsent the patient's consent to an internal exam is recorded
 * @param internalExam the exam's values; only with consent, empty when not examined
 */
public record PelvicFloorSection(
        boolean internalExamConsent, Optional<InternalExam> internalExam, Set<PelvicFloorSymptom> symptoms) {

    public static final String FIELD_CONSENT = "pelvicFloor.internalExamConsent";

    public PelvicFloorSection {
        symptoms = Set.copyOf(symptoms);
        new Violations()
                .check(
                        internalExamConsent || internalExam.isEmpty(),
                        FIELD_CONSENT,
                        "Internal exam values can only be recorded once the patient's consent to the exam is recorded")
                .throwIfAny();
    }

    /** Symptoms only: no internal exam was done. */
    public static PelvicFloorSection withoutInternalExam(
            boolean internalExamConsent, Set<PelvicFloorSymptom> symptoms) {
        return new PelvicFloorSection(internalExamConsent, Optional.empty(), symptoms);
    }
}
