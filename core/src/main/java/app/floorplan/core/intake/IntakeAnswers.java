package app.floorplan.core.intake;

import app.floorplan.core.validation.Violations;
import java.time.LocalDate;

/**
 * Everything a PT entered on the intake form, before validation. {@link IntakeRecords} checks it against the patient's
 * date of birth and today and refuses it with every problem at once, each under the key of its field.
 *
 * @param redFlags the red-flag screen with the EPDS when it was done
 */
public record IntakeAnswers(
        ObstetricAnswers obstetric, PainAnswers pain, HistoryAnswers history, ScreenAnswers redFlags) {

    IntakeContent validate(LocalDate patientBirthDate, LocalDate today) {
        var violations = new Violations();
        var obstetricHistory = obstetric.validate(violations, patientBirthDate, today);
        var painProfile = pain.validate(violations, today);
        var relevantHistory = violations.attempt(history::toRelevantHistory);
        var screen = violations.attempt(() -> redFlags.validate());
        violations.throwIfAny();
        return new IntakeContent(
                obstetricHistory.orElseThrow(),
                painProfile.orElseThrow(),
                relevantHistory.orElseThrow(),
                screen.orElseThrow());
    }
}
