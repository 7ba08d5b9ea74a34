package app.floorplan.core.portal;

import app.floorplan.core.practice.PracticeProgress;
import java.util.Optional;

/**
 * What the patient's "My plan" page shows: the greeting, her current plan (empty until a physiotherapist prescribes
 * one) and her practice over the last weeks.
 */
public record MyPlanPage(String givenName, Optional<PatientPlan> plan, PracticeProgress progress) {}
