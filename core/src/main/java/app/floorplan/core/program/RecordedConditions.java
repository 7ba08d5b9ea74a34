package app.floorplan.core.program;

import app.floorplan.core.assessment.PelvicFloorSymptom;
import app.floorplan.core.exercise.Caution;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.intake.PainSite;
import app.floorplan.core.intake.PerinealTrauma;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The conditions an exercise's {@link Caution}s ask about, as the patient's record shows them, each with the fact that
 * shows it. The suggestion holds back an exercise with a caution the record shows; the gate warns (the PT decides).
 *
 * <ul>
 *   <li>Pelvic girdle pain: the intake names pain at the pelvic girdle or the pubic symphysis.
 *   <li>Prolapse symptoms: the newest assessment of the pelvic floor records bulge or heaviness.
 *   <li>3rd or 4th degree tear: the latest delivery had one. An older one is left to the PT: a later birth and the
 *       specialist review after the tear come between.
 * </ul>
 *
 * @param facts each condition the record shows, with the fact, e.g. "Intake: pain at the pubic symphysis"
 */
public record RecordedConditions(Map<Caution, String> facts) {

    private static final Set<PainSite> PELVIC_GIRDLE = Set.of(PainSite.PELVIC_GIRDLE, PainSite.PUBIC_SYMPHYSIS);

    private static final Set<PerinealTrauma> ANAL_SPHINCTER_INJURY = Set.of(
            PerinealTrauma.THIRD_A, PerinealTrauma.THIRD_B, PerinealTrauma.THIRD_C, PerinealTrauma.FOURTH_DEGREE);

    public RecordedConditions {
        facts = Map.copyOf(facts);
    }

    public static RecordedConditions of(PrescriptionContext context) {
        var found = new EnumMap<Caution, String>(Caution.class);
        context.intake().ifPresent(intake -> intake.pain().sites().stream()
                .filter(PELVIC_GIRDLE::contains)
                .sorted()
                .findFirst()
                .ifPresent(site -> found.put(
                        Caution.PELVIC_GIRDLE_PAIN,
                        "Intake: pain at the " + site.label().toLowerCase(Locale.ROOT))));
        context.pelvicFloor()
                .filter(pelvicFloor -> pelvicFloor.symptoms().contains(PelvicFloorSymptom.BULGE_HEAVINESS))
                .ifPresent(pelvicFloor -> found.put(
                        Caution.PROLAPSE_SYMPTOMS,
                        "Assessment on "
                                + context.pelvicFloorAssessment().orElseThrow().date() + ": "
                                + PelvicFloorSymptom.BULGE_HEAVINESS.label().toLowerCase(Locale.ROOT)));
        context.latestDelivery()
                .filter(delivery -> ANAL_SPHINCTER_INJURY.contains(delivery.perinealTrauma()))
                .ifPresent(delivery -> found.put(
                        Caution.SEVERE_PERINEAL_TEAR,
                        "Intake: " + delivery.perinealTrauma().label() + " at the birth on " + delivery.date()));
        return new RecordedConditions(found);
    }

    /** Whether a delivery's tear involved the anal sphincter (3rd or 4th degree; [RCOG-GTG29]'s classification). */
    public static boolean analSphincterInjury(PerinealTrauma trauma) {
        return ANAL_SPHINCTER_INJURY.contains(trauma);
    }

    public Optional<String> fact(Caution caution) {
        return Optional.ofNullable(facts.get(caution));
    }

    /**
     * Why this exercise needs care for this patient, one line per caution her record shows, e.g. "Take care: pelvic
     * girdle pain (Intake: pain at the pubic symphysis) and this exercise has a single-leg, wide-leg, deep squat or
     * one-sided load [NCA-PGP]"; empty when none applies.
     */
    public List<String> warnings(Exercise exercise) {
        return exercise.precautions().cautions().stream()
                .sorted()
                .filter(facts::containsKey)
                .map(caution -> "Take care: " + caution.condition().toLowerCase(Locale.ROOT) + " (" + facts.get(caution)
                        + ") and this exercise has a " + caution.load() + " " + caution.source())
                .toList();
    }
}
