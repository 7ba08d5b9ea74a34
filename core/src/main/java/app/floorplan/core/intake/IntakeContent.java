package app.floorplan.core.intake;

/** The validated clinical content of one intake version, without its revision and resolutions. */
record IntakeContent(
        ObstetricHistory obstetricHistory, PainProfile pain, RelevantHistory relevantHistory, RedFlagScreen redFlags) {

    static IntakeContent of(Intake intake) {
        return new IntakeContent(intake.obstetricHistory(), intake.pain(), intake.relevantHistory(), intake.redFlags());
    }
}
