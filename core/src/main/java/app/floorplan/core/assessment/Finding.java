package app.floorplan.core.assessment;

import java.util.Optional;

/**
 * Something an assessment (or the intake's pain profile) shows that the home program should address.
 *
 * @param kind what it is, for rules to match on
 * @param reading the inter-rectus distance reading behind a diastasis finding; empty for other kinds
 * @param reason plain-language reason naming the value, the limit and its source, e.g. "IRD 28 mm at the umbilicus
 *     at rest &gt; 20 mm (Qu 2021: ...)"
 */
public record Finding(FindingKind kind, Optional<IrdReading> reading, String reason) {

    static Finding of(FindingKind kind, String reason) {
        return new Finding(kind, Optional.empty(), reason);
    }

    static Finding at(FindingKind kind, IrdReading reading, String reason) {
        return new Finding(kind, Optional.of(reading), reason);
    }

    /** Where the reading behind this finding was taken, for diastasis findings. */
    public Optional<IrdSite> site() {
        return reading.map(IrdReading::site);
    }
}
