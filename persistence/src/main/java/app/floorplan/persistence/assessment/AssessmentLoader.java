package app.floorplan.persistence.assessment;

import app.floorplan.core.assessment.AboveUmbilicusOffset;
import app.floorplan.core.assessment.AslrScore;
import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.BelowUmbilicusOffset;
import app.floorplan.core.assessment.BreathingPattern;
import app.floorplan.core.assessment.BreathingSection;
import app.floorplan.core.assessment.CaesareanScarSection;
import app.floorplan.core.assessment.DeepCoreSection;
import app.floorplan.core.assessment.DiastasisSection;
import app.floorplan.core.assessment.DomingTask;
import app.floorplan.core.assessment.InterRectusDistance;
import app.floorplan.core.assessment.InternalExam;
import app.floorplan.core.assessment.IrdCondition;
import app.floorplan.core.assessment.IrdMethod;
import app.floorplan.core.assessment.IrdReading;
import app.floorplan.core.assessment.IrdSite;
import app.floorplan.core.assessment.IrdUnit;
import app.floorplan.core.assessment.LineaAlbaDepth;
import app.floorplan.core.assessment.LineaAlbaTension;
import app.floorplan.core.assessment.MobilityGrade;
import app.floorplan.core.assessment.MobilitySection;
import app.floorplan.core.assessment.OxfordGrade;
import app.floorplan.core.assessment.PainAtVisitSection;
import app.floorplan.core.assessment.PelvicCompressionEffect;
import app.floorplan.core.assessment.PelvicFloorRelaxation;
import app.floorplan.core.assessment.PelvicFloorSection;
import app.floorplan.core.assessment.PelvicFloorSymptom;
import app.floorplan.core.assessment.PelvicFloorTone;
import app.floorplan.core.assessment.Perfect;
import app.floorplan.core.assessment.PostureObservation;
import app.floorplan.core.assessment.RibExpansion;
import app.floorplan.core.assessment.ScarMobility;
import app.floorplan.core.assessment.ScarSensitivity;
import app.floorplan.core.assessment.Section;
import app.floorplan.core.assessment.TvaActivation;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.NumericPainRating;
import app.floorplan.core.intake.RedFlagResolution;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.record.Revision;
import app.floorplan.persistence.intake.RedFlagColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rebuilds assessment versions from their rows: one statement for the versions, then one per section table, joined to
 * the same selection of versions. A section without a row was not assessed.
 */
final class AssessmentLoader {

    private final JdbcClient jdbc;

    AssessmentLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Assessment> load(VersionSelection selection) {
        List<Head> heads = jdbc.sql("select v.* from assessment_version v where " + selection.where() + " order by "
                        + selection.order())
                .params(selection.params())
                .query(AssessmentLoader::head)
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        var painAtVisit = sectionRows("assessment_pain_at_visit", selection, AssessmentLoader::painAtVisit);
        var breathing = sectionRows("assessment_breathing", selection, AssessmentLoader::breathing);
        var deepCore = sectionRows("assessment_deep_core", selection, AssessmentLoader::deepCore);
        var pelvicFloor = sectionRows("assessment_pelvic_floor", selection, AssessmentLoader::pelvicFloor);
        var readings = readings(selection);
        var diastasis = sectionRows(
                "assessment_diastasis",
                selection,
                rs -> diastasis(rs, readings.getOrDefault(VersionKey.of(rs), List.of())));
        var mobility = sectionRows("assessment_mobility", selection, AssessmentLoader::mobility);
        var scar = sectionRows("assessment_caesarean_scar", selection, AssessmentLoader::caesareanScar);
        var screens = screens(selection);
        var outcomes = outcomes(selection);
        return heads.stream()
                .map(head -> head.assessment(
                        Optional.ofNullable(screens.get(head.key().assessmentId())),
                        outcomes.getOrDefault(head.key().assessmentId(), List.of()),
                        new AssessmentSections(
                                section(painAtVisit, head.key()),
                                section(breathing, head.key()),
                                section(deepCore, head.key()),
                                section(pelvicFloor, head.key()),
                                section(diastasis, head.key()),
                                section(mobility, head.key()),
                                section(scar, head.key()))))
                .toList();
    }

