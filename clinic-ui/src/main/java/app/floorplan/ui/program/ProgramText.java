package app.floorplan.ui.program;

import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.exercise.dosage.DosageText;
import app.floorplan.ui.exercise.DosageEditor;
import app.floorplan.ui.form.ClinicDates;
import java.time.Instant;
import java.time.ZoneId;

/** Words and ids shared by the program screens. */
final class ProgramText {

    /** An exercise the clinic's library does not know (or no longer lists), in place of its name. */
    static final String UNKNOWN_EXERCISE = "Unknown exercise";

    private ProgramText() {}

    /** An element id from a core field key: "program.items[2].dosage.sets" becomes "program-items-2-dosage-sets". */
    static String id(String key) {
        return DosageEditor.id(key);
    }

    static String phase(ProgramPhase phase) {
        return phase.number() + " · " + phase.label();
    }

    static String dosage(Dosage dosage) {
        return DosageText.forPatient(dosage) + " (" + DosageText.forClinician(dosage) + ")";
    }

    static String when(Instant at, ZoneId zone) {
        return ClinicDates.dateTime(at, zone);
    }
}
