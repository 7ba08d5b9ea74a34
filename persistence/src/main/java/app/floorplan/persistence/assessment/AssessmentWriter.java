package app.floorplan.persistence.assessment;

import app.floorplan.core.assessment.AslrScore;
import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.BreathingSection;
import app.floorplan.core.assessment.CaesareanScarSection;
import app.floorplan.core.assessment.DeepCoreSection;
import app.floorplan.core.assessment.DiastasisSection;
import app.floorplan.core.assessment.DomingTask;
import app.floorplan.core.assessment.InternalExam;
import app.floorplan.core.assessment.IrdReading;
import app.floorplan.core.assessment.LineaAlbaDepth;
import app.floorplan.core.assessment.MobilitySection;
import app.floorplan.core.assessment.OxfordGrade;
import app.floorplan.core.assessment.PainAtVisitSection;
import app.floorplan.core.assessment.PelvicFloorSection;
import app.floorplan.core.assessment.Perfect;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts one assessment version: its version row and a row for every assessed section, nothing for the others. */
final class AssessmentWriter {

    private final JdbcClient jdbc;

    AssessmentWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Assessment a) {
        VersionKey key = new VersionKey(a.id().value(), a.revision().number());
        jdbc.sql("""
                        insert into assessment_version (assessment_id, revision, patient_id, therapist_id, visit_date,
                                                        author_id, recorded_at, reason, replaced)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        key.assessmentId(),
                        key.revision(),
                        a.patient().value(),
                        a.therapist().value(),
                        a.date(),
                        a.revision().author().value(),
                        Timestamp.from(a.revision().recordedAt()),
                        a.revision().reason().orElse(null),
                        a.revision().replaced())
                .update();
        var sections = a.sections();
        sections.painAtVisit().values().ifPresent(values -> painAtVisit(key, values));
        sections.breathing().values().ifPresent(values -> breathing(key, values));
        sections.deepCore().values().ifPresent(values -> deepCore(key, values));
        sections.pelvicFloor().values().ifPresent(values -> pelvicFloor(key, values));
        sections.diastasis().values().ifPresent(values -> diastasis(key, values));
        sections.mobility().values().ifPresent(values -> mobility(key, values));
        sections.caesareanScar().values().ifPresent(values -> caesareanScar(key, values));
    }

    private void painAtVisit(VersionKey key, PainAtVisitSection p) {
        jdbc.sql("""
                        insert into assessment_pain_at_visit (assessment_id, revision, nrs_now, nrs_worst_last_week)
                        values (?, ?, ?, ?)""")
                .params(
                        key.assessmentId(),
                        key.revision(),
                        p.now().value(),
                        p.worstLastWeek().value())
                .update();
    }

    private void breathing(VersionKey key, BreathingSection b) {
        jdbc.sql("""
                        insert into assessment_breathing (assessment_id, revision, pattern, lateral_rib_expansion,
                                                          posterior_rib_expansion, breath_holding_on_effort,
                                                          exhale_coordinated_with_effort)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        key.assessmentId(),
                        key.revision(),
                        b.pattern().name(),
                        b.lateralRibExpansion().name(),
                        b.posteriorRibExpansion().name(),
                        b.breathHoldingOnEffort(),
                        b.exhaleCoordinatedWithEffort())
                .update();
    }

    private void deepCore(VersionKey key, DeepCoreSection d) {
        List<DomingTask> tasks = List.of(DomingTask.values());
        List<Object> params = new ArrayList<>(
                List.of(key.assessmentId(), key.revision(), d.tva().name()));
        // a task missing from the map was not tested: stored as null, never as "no doming"
        tasks.forEach(task -> params.add(d.domingByTask().get(task)));
        params.add(d.aslr().map(AslrScore::left).orElse(null));
        params.add(d.aslr().map(AslrScore::right).orElse(null));
        params.add(d.aslr()
                .flatMap(AslrScore::withPelvicCompression)
                .map(Enum::name)
                .orElse(null));
        jdbc.sql("insert into assessment_deep_core (assessment_id, revision, tva, "
                        + tasks.stream().map(DomingColumns::of).collect(Collectors.joining(", "))
                        + ", aslr_left, aslr_right, aslr_pelvic_compression) values (?, ?, ?, "
                        + tasks.stream().map(task -> "?").collect(Collectors.joining(", "))
                        + ", ?, ?, ?)")
                .params(params)
                .update();
    }

    private void pelvicFloor(VersionKey key, PelvicFloorSection p) {
        Optional<InternalExam> exam = p.internalExam();
        Optional<Perfect> perfect = exam.map(InternalExam::perfect);
        jdbc.sql("""
                        insert into assessment_pelvic_floor (assessment_id, revision, internal_exam_consent, oxford,
                                                             endurance_seconds, repetitions, fast_contractions,
                                                             elevation, co_contraction, timing, tone, relaxation,
                                                             symptoms)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        key.assessmentId(),
                        key.revision(),
                        p.internalExamConsent(),
                        // an item not tested is stored as null, never as 0 or false
                        perfect.flatMap(Perfect::power).map(OxfordGrade::value).orElse(null),
                        perfect.flatMap(Perfect::enduranceSeconds).orElse(null),
                        perfect.flatMap(Perfect::repetitions).orElse(null),
                        perfect.flatMap(Perfect::fastContractions).orElse(null),
                        perfect.flatMap(Perfect::elevation).orElse(null),
                        perfect.flatMap(Perfect::coContraction).orElse(null),
                        perfect.flatMap(Perfect::timing).orElse(null),
                        exam.flatMap(InternalExam::tone).map(Enum::name).orElse(null),
                        exam.flatMap(InternalExam::relaxation).map(Enum::name).orElse(null),
                        names(p.symptoms()))
                .update();
    }

    private void diastasis(VersionKey key, DiastasisSection d) {
        jdbc.sql("""
                        insert into assessment_diastasis (assessment_id, revision, above_umbilicus_offset,
                                                          below_umbilicus_offset, linea_alba_tension, linea_alba_depth)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        key.assessmentId(),
                        key.revision(),
                        d.aboveUmbilicusOffset().name(),
                        d.belowUmbilicusOffset().name(),
                        d.tensionUnderLoad().map(Enum::name).orElse(null),
                        d.depthUnderLoad().map(LineaAlbaDepth::knuckles).orElse(null))
                .update();
        for (IrdReading r : d.readings()) {
            jdbc.sql("""
                            insert into assessment_ird_reading (assessment_id, revision, site, condition, method, unit,
                                                                amount)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            key.assessmentId(),
                            key.revision(),
                            r.site().name(),
                            r.condition().name(),
                            r.method().name(),
                            r.distance().unit().name(),
                            r.distance().amount())
                    .update();
        }
    }

    private void mobility(VersionKey key, MobilitySection m) {
        jdbc.sql("""
                        insert into assessment_mobility (assessment_id, revision, thoracic_rotation_left,
                                                         thoracic_rotation_right, lumbar_flexion, lumbar_extension,
                                                         posture_observations)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        key.assessmentId(),
                        key.revision(),
                        m.thoracicRotationLeft().name(),
                        m.thoracicRotationRight().name(),
                        m.lumbarFlexion().name(),
                        m.lumbarExtension().name(),
                        names(m.postureObservations()))
                .update();
    }

    private void caesareanScar(VersionKey key, CaesareanScarSection c) {
        jdbc.sql("""
                        insert into assessment_caesarean_scar (assessment_id, revision, healed, mobility, sensitivity)
                        values (?, ?, ?, ?, ?)""")
                .params(
                        key.assessmentId(),
                        key.revision(),
                        c.healed(),
                        c.mobility().name(),
                        c.sensitivity().name())
                .update();
    }

    /** A set of enum values as a text[] of their names, sorted so equal sets are stored alike. */
    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }
}
