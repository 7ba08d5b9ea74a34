package app.floorplan.core.audit;

import java.util.Optional;

/** Port: where the current request comes from, for the audit trail's "from where". */
@FunctionalInterface
public interface RequestOrigin {

    /** The client's IP address; empty when no request is being served (start-up, background work). */
    Optional<String> sourceAddress();
}
