package app.floorplan.persistence.intake;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.AggravatingActivity;
import app.floorplan.core.intake.Babywearing;
import app.floorplan.core.intake.BirthWeight;
import app.floorplan.core.intake.Delivery;
import app.floorplan.core.intake.DeliveryMode;
import app.floorplan.core.intake.Feeding;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeId;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.intake.NumericPainRating;
import app.floorplan.core.intake.ObstetricHistory;
import app.floorplan.core.intake.PainCharacter;
import app.floorplan.core.intake.PainProfile;
import app.floorplan.core.intake.PainSite;
import app.floorplan.core.intake.PerinealTrauma;
import app.floorplan.core.intake.RedFlagResolution;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.intake.RelevantHistory;
import app.floorplan.core.record.Correction;
import app.floorplan.core.record.Revision;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Intake versions in typed tables (see V3__intake.sql). Reading the current version or the whole history costs three
 * statements whatever the number of deliveries, versions or resolutions: versions (with their positive red flags),
 * deliveries, resolutions.
 */
@Repository
class JdbcIntakeRepository implements IntakeRepository {

    private static final String VERSION_COLUMNS = """
            select i.id, i.patient_id, v.revision, v.replaced, v.author_id, v.recorded_at, v.reason,
                   v.gravida, v.para, v.feeding, v.wears_baby, v.babywearing_hours,
                   v.nrs_now, v.nrs_worst_last_week, v.pain_sites, v.pain_character, v.aggravating_activities,
                   v.pain_since, v.previous_back_pain, v.herniated_disc, v.pelvic_girdle_pain_in_pregnancy,
                   v.surgery, v.surgery_details,
                   v.epds_item_scores,
                   array(select f.flag::text from intake_red_flag f
                         where f.intake_id = v.intake_id and f.revision = v.revision) as positive_red_flags
            from intake i join intake_version v on v.intake_id = i.id
            """;

    private final JdbcClient jdbc;

    JdbcIntakeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Intake> current(PatientId patient) {
        return jdbc.sql(VERSION_COLUMNS + " where i.patient_id = ? and not v.replaced")
                .param(patient.value())
                .query(JdbcIntakeRepository::version)
                .optional()
                .map(version -> {
                    UUID intake = version.id().value();
                    int revision = version.revision().number();
                    List<Delivery> deliveries =
                            jdbc.sql("""
                                    select revision, delivery_date, mode, perineal_trauma, epidural_or_spinal,
                                           birth_weight_kg
                                    from intake_delivery where intake_id = ? and revision = ? order by ordinal""").params(intake, revision).query(JdbcIntakeRepository::delivery).list().stream()
                                    .map(StoredDelivery::delivery)
                                    .toList();
                    return version.complete(deliveries, resolutionsUpTo(intake, revision));
                });
    }

    @Override
    public List<Intake> versions(PatientId patient) {
        List<StoredVersion> versions = jdbc.sql(VERSION_COLUMNS + " where i.patient_id = ? order by v.revision")
                .param(patient.value())
                .query(JdbcIntakeRepository::version)
                .list();
        if (versions.isEmpty()) {
            return List.of();
        }
        UUID intake = versions.getFirst().id().value();
        Map<Integer, List<Delivery>> deliveries =
                jdbc.sql("""
                        select revision, delivery_date, mode, perineal_trauma, epidural_or_spinal, birth_weight_kg
                        from intake_delivery where intake_id = ? order by revision, ordinal""").param(intake).query(JdbcIntakeRepository::delivery).list().stream()
                        .collect(Collectors.groupingBy(
                                StoredDelivery::revision,
                                Collectors.mapping(StoredDelivery::delivery, Collectors.toList())));
        List<StoredResolution> resolutions = resolutions(intake);
        return versions.stream()
                .map(version -> {
                    int revision = version.revision().number();
                    return version.complete(
                            deliveries.getOrDefault(revision, List.of()), recordedUpTo(resolutions, revision));
                })
                .toList();
    }

    @Override
    public void add(Intake first) {
        jdbc.sql("insert into intake (id, patient_id) values (?, ?)")
                .params(first.id().value(), first.patient().value())
                .update();
        insertVersion(first);
        updatePatientSummary(first);
    }

