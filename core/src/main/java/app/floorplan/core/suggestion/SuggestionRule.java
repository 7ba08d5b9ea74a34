package app.floorplan.core.suggestion;

/**
 * One clinical rule of the program suggestion: reads the patient's findings and intake and contributes a phase,
 * exercises, advice, precautions or exclusions, each with the facts that triggered it. Rules do not see each other;
 * {@link ProgramSuggester} combines them. The standard rules are listed in {@link ProgramSuggester#STANDARD_RULES} and
 * documented in {@code docs/program-suggestion-rules.md}.
 */
@FunctionalInterface
public interface SuggestionRule {

    /** What this rule contributes for the patient; {@link RuleOutcome#none()} when it does not fire. */
    RuleOutcome apply(SuggestionInput input);
}
