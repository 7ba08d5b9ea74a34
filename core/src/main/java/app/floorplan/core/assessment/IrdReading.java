package app.floorplan.core.assessment;

import app.floorplan.core.validation.Violations;
import java.math.BigDecimal;

/**
 * One inter-rectus distance reading: where, at rest or loaded, how it was measured and the distance. The method
 * decides the unit: millimetres by caliper or ultrasound, finger widths by palpation.
 */
public record IrdReading(IrdSite site, IrdCondition condition, IrdMethod method, InterRectusDistance distance) {

    public IrdReading {
        new Violations()
                .check(
                        distance.unit() == method.unit(),
                        field(site, condition),
                        method.label() + " is recorded in " + method.unit().label() + ", not "
                                + distance.unit().label())
                .throwIfAny();
    }

    /** A reading from form values, in the unit of the method; refused under {@link #field(IrdSite, IrdCondition)}. */
    public static IrdReading of(IrdSite site, IrdCondition condition, IrdMethod method, BigDecimal amount) {
        return new IrdReading(
                site, condition, method, InterRectusDistance.of(amount, method.unit(), field(site, condition)));
    }

    /** The form field key of a reading, e.g. {@code "ird.umbilicus.rest"}. */
    public static String field(IrdSite site, IrdCondition condition) {
        return InterRectusDistance.FIELD + "." + site.key() + "." + condition.key();
    }
}
