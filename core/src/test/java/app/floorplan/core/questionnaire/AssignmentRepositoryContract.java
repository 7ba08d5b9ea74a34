package app.floorplan.core.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AssignmentRepository} keeps, the in-memory fake core's tests run on and the PostgreSQL adapter
 * alike: an assignment reads back equal, ends once under its version, and a patient's list shows running ones first.
 */
public abstract class AssignmentRepositoryContract {

    protected static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    protected static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    protected PatientId anna;
    protected AccountId pia;

    protected abstract AssignmentRepository repository();

    /** A patient of the clinic {@link #newPt} works in. */
    protected abstract PatientId newPatient();

    /** A PT account of the patient's clinic. */
    protected abstract AccountId newPt();

    @BeforeEach
    void aPatientOfAClinic() {
        anna = newPatient();
        pia = newPt();
    }

    @Test
    void an_assignment_reads_back_equal_and_ends_once_under_its_version() {
        var assignment = assign(anna, Instrument.PFDI_20, Optional.of(4), NOW);

        assertThat(repository().find(assignment.id())).contains(assignment);
        assertThat(repository().end(assignment.id(), 1, pia, NOW)).isFalse();
        assertThat(repository().end(assignment.id(), 0, pia, NOW)).isTrue();
        assertThat(repository().end(assignment.id(), 0, pia, NOW)).isFalse();
        assertThat(repository().forPatient(anna)).singleElement().satisfies(ended -> {
            assertThat(ended.ended()).isTrue();
            assertThat(ended.version()).isEqualTo(1);
        });
    }

    @Test
    void an_ended_assignment_is_not_ended_again_even_under_its_new_version() {
        var assignment = assign(anna, Instrument.PFDI_20, Optional.empty(), NOW);
        assertThat(repository().end(assignment.id(), 0, pia, NOW)).isTrue();

        assertThat(repository().end(assignment.id(), 1, pia, NOW.plusSeconds(60)))
                .isFalse();

        var stored = repository().find(assignment.id()).orElseThrow();
        assertThat(stored.endedAt()).contains(NOW);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void an_unknown_assignment_is_not_found_and_not_ended() {
        AssignmentId unknown = AssignmentId.random();

        assertThat(repository().find(unknown)).isEmpty();
        assertThat(repository().end(unknown, 0, pia, NOW)).isFalse();
    }

    @Test
    void a_patients_list_shows_running_assignments_first_then_newest_first_and_never_another_patients() {
        var older = assign(anna, Instrument.PFDI_20, Optional.empty(), NOW);
        var ended = assign(anna, Instrument.PFDI_20, Optional.empty(), NOW.plusSeconds(120));
        var newer = assign(anna, Instrument.PFDI_20, Optional.of(4), NOW.plusSeconds(60));
        assign(newPatient(), Instrument.PFDI_20, Optional.empty(), NOW);
        assertThat(repository().end(ended.id(), 0, pia, NOW.plusSeconds(180))).isTrue();

        assertThat(repository().forPatient(anna))
                .extracting(Assignment::id)
                .containsExactly(newer.id(), older.id(), ended.id());
    }

    private Assignment assign(PatientId patient, Instrument instrument, Optional<Integer> repeat, Instant at) {
        var assignment = Assignment.assign(AssignmentId.random(), patient, instrument, TODAY, repeat, pia, at, TODAY);
        repository().add(assignment);
        return assignment;
    }
}
