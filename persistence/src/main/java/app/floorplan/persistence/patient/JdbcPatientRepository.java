package app.floorplan.persistence.patient;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.patient.AssignablePt;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientListItem;
import app.floorplan.core.patient.PatientQuery;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.patient.PossibleDuplicate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPatientRepository implements PatientRepository {

    private static final int FEW_MATCHES_CAP = 5_000;

    /**
     * Collect the matches first through their own index (the CTE hides the page limit from the planner, so it does not
     * walk the name index instead), sort just their names, then read the page's rows.
     */
    private static final String FEW_MATCHES = """
            with matches as materialized (select p.id, p.family_name, p.given_name from patient p where %s),
                 page as (select id from matches order by family_name, given_name, id offset :offset limit :limit)
            select p.id, p.given_name, p.family_name, p.date_of_birth, p.phone, p.archived,
                   p.latest_delivery_date, p.unresolved_red_flags, p.last_assessment_date,
                   pt.display_name as pt_name
            from page join patient p on p.id = page.id left join account pt on pt.id = p.assigned_pt_id
            order by p.family_name, p.given_name, p.id""";

    /** Walk the clinic in name order and stop after one page: matches are dense enough to fill it quickly. */
    private static final String MANY_MATCHES = """
            select p.id, p.given_name, p.family_name, p.date_of_birth, p.phone, p.archived,
                   p.latest_delivery_date, p.unresolved_red_flags, p.last_assessment_date,
                   pt.display_name as pt_name
            from patient p left join account pt on pt.id = p.assigned_pt_id
            where %s
            order by p.family_name, p.given_name, p.id
            offset :offset limit :limit""";

    private final JdbcClient jdbc;

    JdbcPatientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PatientListItem> search(ClinicId clinic, PatientQuery query, int offset, int limit) {
        Filter filter = Filter.of(clinic, query);
        return jdbc.sql((filter.narrow() && fewMatches(filter) ? FEW_MATCHES : MANY_MATCHES).formatted(filter.where()))
                .params(filter.params())
                .param("offset", offset)
                .param("limit", limit)
                .query(JdbcPatientRepository::listItem)
                .list();
    }

    @Override
    public boolean anyMatch(ClinicId clinic, PatientQuery query) {
        Filter filter = Filter.of(clinic, query);
        return jdbc.sql("select exists (select 1 from patient p where " + filter.where() + ")")
                .params(filter.params())
                .query(Boolean.class)
                .single();
    }

    /**
     * PostgreSQL cannot estimate how many names contain a typed fragment, and a wrong guess is expensive both ways:
     * walking the name index for matches clustered late in the alphabet scans most of the clinic, sorting a very
     * common fragment's matches reads tens of thousands of rows. One capped probe tells which case this is.
     */
    private boolean fewMatches(Filter filter) {
        // inside a CTE the matches come from their own index; the outer limit stops reading after the cap
        return jdbc.sql("with matches as materialized (select 1 from patient p where " + filter.where()
                                + ") select count(*) from (select 1 from matches limit " + (FEW_MATCHES_CAP + 1)
                                + ") probe")
                        .params(filter.params())
                        .query(Integer.class)
                        .single()
                <= FEW_MATCHES_CAP;
    }

    @Override
    public Optional<Patient> findById(PatientId id) {
        return jdbc.sql("""
                        select id, clinic_id, given_name, family_name, date_of_birth, phone, email,
                               preferred_language, assigned_pt_id, notes, archived, version
                        from patient where id = ?""")
                .param(id.value())
                .query(JdbcPatientRepository::patient)
                .optional();
    }

    @Override
    public void add(Patient p) {
        PatientDetails d = p.details();
        jdbc.sql("""
                        insert into patient (id, clinic_id, given_name, family_name, date_of_birth, phone, email,
                                             preferred_language, assigned_pt_id, notes, archived, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        p.id().value(),
                        p.clinicId().value(),
                        d.givenName(),
                        d.familyName(),
                        d.dateOfBirth(),
                        d.phone().orElse(null),
                        d.email().orElse(null),
                        d.preferredLanguage(),
                        d.assignedPt().map(AccountId::value).orElse(null),
                        d.notes(),
                        p.archived())
                .update();
    }

    @Override
    public boolean update(Patient p) {
        PatientDetails d = p.details();
        return jdbc.sql("""
                        update patient set given_name = ?, family_name = ?, date_of_birth = ?, phone = ?, email = ?,
                                           preferred_language = ?, assigned_pt_id = ?, notes = ?, archived = ?,
                                           version = version + 1
                        where id = ? and version = ?""")
                        .params(
                                d.givenName(),
                                d.familyName(),
                                d.dateOfBirth(),
                                d.phone().orElse(null),
                                d.email().orElse(null),
                                d.preferredLanguage(),
                                d.assignedPt().map(AccountId::value).orElse(null),
                                d.notes(),
                                p.archived(),
                                p.id().value(),
                                p.version())
                        .update()
                == 1;
    }

    @Override
    public List<PossibleDuplicate> sameNameAndBirthDate(
            ClinicId clinic, String givenName, String familyName, LocalDate born) {
        return jdbc.sql("""
                        select id, given_name, family_name, date_of_birth, archived from patient
                        where clinic_id = ? and date_of_birth = ?
                          and fp_fold(given_name) = fp_fold(?) and fp_fold(family_name) = fp_fold(?)
                        order by family_name, given_name""")
                .params(clinic.value(), born, givenName, familyName)
                .query((rs, n) -> new PossibleDuplicate(
                        new PatientId(rs.getObject("id", UUID.class)),
                        rs.getString("given_name") + " " + rs.getString("family_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getBoolean("archived")))
                .list();
    }

    @Override
    public List<AssignablePt> assignablePts(ClinicId clinic) {
        return jdbc.sql(
                        "select id, display_name from account where clinic_id = ? and role = 'PT' and enabled order by display_name")
                .param(clinic.value())
                .query((rs, n) ->
                        new AssignablePt(new AccountId(rs.getObject("id", UUID.class)), rs.getString("display_name")))
                .list();
    }

    private static PatientListItem listItem(ResultSet rs, int row) throws SQLException {
        return new PatientListItem(
                new PatientId(rs.getObject("id", UUID.class)),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                Optional.ofNullable(rs.getString("phone")),
                Optional.ofNullable(rs.getString("pt_name")),
                rs.getBoolean("archived"),
                Optional.ofNullable(rs.getObject("latest_delivery_date", LocalDate.class)),
                rs.getInt("unresolved_red_flags"),
                Optional.ofNullable(rs.getObject("last_assessment_date", LocalDate.class)));
    }

    private static Patient patient(ResultSet rs, int row) throws SQLException {
        UUID pt = rs.getObject("assigned_pt_id", UUID.class);
        PatientDetails details = new PatientDetails(
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                Optional.ofNullable(rs.getString("phone")),
                Optional.ofNullable(rs.getString("email")),
                rs.getString("preferred_language"),
                Optional.ofNullable(pt).map(AccountId::new),
                rs.getString("notes"));
        return new Patient(
                new PatientId(rs.getObject("id", UUID.class)),
                new ClinicId(rs.getObject("clinic_id", UUID.class)),
                details,
                rs.getBoolean("archived"),
                rs.getLong("version"));
    }

    /** The where clause for a search, with its named parameters; user text only ever travels as a parameter. */
    private record Filter(String where, Map<String, Object> params, boolean narrow) {

        // pg_trgm needs three characters to use its index; shorter input matches name starts instead
        private static final int TRIGRAM_MIN = 3;

        static Filter of(ClinicId clinic, PatientQuery query) {
            var params = new HashMap<String, Object>();
            params.put("clinic", clinic.value());
            String base = "p.clinic_id = :clinic" + (query.includeArchived() ? "" : " and not p.archived");
            return switch (PatientSearchTerm.read(query.text())) {
                case PatientSearchTerm.Everyone e -> new Filter(base, params, false);
                case PatientSearchTerm.BornOn b -> {
                    params.put("dob", b.date());
                    yield new Filter(base + " and p.date_of_birth = :dob", params, true);
                }
                case PatientSearchTerm.PhoneDigits d -> {
                    params.put("digits", "%" + likeEscaped(d.digits()) + "%");
                    yield new Filter(base + " and p.phone_digits like :digits", params, true);
                }
                case PatientSearchTerm.NamePart n
                when n.text().length() < TRIGRAM_MIN -> {
                    params.put("start", likeEscaped(n.text()) + "%");
                    yield new Filter(
                            base + " and (p.search_name like fp_fold(:start) or p.search_family like fp_fold(:start))",
                            params,
                            true);
                }
                case PatientSearchTerm.NamePart n -> {
                    params.put("name", "%" + likeEscaped(n.text()) + "%");
                    yield new Filter(base + " and p.search_name like fp_fold(:name)", params, true);
                }
            };
        }

        private static String likeEscaped(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
