package app.floorplan.core.assessment;

import app.floorplan.core.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Diastasis recti: inter-rectus distance readings, one per site and condition, and the linea alba under load.
 *
 * @param aboveUmbilicusOffset the protocol's distance above the umbilicus for {@link IrdSite#ABOVE_UMBILICUS}
 * @param belowUmbilicusOffset the protocol's distance below the umbilicus for {@link IrdSite#BELOW_UMBILICUS}
 * @param readings at least one reading; at most one per site and condition
 * @param tensionUnderLoad empty when not assessed
 * @param depthUnderLoad empty when not assessed
 */
public record DiastasisSection(
        AboveUmbilicusOffset aboveUmbilicusOffset,
        BelowUmbilicusOffset belowUmbilicusOffset,
        List<IrdReading> readings,
        Optional<LineaAlbaTension> tensionUnderLoad,
        Optional<LineaAlbaDepth> depthUnderLoad) {

    public DiastasisSection {
        readings = List.copyOf(readings);
        var violations = new Violations()
                .check(
                        !readings.isEmpty(),
                        InterRectusDistance.FIELD,
                        "Record at least one inter-rectus distance, or mark the section not assessed");
        var seen = new HashSet<String>();
        for (var reading : readings) {
            var field = IrdReading.field(reading.site(), reading.condition());
            violations.check(seen.add(field), field, "Recorded twice: keep one reading per site and condition");
        }
        violations.throwIfAny();
    }

    /** The exact point on the linea alba a reading at this site was taken at, with this section's protocol. */
    public IrdLevel level(IrdSite site) {
        return switch (site) {
            case ABOVE_UMBILICUS -> aboveUmbilicusOffset.level();
            case UMBILICUS -> IrdLevel.UMBILICUS;
            case BELOW_UMBILICUS -> belowUmbilicusOffset.level();
        };
    }

    /** The reading at a site and condition, if it was measured. */
    public Optional<IrdReading> reading(IrdSite site, IrdCondition condition) {
        return readings.stream()
                .filter(reading -> reading.site() == site && reading.condition() == condition)
                .findFirst();
    }
}
