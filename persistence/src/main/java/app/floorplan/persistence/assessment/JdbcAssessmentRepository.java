package app.floorplan.persistence.assessment;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.record.Correction;
import app.floorplan.persistence.intake.RedFlagColumns;
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
        first.redFlags().ifPresent(screen -> insertScreen(first, screen));
        refreshLastAssessmentDate(first.patient());
        refreshUnresolvedRedFlags(first.patient());
    }

    @Override
    public void addResolution(Assessment withResolution) {
        RedFlagColumns.insertResolution(
                jdbc,
                withResolution.redFlagResolutions().getLast(),
                null,
                null,
                withResolution.id().value());
        refreshUnresolvedRedFlags(withResolution.patient());
    }

    private void insertScreen(Assessment first, RedFlagScreen screen) {
        jdbc.sql("insert into assessment_red_flag_screen (assessment_id, epds_item_scores) values (?, ?::smallint[])")
                .params(first.id().value(), RedFlagColumns.epdsScores(screen))
                .update();
        jdbc.sql("insert into assessment_red_flag (assessment_id, flag) select ?, unnest(?::text[])")
                .params(first.id().value(), RedFlagColumns.names(screen.positives()))
                .update();
    }

    /**
     * The patient list shows how many flags still block prescribing; the rule that decides it (the latest outcome of
     * each flag) lives in core, so the count is taken from the loaded visits, not recomputed in SQL.
     */
    private void refreshUnresolvedRedFlags(PatientId patient) {
        int unresolved = currentFor(patient).stream()
                .mapToInt(visit -> visit.unresolvedRedFlags().size())
                .sum();
        jdbc.sql("update patient set unresolved_visit_red_flags = ? where id = ?")
                .params(unresolved, patient.value())
                .update();
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
