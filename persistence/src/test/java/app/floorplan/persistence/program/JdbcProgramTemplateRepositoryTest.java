package app.floorplan.persistence.program;

import static app.floorplan.core.program.HomeProgramRepositoryContract.content;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.program.ProgramTemplate;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import app.floorplan.persistence.testing.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcProgramTemplateRepositoryTest {

    private final JdbcClient jdbc = MigratedDatabase.jdbc();
    private final JdbcProgramTemplateRepository templates = new JdbcProgramTemplateRepository(jdbc);
    private final Fixtures fixtures = new Fixtures(jdbc);
    private ClinicId ourClinic;
    private ClinicId otherClinic;
    private AccountId admin;

    @BeforeEach
    void twoClinics() {
        ourClinic = fixtures.clinic();
        otherClinic = fixtures.clinic();
        admin = fixtures.pt(ourClinic, "Ada");
    }

    @Test
    void templates_read_back_equal_by_name_ignoring_case_and_only_for_their_clinic() {
        var late = ProgramTemplate.create(ourClinic, "late postnatal", content(2, 12), admin);
        var early = ProgramTemplate.create(ourClinic, "Early postnatal, after a C-section", content(1, 30), admin);
        var middle = ProgramTemplate.create(ourClinic, "Lifting", content(3, 1), admin);
        var theirs = ProgramTemplate.create(otherClinic, "A template", content(1, 3), fixtures.pt(otherClinic, "X"));
        for (var template : new ProgramTemplate[] {late, early, middle, theirs}) {
            templates.add(template);
        }

        assertThat(templates.listByClinic(ourClinic)).containsExactly(early, late, middle);
        assertThat(templates.listByClinic(otherClinic)).containsExactly(theirs);
        assertThat(templates.listByClinic(ClinicId.random())).isEmpty();
    }

    @Test
    void listing_costs_two_statements_whatever_the_number_of_templates() {
        for (int i = 0; i < 5; i++) {
            templates.add(ProgramTemplate.create(ourClinic, "Template " + i, content(i, 10 + i), admin));
        }
        var counter = new StatementCounter();
        var counted = new JdbcProgramTemplateRepository(JdbcClient.create(counter.wrap(MigratedDatabase.dataSource())));

        assertThat(counted.listByClinic(ourClinic)).hasSize(5);
        assertThat(counter.count()).isEqualTo(2);
    }
}
