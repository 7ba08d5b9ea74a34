package app.floorplan.core.portal;

/**
 * What the patient's "My plan" page shows. Until a PT prescribes a program it holds only the greeting; the program
 * feature adds the plan itself.
 */
public record MyPlanPage(String givenName) {}
