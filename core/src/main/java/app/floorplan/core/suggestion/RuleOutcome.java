package app.floorplan.core.suggestion;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseCode;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What one rule contributes to a suggestion; {@link #none()} when it does not fire. Every element names the facts that
 * triggered it.
 *
 * @param phase the phase this rule calls for, if any; the suggestion takes the lowest called for
 * @param exclusions exercises this rule keeps out of the suggestion, whichever rule proposed them
 * @param referrals who else should see the patient, as advice to the PT
 */
public record RuleOutcome(
        Optional<PhaseCall> phase,
        List<ExerciseProposal> exercises,
        List<AdviceProposal> advice,
        List<SuggestedPrecaution> precautions,
        List<Exclusion> exclusions,
        List<SuggestedReferral> referrals) {

    public RuleOutcome {
        exercises = List.copyOf(exercises);
        advice = List.copyOf(advice);
        precautions = List.copyOf(precautions);
        exclusions = List.copyOf(exclusions);
        referrals = List.copyOf(referrals);
    }

    public record PhaseCall(ProgramPhase phase, List<String> because) implements Justified {
        public PhaseCall {
            because = List.copyOf(because);
        }
    }

    /** A built-in exercise, by its code, proposed with its default dosage. */
    public record ExerciseProposal(ExerciseCode code, List<String> because) implements Justified {
        public ExerciseProposal {
            because = List.copyOf(because);
        }
    }

    public record AdviceProposal(DailyLifeAdvice advice, List<String> because) implements Justified {
        public AdviceProposal {
            because = List.copyOf(because);
        }
    }

    /**
     * Keeps matching exercises out of the suggestion.
     *
     * @param reason why, as the PT reads it next to the withheld exercise
     */
    public record Exclusion(Predicate<Exercise> applies, String reason) {}

    public static RuleOutcome none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects a rule's contributions in the order the rule states them. */
    public static final class Builder {
        private Optional<PhaseCall> phase = Optional.empty();
        private final List<ExerciseProposal> exercises = new ArrayList<>();
        private final List<AdviceProposal> advice = new ArrayList<>();
        private final List<SuggestedPrecaution> precautions = new ArrayList<>();
        private final List<Exclusion> exclusions = new ArrayList<>();
        private final List<SuggestedReferral> referrals = new ArrayList<>();

        private Builder() {}

        public Builder phase(ProgramPhase called, List<String> because) {
            phase = Optional.of(new PhaseCall(called, because));
            return this;
        }

        public Builder exercise(ExerciseCode code, List<String> because) {
            exercises.add(new ExerciseProposal(code, because));
            return this;
        }

        public Builder advice(DailyLifeAdvice given, List<String> because) {
            advice.add(new AdviceProposal(given, because));
            return this;
        }

        public Builder precaution(String text, List<String> because) {
            precautions.add(new SuggestedPrecaution(text, because));
            return this;
        }

        public Builder exclude(Predicate<Exercise> applies, String reason) {
            exclusions.add(new Exclusion(applies, reason));
            return this;
        }

        public Builder referral(Referral to, List<String> because) {
            referrals.add(new SuggestedReferral(to, because));
            return this;
        }

        public RuleOutcome build() {
            return new RuleOutcome(phase, exercises, advice, precautions, exclusions, referrals);
        }
    }
}
