package app.floorplan.core.export;

import app.floorplan.core.assessment.IrdCondition;
import app.floorplan.core.assessment.IrdSite;
import app.floorplan.core.assessment.PelvicFloorTone;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.SymptomFlag;
import java.util.Locale;

/**
 * FloorPlan's own codes ({@link Coding#FLOORPLAN}) for what neither LOINC nor SNOMED CT names as FloorPlan records it,
 * each with its meaning. Listed in docs/fhir-export.md; a code is never renamed or reused, only added.
 */
public enum FloorPlanCode {
    NRS_WORST_LAST_WEEK("nrs-worst-last-week", "Worst pain in the last week, 0-10 numeric rating scale"),
    HISTORY_PREVIOUS_BACK_PAIN("history-previous-back-pain", "Back pain before this pregnancy"),
    HISTORY_HERNIATED_DISC("history-herniated-disc", "Herniated disc"),
    HISTORY_PELVIC_GIRDLE_PAIN("history-pelvic-girdle-pain-in-pregnancy", "Pelvic girdle pain in pregnancy"),
    HISTORY_SURGERY("history-surgery", "Earlier surgery"),
    RED_FLAG_BLOOD_CLOT_SIGNS("red-flag-blood-clot-signs", RedFlag.BLOOD_CLOT_SIGNS),
    RED_FLAG_HEAVY_OR_RETURNING_BLEEDING("red-flag-heavy-or-returning-bleeding", RedFlag.HEAVY_OR_RETURNING_BLEEDING),
    RED_FLAG_WOUND_OR_PERINEAL_INFECTION("red-flag-wound-or-perineal-infection", RedFlag.WOUND_OR_PERINEAL_INFECTION),
    RED_FLAG_PRE_ECLAMPSIA_SIGNS("red-flag-pre-eclampsia-signs", RedFlag.PRE_ECLAMPSIA_SIGNS),
    RED_FLAG_EPDS_SELF_HARM("red-flag-epds-self-harm", RedFlag.EPDS_SELF_HARM),
    RED_FLAG_EPDS_PROBABLE_DEPRESSION("red-flag-epds-probable-depression", RedFlag.EPDS_PROBABLE_DEPRESSION),
    RED_FLAG_NEW_RETENTION_OR_LOSS_OF_CONTROL_WITH_BACK_PAIN(
            "red-flag-new-retention-or-loss-of-control-with-back-pain",
            RedFlag.NEW_RETENTION_OR_LOSS_OF_CONTROL_WITH_BACK_PAIN),
    RED_FLAG_SEVERE_NIGHT_PAIN("red-flag-severe-night-pain", RedFlag.SEVERE_NIGHT_PAIN),
    RED_FLAG_TRAUMA("red-flag-trauma", RedFlag.TRAUMA),
    RED_FLAG_OSTEOPOROSIS_RISK("red-flag-osteoporosis-risk", RedFlag.OSTEOPOROSIS_RISK),
    RED_FLAG_CANCER_HISTORY("red-flag-cancer-history", RedFlag.CANCER_HISTORY),
    RED_FLAG_FEVER("red-flag-fever", RedFlag.FEVER),
    RED_FLAG_UNEXPLAINED_WEIGHT_LOSS("red-flag-unexplained-weight-loss", RedFlag.UNEXPLAINED_WEIGHT_LOSS),
    RED_FLAG_NIGHT_PAIN("red-flag-night-pain", RedFlag.NIGHT_PAIN),
    RED_FLAG_IMMUNOSUPPRESSION("red-flag-immunosuppression", RedFlag.IMMUNOSUPPRESSION),
    RED_FLAG_SADDLE_ANAESTHESIA("red-flag-saddle-anaesthesia", RedFlag.SADDLE_ANAESTHESIA),
    RED_FLAG_NEW_BLADDER_OR_BOWEL_DYSFUNCTION(
            "red-flag-new-bladder-or-bowel-dysfunction", RedFlag.NEW_BLADDER_OR_BOWEL_DYSFUNCTION),
    RED_FLAG_PROGRESSIVE_OR_BILATERAL_LEG_WEAKNESS(
            "red-flag-progressive-or-bilateral-leg-weakness", RedFlag.PROGRESSIVE_OR_BILATERAL_LEG_WEAKNESS),
    RED_FLAG_SUSPECTED_SACRAL_STRESS_FRACTURE(
            "red-flag-suspected-sacral-stress-fracture", RedFlag.SUSPECTED_SACRAL_STRESS_FRACTURE),
    RED_FLAG_PREGNANCY_OR_LACTATION_OSTEOPOROSIS(
            "red-flag-pregnancy-or-lactation-osteoporosis", RedFlag.PREGNANCY_OR_LACTATION_OSTEOPOROSIS),
    RED_FLAG_FEVER_WITH_PELVIC_PAIN("red-flag-fever-with-pelvic-pain", RedFlag.FEVER_WITH_PELVIC_PAIN),
    RED_FLAG_SIGNS_AFTER_EPIDURAL_OR_SPINAL(
            "red-flag-signs-after-epidural-or-spinal", RedFlag.SIGNS_AFTER_EPIDURAL_OR_SPINAL),
    IRD_ABOVE_UMBILICUS_REST("ird-above-umbilicus-rest", "Inter-rectus distance above the umbilicus, at rest"),
    IRD_ABOVE_UMBILICUS_HEAD_LIFT(
            "ird-above-umbilicus-head-lift", "Inter-rectus distance above the umbilicus, during a head lift"),
    IRD_UMBILICUS_REST("ird-umbilicus-rest", "Inter-rectus distance at the umbilicus, at rest"),
    IRD_UMBILICUS_HEAD_LIFT("ird-umbilicus-head-lift", "Inter-rectus distance at the umbilicus, during a head lift"),
    IRD_BELOW_UMBILICUS_REST("ird-below-umbilicus-rest", "Inter-rectus distance below the umbilicus, at rest"),
    IRD_BELOW_UMBILICUS_HEAD_LIFT(
            "ird-below-umbilicus-head-lift", "Inter-rectus distance 2 cm below the umbilicus, during a head lift"),
    OXFORD_GRADE("modified-oxford-grade", "Pelvic floor muscle strength, Modified Oxford Scale 0-5"),
    PERFECT_ENDURANCE("perfect-endurance", "Pelvic floor endurance: seconds a contraction is held (PERFECT E)"),
    PERFECT_REPETITIONS("perfect-repetitions", "Pelvic floor repetitions of the endurance hold (PERFECT R)"),
    PERFECT_FAST_CONTRACTIONS("perfect-fast-contractions", "Pelvic floor fast contractions (PERFECT F)"),
    PERFECT_ELEVATION("perfect-elevation", "Pelvic floor elevation felt (PERFECT E, elevation)"),
    PERFECT_CO_CONTRACTION(
            "perfect-co-contraction", "Co-contraction of the deep abdominals with the pelvic floor (PERFECT C)"),
    PERFECT_TIMING("perfect-timing", "Pelvic floor contracts before a cough (PERFECT T)"),
    PELVIC_FLOOR_TONE("pelvic-floor-tone", "Pelvic floor muscle tone"),
    TONE_LOW("tone-low", "Low"),
    TONE_NORMAL("tone-normal", "Normal"),
    TONE_HIGH("tone-high", "High"),
    ASLR_TOTAL("aslr-total", "Active straight leg raise, total of both sides, 0-10"),
    PRACTICE_SESSION("practice-session", "Home program session, as the patient logged it"),
    COMPLETION_DONE("completion-done", "Done"),
    COMPLETION_PARTLY("completion-partly", "Partly done"),
    COMPLETION_SKIPPED("completion-skipped", "Skipped"),
    PRACTICE_EFFORT("practice-effort", "Perceived effort of the session, Borg CR10 0-10"),
    SYMPTOM_DOMING("symptom-doming", "Doming or coning of the belly during practice"),
    SYMPTOM_LEAKING("symptom-leaking", "Leaking during practice"),
    SYMPTOM_HEAVINESS("symptom-heaviness", "Heaviness or bulge during practice"),
    SYMPTOM_PAIN_INCREASE("symptom-pain-increase", "More pain during or after practice"),
    SYMPTOM_OTHER("symptom-other", "Another symptom during practice, in the patient's words"),
    HOME_EXERCISE("home-exercise", "A home exercise of the program"),
    HOME_PROGRAM("home-program", "Home exercise program for pelvic floor and postnatal rehabilitation");

    private final String code;
    private final String display;

    FloorPlanCode(String code, String display) {
        this.code = code;
        this.display = display;
    }

    /** A question of the intake's red-flag screen, worded as the PT asked it. */
    FloorPlanCode(String code, RedFlag flag) {
        this(code, "Red-flag screen: " + flag.label());
    }

    public String code() {
        return code;
    }

    public String display() {
        return display;
    }

    public Coding coding() {
        return Coding.floorplan(code, display);
    }

    static FloorPlanCode ird(IrdSite site, IrdCondition condition) {
        return valueOf("IRD_" + site.name() + "_" + condition.name());
    }

    static FloorPlanCode redFlag(RedFlag flag) {
        return valueOf("RED_FLAG_" + flag.name());
    }

    static FloorPlanCode tone(PelvicFloorTone tone) {
        return valueOf("TONE_" + tone.name());
    }

    static FloorPlanCode completion(Completion completion) {
        return valueOf("COMPLETION_" + completion.name());
    }

    static FloorPlanCode symptom(SymptomFlag flag) {
        return valueOf("SYMPTOM_" + flag.name().toUpperCase(Locale.ROOT));
    }
}
