package app.floorplan.core.assessment;

import app.floorplan.core.identity.ClinicId;
import java.util.HashMap;
import java.util.Map;

/** A fake that keeps the port's contract: the default until chosen, and a change only from the setting shown. */
final class InMemoryClinicSettings implements ClinicAssessmentSettings {

    private final Map<ClinicId, DiastasisThresholds> byClinic = new HashMap<>();

    @Override
    public DiastasisThresholds diastasisThresholds(ClinicId clinic) {
        return byClinic.getOrDefault(clinic, DiastasisThresholds.DEFAULT);
    }

    @Override
    public boolean changeDiastasisThresholds(ClinicId clinic, DiastasisThresholds shown, DiastasisThresholds chosen) {
        if (diastasisThresholds(clinic) != shown) {
            return false;
        }
        byClinic.put(clinic, chosen);
        return true;
    }
}
