package app.floorplan.core.program;

import app.floorplan.core.identity.ClinicId;
import java.util.List;

/** Port: where the clinics' program templates are kept. Every query is scoped to one clinic. */
public interface ProgramTemplateRepository {

    /** The clinic's templates, by name (case-insensitive). */
    List<ProgramTemplate> listByClinic(ClinicId clinic);

    void add(ProgramTemplate template);
}
