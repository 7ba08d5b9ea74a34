package app.floorplan.persistence.assessment;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.record.Correction;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAssessmentRepository implements AssessmentRepository {

    private final JdbcClient jdbc;
    private final AssessmentLoader loader;
    private final AssessmentWriter writer;

    JdbcAssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.loader = new AssessmentLoader(jdbc);
        this.writer = new AssessmentWriter(jdbc);
    }

    @Override
    public List<Assessment> currentFor(PatientId patient) {
        return loader.load(VersionSelection.currentOf(patient));
    }

    @Override
    public Optional<Assessment> current(AssessmentId id) {
        return loader.load(VersionSelection.currentOf(id)).stream().findFirst();
    }

    @Override
    public List<Assessment> versions(AssessmentId id) {
        return loader.load(VersionSelection.allOf(id));
    }

    @Override
    public void add(Assessment first) {
        writer.insert(first);
        refreshLastAssessmentDate(first.patient());
    }

    @Override
    public boolean correct(Correction<Assessment> correction) {
        Assessment replaced = correction.replaced();
        // Only a version nobody replaced yet can be replaced. A second correction of the same version waits for the
        // first one's row lock, then finds the row replaced and marks nothing.
        int marked = jdbc.sql("""
                        update assessment_version set replaced = true
                        where assessment_id = ? and revision = ? and not replaced""")
                .params(replaced.id().value(), replaced.revision().number())
                .update();
        if (marked != 1) {
            return false;
        }
        writer.insert(correction.current());
        refreshLastAssessmentDate(replaced.patient());
        return true;
    }

    /** A correction may move a visit's date either way, so the latest date is recomputed, not just raised. */
    private void refreshLastAssessmentDate(PatientId patient) {
        jdbc.sql("""
                        update patient set last_assessment_date =
                            (select max(visit_date) from assessment_version where patient_id = :patient and not replaced)
                        where id = :patient""").param("patient", patient.value()).update();
    }
}
