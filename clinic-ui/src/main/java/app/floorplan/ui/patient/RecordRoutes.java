package app.floorplan.ui.patient;

/**
 * Route templates whose parameters carry a record's id. Only a well-formed UUID matches, so a mistyped or truncated
 * address is "page not found" instead of an error inside the view.
 */
public final class RecordRoutes {

    private static final String UUID = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";

    /** One patient's page; the views below it add their own segment. */
    public static final String PATIENT = "patients/:patientId" + UUID;

    /** One recorded assessment of that patient. */
    public static final String ASSESSMENT = PATIENT + "/assessments/:assessmentId" + UUID;

    private RecordRoutes() {}
}
