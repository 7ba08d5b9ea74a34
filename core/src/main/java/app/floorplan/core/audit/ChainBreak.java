package app.floorplan.core.audit;

import java.time.Instant;

/** The first place where the audit chain does not hold, and why. */
public record ChainBreak(long sequence, Instant occurredAt, String reason) {}
