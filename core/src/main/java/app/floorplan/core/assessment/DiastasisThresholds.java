package app.floorplan.core.assessment;

import app.floorplan.core.record.DecimalPrecision;
import app.floorplan.core.validation.Violations;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The limits a diastasis is judged against. The literature disagrees, so the limits are a value a clinic can swap;
 * every finding names the source it was judged by. Millimetre readings (caliper, ultrasound) are judged against the
 * millimetre limits, finger widths (palpation) against the finger-width limit.
 *
 * @param millimetreSource the source of the millimetre limits, named in every finding, e.g. "Qu 2022"
 * @param millimetreLimitsDefinedAbove how far above the umbilicus the source measured its above-umbilicus limit
 * @param millimetreLimits a reading wider than the limit is a diastasis; a site without a limit is not judged
 * @param fingerWidthLimit a palpated gap wider than this many finger widths is a diastasis
 * @param severeMillimetres a millimetre reading wider than this is a severe diastasis, at any site
 */
public record DiastasisThresholds(
        String millimetreSource,
        AboveUmbilicusOffset millimetreLimitsDefinedAbove,
        Map<IrdSite, BigDecimal> millimetreLimits,
        BigDecimal fingerWidthLimit,
        BigDecimal severeMillimetres) {

    // Palpation: a diastasis when more than 2 finger widths (domain brief, palpation).
    public static final BigDecimal PALPATION_FINGER_WIDTHS = new BigDecimal("2");
    // Palpation literature: more than 5 cm is commonly called severe. Applied to millimetre readings only: a finger
    // width is too coarse to convert.
    public static final BigDecimal SEVERE_MILLIMETRES = new BigDecimal("50");

    // Qu 2022, ultrasound: diastasis when > 14 mm 3 cm above or > 20 mm at the umbilicus. It gives no value below
    // the umbilicus, so readings there are reported as not judged.
    public static final DiastasisThresholds QU_2022 = new DiastasisThresholds(
            "Qu 2022",
            AboveUmbilicusOffset.THREE_CM,
            Map.of(IrdSite.ABOVE_UMBILICUS, new BigDecimal("14"), IrdSite.UMBILICUS, new BigDecimal("20")),
            PALPATION_FINGER_WIDTHS,
            SEVERE_MILLIMETRES);

    // Beer 2009, 90th percentile of women who had not given birth: normal up to 22 mm 3 cm above and 16 mm 2 cm
    // below the umbilicus (and 15 mm at the xiphoid, a site FloorPlan does not record). It gives no umbilicus value;
    // a reading there is reported as not judged rather than borrowing another source's limit unnamed.
    public static final DiastasisThresholds BEER_2009 = new DiastasisThresholds(
            "Beer 2009",
            AboveUmbilicusOffset.THREE_CM,
            Map.of(IrdSite.ABOVE_UMBILICUS, new BigDecimal("22"), IrdSite.BELOW_UMBILICUS, new BigDecimal("16")),
            PALPATION_FINGER_WIDTHS,
            SEVERE_MILLIMETRES);

    /** FloorPlan's default: Qu 2022 is a diagnostic criterion for postpartum women, Beer 2009 a normal range. */
    public static final DiastasisThresholds DEFAULT = QU_2022;

    public DiastasisThresholds {
        millimetreSource = millimetreSource.strip();
        millimetreLimits = Map.copyOf(normalizedValues(millimetreLimits));
        fingerWidthLimit = DecimalPrecision.normalized(fingerWidthLimit);
        severeMillimetres = DecimalPrecision.normalized(severeMillimetres);
        var violations = new Violations()
                .check(!millimetreSource.isEmpty(), "thresholds.source", "Name the source of the limits")
                .check(fingerWidthLimit.signum() > 0, "thresholds.fingerWidths", "The limit must be above 0")
                .check(severeMillimetres.signum() > 0, "thresholds.severe", "The limit must be above 0");
        millimetreLimits.forEach((site, limit) ->
                violations.check(limit.signum() > 0, "thresholds." + site.key(), "The limit must be above 0"));
        violations.throwIfAny();
    }

    private static Map<IrdSite, BigDecimal> normalizedValues(Map<IrdSite, BigDecimal> limits) {
        var normalized = new EnumMap<IrdSite, BigDecimal>(IrdSite.class);
        limits.forEach((site, limit) -> normalized.put(site, DecimalPrecision.normalized(limit)));
        return normalized;
    }

    /** The millimetre limit at a site; empty when the source gives none there. */
    public Optional<BigDecimal> millimetreLimit(IrdSite site) {
        return Optional.ofNullable(millimetreLimits.get(site));
    }
}
