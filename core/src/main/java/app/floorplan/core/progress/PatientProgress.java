package app.floorplan.core.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a patient's home program goes, for the PT: everything since the program started.
 *
 * @param programVersion the current version's number, which applying the suggestion revises
 * @param programStart the day the program's first version was prescribed
 * @param lastActivity her latest logged day
 * @param suggestion empty without a program
 */
public record PatientProgress(
        Optional<Integer> programVersion,
        Optional<LocalDate> programStart,
        List<AdherenceWeek> weeks,
        List<PainPoint> pain,
        List<EffortPoint> effort,
        Optional<PainBaseline> baseline,
        List<SymptomEntry> symptoms,
        Optional<LocalDate> lastActivity,
        Optional<ProgressionSuggestion> suggestion) {

    public PatientProgress {
        Objects.requireNonNull(programVersion, "programVersion");
        Objects.requireNonNull(programStart, "programStart");
        weeks = List.copyOf(weeks);
        pain = List.copyOf(pain);
        effort = List.copyOf(effort);
        Objects.requireNonNull(baseline, "baseline");
        symptoms = List.copyOf(symptoms);
        Objects.requireNonNull(lastActivity, "lastActivity");
        Objects.requireNonNull(suggestion, "suggestion");
    }

    static PatientProgress withoutProgram() {
        return new PatientProgress(
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty());
    }

    public boolean hasProgram() {
        return programVersion.isPresent();
    }
}
