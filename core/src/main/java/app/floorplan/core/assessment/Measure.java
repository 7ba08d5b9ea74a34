package app.floorplan.core.assessment;

import java.util.Optional;

/**
 * Which value is compared: the kind, and for an inter-rectus distance the site and condition.
 *
 * @param site only for {@link MeasureKind#IRD}
 * @param condition only for {@link MeasureKind#IRD}
 */
public record Measure(MeasureKind kind, Optional<IrdSite> site, Optional<IrdCondition> condition) {

    public Measure {
        if ((kind == MeasureKind.IRD) != (site.isPresent() && condition.isPresent())
                || site.isPresent() != condition.isPresent()) {
            throw new IllegalArgumentException("an IRD measure has a site and condition, other measures none");
        }
    }

    public static Measure of(MeasureKind kind) {
        return new Measure(kind, Optional.empty(), Optional.empty());
    }

    public static Measure ird(IrdSite site, IrdCondition condition) {
        return new Measure(MeasureKind.IRD, Optional.of(site), Optional.of(condition));
    }

    /** E.g. "Inter-rectus distance, at the umbilicus, at rest" or "Oxford grade". */
    public String label() {
        return kind.label()
                + site.map(value -> ", " + value.label().toLowerCase()).orElse("")
                + condition.map(value -> ", " + value.label().toLowerCase()).orElse("");
    }
}
