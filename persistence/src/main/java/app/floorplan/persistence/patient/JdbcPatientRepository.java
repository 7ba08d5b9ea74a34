package app.floorplan.persistence.patient;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientListItem;
import app.floorplan.core.patient.PatientQuery;
import app.floorplan.core.patient.PatientRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPatientRepository implements PatientRepository {

    private final JdbcClient jdbc;

    JdbcPatientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PatientListItem> search(ClinicId clinic, PatientQuery query, int offset, int limit) {
        Filter filter = Filter.of(clinic, query);
        return jdbc.sql("""
                        select p.id, p.given_name, p.family_name, p.date_of_birth, p.phone, p.archived,
                               pt.display_name as pt_name
                        from patient p left join account pt on pt.id = p.assigned_pt_id
                        where %s
                        order by p.family_name, p.given_name, p.id
                        offset :offset limit :limit""".formatted(filter.where()))
                .params(filter.params())
                .param("offset", offset)
                .param("limit", limit)
                .query(JdbcPatientRepository::listItem)
                .list();
    }

    @Override
    public int count(ClinicId clinic, PatientQuery query) {
        Filter filter = Filter.of(clinic, query);
        return jdbc.sql("select count(*) from patient p where " + filter.where())
                .params(filter.params())
                .query(Integer.class)
                .single();
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

    private static PatientListItem listItem(ResultSet rs, int row) throws SQLException {
        return new PatientListItem(
                new PatientId(rs.getObject("id", UUID.class)),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", java.time.LocalDate.class),
                Optional.ofNullable(rs.getString("phone")),
                Optional.ofNullable(rs.getString("pt_name")),
                rs.getBoolean("archived"));
    }

    private static Patient patient(ResultSet rs, int row) throws SQLException {
        UUID pt = rs.getObject("assigned_pt_id", UUID.class);
        PatientDetails details = new PatientDetails(
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getObject("date_of_birth", java.time.LocalDate.class),
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
    private record Filter(String where, java.util.Map<String, Object> params) {

        static Filter of(ClinicId clinic, PatientQuery query) {
            var params = new java.util.HashMap<String, Object>();
            params.put("clinic", clinic.value());
            params.put("includeArchived", query.includeArchived());
            String base = "p.clinic_id = :clinic and (:includeArchived or not p.archived)";
            String term =
                    switch (PatientSearchTerm.read(query.text())) {
                        case PatientSearchTerm.Everyone e -> "";
                        case PatientSearchTerm.BornOn b -> {
                            params.put("dob", b.date());
                            yield " and p.date_of_birth = :dob";
                        }
                        case PatientSearchTerm.PhoneDigits d -> {
                            params.put("digits", "%" + likeEscaped(d.digits()) + "%");
                            yield " and regexp_replace(p.phone, '[^0-9]', '', 'g') like :digits";
                        }
                        case PatientSearchTerm.NamePart n -> {
                            params.put("name", "%" + likeEscaped(n.text()) + "%");
                            yield " and fp_fold(p.given_name || ' ' || p.family_name) like fp_fold(:name)";
                        }
                    };
            return new Filter(base + term, params);
        }

        private static String likeEscaped(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
