package app.floorplan.persistence.clinic;

import app.floorplan.core.clinic.Clinic;
import app.floorplan.core.clinic.ClinicRepository;
import app.floorplan.core.identity.ClinicId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcClinicRepository implements ClinicRepository {

    private final JdbcClient jdbc;

    JdbcClinicRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Clinic> findById(ClinicId id) {
        return jdbc.sql("select id, name from clinic where id = ?")
                .param(id.value())
                .query((rs, n) -> new Clinic(new ClinicId(rs.getObject("id", UUID.class)), rs.getString("name")))
                .optional();
    }

    @Override
    public Optional<Clinic> findByName(String name) {
        return jdbc.sql("select id, name from clinic where name = ?")
                .param(name)
                .query((rs, n) -> new Clinic(new ClinicId(rs.getObject("id", UUID.class)), rs.getString("name")))
                .optional();
    }

    @Override
    public void add(Clinic clinic) {
        jdbc.sql("insert into clinic (id, name) values (?, ?)")
                .params(clinic.id().value(), clinic.name())
                .update();
    }
}
