package app.floorplan.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditTrailTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:30:00Z");
    private static final Actor PT =
            new Actor(AccountId.random(), "Pia Therapist", Role.PT, ClinicId.random(), Optional.empty());

    private final List<AuditEvent> log = new ArrayList<>();

    @Test
    void an_event_carries_who_in_which_role_what_record_when_from_where_and_the_outcome() {
        var trail = new AuditTrail(log::add, Clock.fixed(NOW, ZoneOffset.UTC), () -> Optional.of("203.0.113.9"));
        UUID exercise = UUID.randomUUID();

        trail.record(PT, AuditAction.EXERCISE_CREATED, exercise);

        assertThat(log)
                .containsExactly(new AuditEvent(
                        NOW,
                        Optional.of(PT.accountId()),
                        Optional.of(Role.PT),
                        AuditAction.EXERCISE_CREATED,
                        Optional.empty(),
                        Optional.of(exercise),
                        AuditOutcome.SUCCESS,
                        Optional.of("203.0.113.9")));
    }

    @Test
    void a_failed_login_names_nobody_but_keeps_the_address() {
        var trail = new AuditTrail(log::add, Clock.fixed(NOW, ZoneOffset.UTC), () -> Optional.of("198.51.100.4"));

        trail.recordAnonymous(AuditAction.LOGIN_FAILED, AuditOutcome.FAILURE);

        AuditEvent event = log.getFirst();
        assertThat(event.actor()).isEmpty();
        assertThat(event.role()).isEmpty();
        assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(event.sourceAddress()).contains("198.51.100.4");
    }
}