    /** The red-flag screen of each selected visit that has one (visits recorded before V14 have none). */
    private Map<UUID, RedFlagScreen> screens(VersionSelection selection) {
        Map<UUID, RedFlagScreen> screens = new HashMap<>();
        jdbc.sql("""
                        select s.assessment_id, s.epds_item_scores,
                               array(select f.flag::text from assessment_red_flag f
                                     where f.assessment_id = s.assessment_id) as positives
                        from assessment_red_flag_screen s
                        where s.assessment_id in (select v.assessment_id from assessment_version v where \s""" + selection.where() + ")").params(selection.params()).query(rs -> {
            screens.put(
                    rs.getObject("assessment_id", UUID.class),
                    RedFlagColumns.screen(rs, "positives", "epds_item_scores"));
        });
        return screens;
    }

    /** The red-flag outcomes of each selected visit, oldest first. */
    private Map<UUID, List<RedFlagResolution>> outcomes(VersionSelection selection) {
        Map<UUID, List<RedFlagResolution>> outcomes = new HashMap<>();
        jdbc.sql("select assessment_id, " + RedFlagColumns.RESOLUTION_COLUMNS + " from red_flag_resolution"
                        + " where assessment_id in (select v.assessment_id from assessment_version v where "
                        + selection.where() + ") order by id")
                .params(selection.params())
                .query(rs -> {
                    outcomes.computeIfAbsent(rs.getObject("assessment_id", UUID.class), key -> new ArrayList<>())
                            .add(RedFlagColumns.resolution(rs));
                });
        return outcomes;
    }

    /** The values of one section table for every selected version, by version; table names are constants. */
    private <T> Map<VersionKey, T> sectionRows(String table, VersionSelection selection, SectionMapper<T> mapper) {
        Map<VersionKey, T> rows = new HashMap<>();
        jdbc.sql("select s.* from " + table + " s join assessment_version v"
                        + " on v.assessment_id = s.assessment_id and v.revision = s.revision where "
                        + selection.where())
                .params(selection.params())
                .query(rs -> {
                    rows.put(VersionKey.of(rs), mapper.map(rs));
                });
        return rows;
    }

    private Map<VersionKey, List<IrdReading>> readings(VersionSelection selection) {
        Map<VersionKey, List<IrdReading>> readings = new HashMap<>();
        jdbc.sql("select r.* from assessment_ird_reading r join assessment_version v"
                        + " on v.assessment_id = r.assessment_id and v.revision = r.revision where "
                        + selection.where())
                .params(selection.params())
                .query(rs -> {
                    readings.computeIfAbsent(VersionKey.of(rs), key -> new ArrayList<>())
                            .add(reading(rs));
                });
        // anatomical order, top to bottom, rest before head lift: the order the form and the comparison show them in
        readings.values()
                .forEach(
                        list -> list.sort(Comparator.comparing(IrdReading::site).thenComparing(IrdReading::condition)));
        return readings;
    }

    private static <T> Section<T> section(Map<VersionKey, T> rows, VersionKey key) {
        T values = rows.get(key);
        return values == null ? Section.notAssessed() : Section.assessed(values);
    }

    @FunctionalInterface
    private interface SectionMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** The version row, waiting for its sections. */
    private record Head(VersionKey key, PatientId patient, AccountId therapist, LocalDate date, Revision revision) {

        Assessment assessment(
                Optional<RedFlagScreen> screen, List<RedFlagResolution> outcomes, AssessmentSections sections) {
            return new Assessment(
                    new AssessmentId(key.assessmentId()),
                    patient,
                    therapist,
                    date,
                    sections,
                    screen,
                    outcomes,
                    revision);
        }
    }

