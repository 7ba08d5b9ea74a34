package app.floorplan.ui.program;

import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.exercise.dosage.DosageText;
import app.floorplan.ui.exercise.DosageEditor;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Words and ids shared by the program screens. */
final class ProgramText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

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
        return WHEN.format(at.atZone(zone));
    }
}