    @Override
    public boolean correct(Correction<Intake> correction) {
        Intake replaced = correction.replaced();
        // The row lock of this update makes a second, concurrent correction of the same version wait, and then find
        // it replaced: it updates no row, and nothing of it is written.
        int marked = jdbc.sql(
                        "update intake_version set replaced = true where intake_id = ? and revision = ? and not replaced")
                .params(replaced.id().value(), replaced.revision().number())
                .update();
        if (marked != 1) {
            return false;
        }
        insertVersion(correction.current());
        updatePatientSummary(correction.current());
        return true;
    }

    @Override
    public void addResolution(Intake withResolution) {
        RedFlagColumns.insertResolution(
                jdbc,
                withResolution.latestRedFlagResolution().orElseThrow(),
                withResolution.id().value(),
                withResolution.revision().number(),
                null);
        updatePatientSummary(withResolution);
    }

    private void insertVersion(Intake intake) {
        ObstetricHistory obstetric = intake.obstetricHistory();
        PainProfile pain = intake.pain();
        RelevantHistory history = intake.relevantHistory();
        Revision revision = intake.revision();
        jdbc.sql("""
                        insert into intake_version (intake_id, revision, replaced, author_id, recorded_at, reason,
                                                    gravida, para, feeding, wears_baby, babywearing_hours,
                                                    nrs_now, nrs_worst_last_week, pain_sites, pain_character,
                                                    aggravating_activities, pain_since, previous_back_pain,
                                                    herniated_disc, pelvic_girdle_pain_in_pregnancy, surgery,
                                                    surgery_details, epds_item_scores)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::smallint[])""")
                .params(
                        intake.id().value(),
                        revision.number(),
                        revision.replaced(),
                        revision.author().value(),
                        Timestamp.from(revision.recordedAt()),
                        revision.reason().orElse(null),
                        obstetric.gravida(),
                        obstetric.para(),
                        obstetric.feeding().name(),
                        obstetric.babywearing().wearsBaby(),
                        obstetric.babywearing().hoursPerDay().orElse(null),
                        pain.now().value(),
                        pain.worstLastWeek().value(),
                        names(pain.sites()),
                        names(pain.character()),
                        names(pain.aggravatingActivities()),
                        pain.since().orElse(null),
                        history.previousBackPain(),
                        history.herniatedDisc(),
                        history.pelvicGirdlePainInPregnancy(),
                        history.surgery(),
                        history.surgeryDetails().orElse(null),
                        RedFlagColumns.epdsScores(intake.redFlags()))
                .update();
        List<Delivery> deliveries = obstetric.deliveries();
        for (int ordinal = 0; ordinal < deliveries.size(); ordinal++) {
            Delivery delivery = deliveries.get(ordinal);
            jdbc.sql("""
                            insert into intake_delivery (intake_id, revision, ordinal, delivery_date, mode,
                                                         perineal_trauma, epidural_or_spinal, birth_weight_kg)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            intake.id().value(),
                            revision.number(),
                            ordinal,
                            delivery.date(),
                            delivery.mode().name(),
                            delivery.perinealTrauma().name(),
                            delivery.epiduralOrSpinal(),
                            delivery.birthWeight().map(BirthWeight::kilograms).orElse(null))
                    .update();
        }
        jdbc.sql("insert into intake_red_flag (intake_id, revision, flag) select ?, ?, unnest(?::text[])")
                .params(
                        intake.id().value(),
                        revision.number(),
                        RedFlagColumns.names(intake.redFlags().positives()))
                .update();
    }

    /** The patient list shows these beside the name without reading the intake (see V2__patient_list_summary.sql). */
    private void updatePatientSummary(Intake current) {
        jdbc.sql("update patient set latest_delivery_date = ?, unresolved_red_flags = ? where id = ?")
                .params(
                        current.obstetricHistory()
                                .latestDelivery()
                                .map(Delivery::date)
                                .orElse(null),
                        current.unresolvedRedFlags().size(),
                        current.patient().value())
                .update();
    }

    private List<RedFlagResolution> resolutionsUpTo(UUID intake, int revision) {
        return recordedUpTo(resolutions(intake), revision);
    }

    private List<StoredResolution> resolutions(UUID intake) {
        return jdbc.sql("select revision, " + RedFlagColumns.RESOLUTION_COLUMNS
                        + " from red_flag_resolution where intake_id = ? order by id")
                .param(intake)
                .query((rs, row) -> new StoredResolution(rs.getInt("revision"), RedFlagColumns.resolution(rs)))
                .list();
    }

    /** A resolution carries over to the versions after the one it was recorded on, never to earlier ones. */
    private static List<RedFlagResolution> recordedUpTo(List<StoredResolution> resolutions, int revision) {
        return resolutions.stream()
                .filter(stored -> stored.revision() <= revision)
                .map(StoredResolution::resolution)
                .toList();
    }

    private static StoredVersion version(ResultSet rs, int row) throws SQLException {
        BigDecimal hours = rs.getBigDecimal("babywearing_hours");
        LocalDate since = rs.getObject("pain_since", LocalDate.class);
        return new StoredVersion(
                new IntakeId(rs.getObject("id", UUID.class)),
                new PatientId(rs.getObject("patient_id", UUID.class)),
                rs.getInt("gravida"),
                rs.getInt("para"),
                Feeding.valueOf(rs.getString("feeding")),
                new Babywearing(rs.getBoolean("wears_baby"), Optional.ofNullable(hours)),
                new PainProfile(
                        NumericPainRating.of(rs.getInt("nrs_now")),
                        NumericPainRating.of(rs.getInt("nrs_worst_last_week")),
                        enums(rs.getArray("pain_sites"), PainSite::valueOf),
                        enums(rs.getArray("pain_character"), PainCharacter::valueOf),
                        enums(rs.getArray("aggravating_activities"), AggravatingActivity::valueOf),
                        Optional.ofNullable(since)),
                new RelevantHistory(
                        rs.getBoolean("previous_back_pain"),
                        rs.getBoolean("herniated_disc"),
                        rs.getBoolean("pelvic_girdle_pain_in_pregnancy"),
                        rs.getBoolean("surgery"),
                        Optional.ofNullable(rs.getString("surgery_details"))),
                RedFlagColumns.screen(rs, "positive_red_flags", "epds_item_scores"),
                new Revision(
                        rs.getInt("revision"),
                        new AccountId(rs.getObject("author_id", UUID.class)),
                        rs.getTimestamp("recorded_at").toInstant(),
                        Optional.ofNullable(rs.getString("reason")),
                        rs.getBoolean("replaced")));
    }

    private static StoredDelivery delivery(ResultSet rs, int row) throws SQLException {
        BigDecimal weight = rs.getBigDecimal("birth_weight_kg");
        return new StoredDelivery(
                rs.getInt("revision"),
                new Delivery(
                        rs.getObject("delivery_date", LocalDate.class),
                        DeliveryMode.valueOf(rs.getString("mode")),
                        PerinealTrauma.valueOf(rs.getString("perineal_trauma")),
                        rs.getBoolean("epidural_or_spinal"),
                        Optional.ofNullable(weight).map(BirthWeight::ofKilograms)));
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Function<String, E> valueOf) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(valueOf).collect(Collectors.toUnmodifiableSet());
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    /** One version row before its deliveries and resolutions are attached. */
    private record StoredVersion(
            IntakeId id,
            PatientId patient,
            int gravida,
            int para,
            Feeding feeding,
            Babywearing babywearing,
            PainProfile pain,
            RelevantHistory relevantHistory,
            RedFlagScreen redFlags,
            Revision revision) {

        Intake complete(List<Delivery> deliveries, List<RedFlagResolution> resolutions) {
            return new Intake(
                    id,
                    patient,
                    new ObstetricHistory(gravida, para, deliveries, feeding, babywearing),
                    pain,
                    relevantHistory,
                    redFlags,
                    resolutions,
                    revision);
        }
    }

    private record StoredDelivery(int revision, Delivery delivery) {}

    private record StoredResolution(int revision, RedFlagResolution resolution) {}
}
