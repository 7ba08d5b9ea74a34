package app.floorplan.export.fhir;

/**
 * FloorPlan's stable identifiers for what it defines itself: identifier systems and extension URLs (documented in
 * docs/fhir-export.md). Like the code system, they are names under FloorPlan's control, never changed once used.
 */
final class FhirUrls {

    private static final String BASE = "https://floorplan.app/fhir/";

    /** The identifier system of FloorPlan's patient record ids. */
    static final String PATIENT_ID = BASE + "NamingSystem/patient-id";

    /** The identifier system of FloorPlan's home program ids (with the version, e.g. "…/3"). */
    static final String PROGRAM_VERSION_ID = BASE + "NamingSystem/home-program-version";

    static final String SETS = BASE + "StructureDefinition/exercise-sets";
    static final String REPETITIONS = BASE + "StructureDefinition/exercise-repetitions";
    static final String HOLD_SECONDS = BASE + "StructureDefinition/exercise-hold-seconds";
    static final String HOLD_BREATHS = BASE + "StructureDefinition/exercise-hold-breaths";
    static final String PER_SIDE = BASE + "StructureDefinition/exercise-per-side";
    static final String REST = BASE + "StructureDefinition/exercise-rest";
    static final String LOAD = BASE + "StructureDefinition/exercise-load";
    static final String TIMES_PER_DAY = BASE + "StructureDefinition/exercise-times-per-day";
    static final String DAYS_PER_WEEK = BASE + "StructureDefinition/exercise-days-per-week";

    /** The canonical URL of an instrument, followed by its name, e.g. "…/Questionnaire/pfdi-20". */
    static final String QUESTIONNAIRE = BASE + "Questionnaire/";

    static final String QUESTIONNAIRE_ORIGIN = BASE + "StructureDefinition/questionnaire-origin";
    static final String QUESTIONNAIRE_VERSION = BASE + "StructureDefinition/questionnaire-response-version";

    private FhirUrls() {}
}
