package app.floorplan.persistence.progress;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.progress.PainBaseline;
import app.floorplan.core.progress.PracticeRoster;
import app.floorplan.core.progress.RosterEntry;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The clinic's patients with a home program, in one statement: the program's start (its first version), the first pain
 * ratings and the last logged day from correlated subqueries on the practice log's primary key (patient, day), the
 * intake's pain now from its current version. Every practice day follows her one program (a foreign key to its
 * version), so her first ratings are the first since the program started.
 */
@Repository
class JdbcPracticeRoster implements PracticeRoster {

    private final JdbcClient jdbc;

    JdbcPracticeRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RosterEntry> activePrograms(ClinicId clinic) {
        return jdbc.sql("""
                        select p.id, p.given_name, p.family_name, p.assigned_pt_id, v.created_at as started,
                               array(select d.pain from practice_day d
                                     where d.patient_id = p.id and d.pain is not null
                                     order by d.log_date limit ?) as first_ratings,
                               (select iv.nrs_now from intake i join intake_version iv on iv.intake_id = i.id
                                where i.patient_id = p.id and not iv.replaced) as intake_pain,
                               (select max(d.log_date) from practice_day d where d.patient_id = p.id) as last_logged
                        from patient p
                        join home_program hp on hp.patient_id = p.id
                        join home_program_version v on v.program_id = hp.id and v.number = 1
                        where p.clinic_id = ? and not p.archived
                        order by p.family_name, p.given_name, p.id""")
                .params(PainBaseline.FIRST_RATINGS, clinic.value())
                .query(JdbcPracticeRoster::entry)
                .list();
    }

    private static RosterEntry entry(ResultSet rs, int row) throws SQLException {
        UUID assigned = rs.getObject("assigned_pt_id", UUID.class);
        int intakePain = rs.getInt("intake_pain");
        OptionalInt intake = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(intakePain);
        Date last = rs.getDate("last_logged");
        return new RosterEntry(
                new PatientId(rs.getObject("id", UUID.class)),
                rs.getString("given_name") + " " + rs.getString("family_name"),
                Optional.ofNullable(assigned).map(AccountId::new),
                rs.getTimestamp("started").toInstant(),
                ratings(rs.getArray("first_ratings")),
                intake,
                Optional.ofNullable(last).map(Date::toLocalDate));
    }

    private static List<Integer> ratings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray())
                .map(value -> ((Number) value).intValue())
                .toList();
    }
}
