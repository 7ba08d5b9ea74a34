package app.floorplan.core.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The result of walking the audit chain from its first event to its last. */
public record ChainVerification(long eventsChecked, Optional<ChainBreak> firstBreak) {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /** One line for people: "Intact: 1234 events" or where and why it breaks. */
    public String describe() {
        return firstBreak
                .map(b -> "Broken at event #" + b.sequence() + " (" + UTC.format(b.occurredAt()) + "): " + b.reason())
                .orElse("Intact: " + eventsChecked + " events");
    }
}
