package app.floorplan.core.exercise;

import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.identity.ClinicId;
import java.util.List;
import java.util.Set;

/** Valid exercises and drafts, so each test changes only what it is about. */
final class ExerciseFixtures {

    private ExerciseFixtures() {}

    static ExerciseDraft completeDraft() {
        return new ExerciseDraft()
                .name("Pram push with breath")
                .purpose("Practises walking tall behind the pram with breath and gentle core support.")
                .category(ExerciseCategory.WALKING)
                .phase(ProgramPhase.STABILITY)
                .setUp("Stand behind the pram, elbows soft.")
                .steps(List.of("Walk tall.", "Breathe out and lift your pelvic floor every few steps."))
                .cues(List.of("Keep the pram close."))
                .watchFor(Set.of(WatchFor.LEAKING, WatchFor.PAIN))
                .defaultDosage(Dosage.builder().minutes(10).daysPerWeek(7));
    }

    static Exercise clinicExercise(
            ClinicId clinic, String name, String purpose, ExerciseCategory category, ProgramPhase phase) {
        return completeDraft()
                .name(name)
                .purpose(purpose)
                .category(category)
                .phase(phase)
                .createFor(clinic);
    }
}
