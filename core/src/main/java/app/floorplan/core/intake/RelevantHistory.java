package app.floorplan.core.intake;

import app.floorplan.core.validation.Violations;
import java.util.Optional;

/**
 * Earlier conditions that change how the back and pelvis are assessed and loaded.
 *
 * @param surgeryDetails free text, only when {@code surgery}; blank counts as absent
 */
public record RelevantHistory(
        boolean previousBackPain,
        boolean herniatedDisc,
        boolean pelvicGirdlePainInPregnancy,
        boolean surgery,
        Optional<String> surgeryDetails) {

    public static final int MAX_SURGERY_DETAILS_LENGTH = 1000;
    public static final String FIELD_SURGERY_DETAILS = "history.surgeryDetails";

    public RelevantHistory {
        surgeryDetails = surgeryDetails.map(String::strip).filter(text -> !text.isEmpty());
        new Violations()
                .check(
                        surgery || surgeryDetails.isEmpty(),
                        FIELD_SURGERY_DETAILS,
                        "Surgery details need 'previous surgery' answered yes")
                .check(
                        surgeryDetails.map(String::length).orElse(0) <= MAX_SURGERY_DETAILS_LENGTH,
                        FIELD_SURGERY_DETAILS,
                        "Surgery details can have at most " + MAX_SURGERY_DETAILS_LENGTH + " characters")
                .throwIfAny();
    }
}