    private static Head head(ResultSet rs, int row) throws SQLException {
        return new Head(
                VersionKey.of(rs),
                new PatientId(rs.getObject("patient_id", UUID.class)),
                new AccountId(rs.getObject("therapist_id", UUID.class)),
                rs.getObject("visit_date", LocalDate.class),
                new Revision(
                        rs.getInt("revision"),
                        new AccountId(rs.getObject("author_id", UUID.class)),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getString("reason")),
                        rs.getBoolean("replaced")));
    }

    private static PainAtVisitSection painAtVisit(ResultSet rs) throws SQLException {
        return new PainAtVisitSection(
                NumericPainRating.of(rs.getInt("nrs_now")), NumericPainRating.of(rs.getInt("nrs_worst_last_week")));
    }

    private static BreathingSection breathing(ResultSet rs) throws SQLException {
        return new BreathingSection(
                BreathingPattern.valueOf(rs.getString("pattern")),
                RibExpansion.valueOf(rs.getString("lateral_rib_expansion")),
                RibExpansion.valueOf(rs.getString("posterior_rib_expansion")),
                rs.getBoolean("breath_holding_on_effort"),
                rs.getBoolean("exhale_coordinated_with_effort"));
    }

    private static DeepCoreSection deepCore(ResultSet rs) throws SQLException {
        Map<DomingTask, Boolean> doming = new EnumMap<>(DomingTask.class);
        for (DomingTask task : DomingTask.values()) {
            Boolean domed = rs.getObject(DomingColumns.of(task), Boolean.class);
            if (domed != null) {
                doming.put(task, domed);
            }
        }
        Integer left = rs.getObject("aslr_left", Integer.class);
        Integer right = rs.getObject("aslr_right", Integer.class);
        Optional<AslrScore> aslr = left == null || right == null
                ? Optional.empty()
                : Optional.of(new AslrScore(
                        left,
                        right,
                        Optional.ofNullable(rs.getString("aslr_pelvic_compression"))
                                .map(PelvicCompressionEffect::valueOf)));
        return new DeepCoreSection(TvaActivation.valueOf(rs.getString("tva")), doming, aslr);
    }

    private static PelvicFloorSection pelvicFloor(ResultSet rs) throws SQLException {
        // null is an item not tested; the exam was done when any item is set
        Perfect perfect = new Perfect(
                Optional.ofNullable(rs.getObject("oxford", Integer.class)).map(OxfordGrade::of),
                Optional.ofNullable(rs.getObject("endurance_seconds", Integer.class)),
                Optional.ofNullable(rs.getObject("repetitions", Integer.class)),
                Optional.ofNullable(rs.getObject("fast_contractions", Integer.class)),
                Optional.ofNullable(rs.getObject("elevation", Boolean.class)),
                Optional.ofNullable(rs.getObject("co_contraction", Boolean.class)),
                Optional.ofNullable(rs.getObject("timing", Boolean.class)));
        Optional<PelvicFloorTone> tone =
                Optional.ofNullable(rs.getString("tone")).map(PelvicFloorTone::valueOf);
        Optional<PelvicFloorRelaxation> relaxation =
                Optional.ofNullable(rs.getString("relaxation")).map(PelvicFloorRelaxation::valueOf);
        boolean examined = tone.isPresent() || relaxation.isPresent() || perfect.anyTested();
        Optional<InternalExam> exam =
                examined ? Optional.of(new InternalExam(perfect, tone, relaxation)) : Optional.empty();
        return new PelvicFloorSection(
                rs.getBoolean("internal_exam_consent"),
                exam,
                enumSet(rs, "symptoms", PelvicFloorSymptom.class, PelvicFloorSymptom::valueOf));
    }

    private static DiastasisSection diastasis(ResultSet rs, List<IrdReading> readings) throws SQLException {
        Integer depth = rs.getObject("linea_alba_depth", Integer.class);
        return new DiastasisSection(
                AboveUmbilicusOffset.valueOf(rs.getString("above_umbilicus_offset")),
                BelowUmbilicusOffset.valueOf(rs.getString("below_umbilicus_offset")),
                readings,
                Optional.ofNullable(rs.getString("linea_alba_tension")).map(LineaAlbaTension::valueOf),
                Optional.ofNullable(depth).map(LineaAlbaDepth::of));
    }

    private static IrdReading reading(ResultSet rs) throws SQLException {
        return new IrdReading(
                IrdSite.valueOf(rs.getString("site")),
                IrdCondition.valueOf(rs.getString("condition")),
                IrdMethod.valueOf(rs.getString("method")),
                new InterRectusDistance(rs.getBigDecimal("amount"), IrdUnit.valueOf(rs.getString("unit"))));
    }

    private static MobilitySection mobility(ResultSet rs) throws SQLException {
        return new MobilitySection(
                MobilityGrade.valueOf(rs.getString("thoracic_rotation_left")),
                MobilityGrade.valueOf(rs.getString("thoracic_rotation_right")),
                MobilityGrade.valueOf(rs.getString("lumbar_flexion")),
                MobilityGrade.valueOf(rs.getString("lumbar_extension")),
                enumSet(rs, "posture_observations", PostureObservation.class, PostureObservation::valueOf));
    }

    private static CaesareanScarSection caesareanScar(ResultSet rs) throws SQLException {
        return new CaesareanScarSection(
                rs.getBoolean("healed"),
                ScarMobility.valueOf(rs.getString("mobility")),
                ScarSensitivity.valueOf(rs.getString("sensitivity")));
    }

    private static <E extends Enum<E>> Set<E> enumSet(
            ResultSet rs, String column, Class<E> type, Function<String, E> parse) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        Arrays.stream((String[]) rs.getArray(column).getArray()).map(parse).forEach(values::add);
        return values;
    }
}
