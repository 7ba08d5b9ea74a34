package app.floorplan.core.audit;

import java.util.List;
import java.util.Optional;

/**
 * Walks the whole audit chain in order and finds the first link that does not hold: a missing sequence number (a
 * deleted event), a previous hash that is not the event before's (reordered or replaced), or a hash that does not
 * match the content (a changed event). Not a use case: the admin reaches it through {@link AuditReview}, an operator
 * through the verification command.
 */
public class AuditChainCheck {

    private static final int PAGE = 1_000;

    private final AuditHistory history;

    public AuditChainCheck(AuditHistory history) {
        this.history = history;
    }

    public ChainVerification verify() {
        long checked = 0;
        String previous = ChainLink.GENESIS;
        List<ChainLink> page;
        do {
            page = history.chainAfter(checked, PAGE);
            for (ChainLink link : page) {
                Optional<String> fault = fault(link, checked + 1, previous);
                if (fault.isPresent()) {
                    return new ChainVerification(
                            checked,
                            Optional.of(
                                    new ChainBreak(link.sequence(), link.event().occurredAt(), fault.get())));
                }
                previous = link.hash();
                checked++;
            }
        } while (page.size() == PAGE);
        return new ChainVerification(checked, Optional.empty());
    }

    private static Optional<String> fault(ChainLink link, long expectedSequence, String previous) {
        if (link.sequence() != expectedSequence) {
            return Optional.of("event #" + expectedSequence + " is missing");
        }
        if (!link.previousHash().equals(previous)) {
            return Optional.of("does not follow the event before it");
        }
        if (!link.hash().equals(link.expectedHash())) {
            return Optional.of("changed after it was written");
        }
        return Optional.empty();
    }
}
