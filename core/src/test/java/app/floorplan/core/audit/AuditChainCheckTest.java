package app.floorplan.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.ClinicId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class AuditChainCheckTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00.123456Z");

    private final List<ChainLink> stored = new ArrayList<>();
    private final AuditChainCheck check = new AuditChainCheck(new StoredChain());

    @Test
    void an_empty_trail_is_intact() {
        assertThat(check.verify().describe()).isEqualTo("Intact: 0 events");
    }

    @Test
    void a_chain_longer_than_one_page_is_walked_to_its_end() {
        LongStream.rangeClosed(1, 2_345).forEach(n -> append(event(n)));

        assertThat(check.verify().describe()).isEqualTo("Intact: 2345 events");
    }

    @Test
    void a_changed_event_is_reported_at_its_own_sequence_number_with_its_time() {
        LongStream.rangeClosed(1, 5).forEach(n -> append(event(n)));
        ChainLink third = stored.get(2);
        AuditEvent changed = new AuditEvent(
                third.event().occurredAt(),
                third.event().actor(),
                third.event().role(),
                AuditAction.LOGOUT,
                third.event().patient(),
                third.event().record(),
                third.event().outcome(),
                third.event().sourceAddress());
        stored.set(2, new ChainLink(3, changed, third.previousHash(), third.hash()));

        ChainVerification result = check.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.eventsChecked()).isEqualTo(2);
        assertThat(result.firstBreak().orElseThrow())
                .isEqualTo(new ChainBreak(3, T0.plusSeconds(3), "changed after it was written"));
        assertThat(result.describe())
                .isEqualTo("Broken at event #3 (2026-11-22 08:00:03 UTC): changed after it was written");
    }

    @Test
    void a_rehashed_change_still_breaks_the_link_to_the_next_event() {
        LongStream.rangeClosed(1, 4).forEach(n -> append(event(n)));
        ChainLink second = stored.get(1);
        ChainLink forged = new ChainLink(2, event(99), second.previousHash(), "");
        stored.set(1, new ChainLink(2, forged.event(), forged.previousHash(), forged.expectedHash()));

        assertThat(check.verify().firstBreak().orElseThrow().sequence()).isEqualTo(3);
    }

    @Test
    void a_removed_event_is_reported_where_its_number_is_missing() {
        LongStream.rangeClosed(1, 4).forEach(n -> append(event(n)));
        stored.remove(1);

        assertThat(check.verify().firstBreak().orElseThrow().reason()).isEqualTo("event #2 is missing");
    }

    @Test
    void the_encoding_keeps_a_missing_field_apart_from_an_empty_one() {
        ChainLink missing = new ChainLink(1, event(1), ChainLink.GENESIS, "");
        AuditEvent e = event(1);
        ChainLink empty = new ChainLink(
                1,
                new AuditEvent(
                        e.occurredAt(),
                        e.actor(),
                        e.role(),
                        e.action(),
                        e.patient(),
                        e.record(),
                        e.outcome(),
                        Optional.of("")),
                ChainLink.GENESIS,
                "");

        assertThat(missing.expectedHash()).hasSize(64).isNotEqualTo(empty.expectedHash());
    }

    private void append(AuditEvent event) {
        String previous =
                stored.isEmpty() ? ChainLink.GENESIS : stored.getLast().hash();
        long sequence = stored.size() + 1L;
        String hash = new ChainLink(sequence, event, previous, "").expectedHash();
        stored.add(new ChainLink(sequence, event, previous, hash));
    }

    private static AuditEvent event(long n) {
        return new AuditEvent(
                T0.plusSeconds(n),
                Optional.empty(),
                Optional.empty(),
                AuditAction.PATIENT_VIEWED,
                Optional.empty(),
                Optional.of(new UUID(0, n)),
                AuditOutcome.SUCCESS,
                Optional.empty());
    }

    private final class StoredChain implements AuditHistory {
        @Override
        public List<AuditEntry> search(ClinicId clinic, AuditFilter filter, int offset, int limit) {
            throw new UnsupportedOperationException("the chain check does not search");
        }

        @Override
        public int count(ClinicId clinic, AuditFilter filter) {
            throw new UnsupportedOperationException("the chain check does not count");
        }

        @Override
        public List<ChainLink> chainAfter(long sequence, int limit) {
            return stored.stream()
                    .filter(link -> link.sequence() > sequence)
                    .limit(limit)
                    .toList();
        }
    }
}
