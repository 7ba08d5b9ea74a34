package app.floorplan.core.assessment;

import app.floorplan.core.identity.ClinicId;

/** Port: how each clinic judges its assessments, kept with the clinic. */
public interface ClinicAssessmentSettings {

    /** The diastasis limits the clinic judges by; {@link DiastasisThresholds#DEFAULT} until its admin chose. */
    DiastasisThresholds diastasisThresholds(ClinicId clinic);

    /**
     * Changes the clinic's diastasis limits, but only if they are still {@code shown} (optimistic locking).
     *
     * @return false when someone else changed them since (nothing written)
     */
    boolean changeDiastasisThresholds(ClinicId clinic, DiastasisThresholds shown, DiastasisThresholds chosen);
}
