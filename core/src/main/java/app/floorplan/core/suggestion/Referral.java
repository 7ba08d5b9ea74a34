package app.floorplan.core.suggestion;

/**
 * Where a suggestion advises the PT to refer the patient. Advice to the PT, shown beside the suggested program; it is
 * not an exercise and is never applied to the program.
 */
public enum Referral {
    /** Bowel control: faecal or flatus incontinence is assessed and managed by a specialist service [NICE-CG49]. */
    BOWEL_CONTROL_SPECIALIST(
            "Specialist assessment of bowel control",
            "A colorectal or specialist pelvic floor service, through her GP if needed, unless she is already under"
                    + " one",
            "[NICE-CG49]"),
    /**
     * A third- or fourth-degree tear: reviewed around 6-12 weeks after the birth by a clinician with a special interest
     * in these injuries, and referred on when symptoms remain ([RCOG-GTG29]; [ACSQHC-2021]).
     */
    PERINEAL_CLINIC(
            "Review after a 3rd or 4th degree tear",
            "A perineal (anal sphincter injury) clinic or the obstetric team, around 6-12 weeks after the birth if no"
                    + " review is arranged yet, or again while symptoms remain",
            "[RCOG-GTG29] [ACSQHC-2021]"),
    /**
     * Bulge or heaviness: an examination for prolapse, with a pessary as an option beside pelvic floor muscle training
     * ([NICE-NG123]; [NICE-NG210]).
     */
    PROLAPSE_ASSESSMENT(
            "Prolapse assessment, including a pessary",
            "Her GP or a urogynaecology clinic, to examine for prolapse and discuss whether a pessary would help",
            "[NICE-NG123] [NICE-NG210]");

    private final String title;
    private final String to;
    private final String source;

    Referral(String title, String to, String source) {
        this.title = title;
        this.to = to;
        this.source = source;
    }

    public String title() {
        return title;
    }

    /** To whom, in the PT's terms. */
    public String to() {
        return to;
    }

    /** The keys of its sources in {@code docs/clinical-sources.md}, in brackets. */
    public String source() {
        return source;
    }
}
