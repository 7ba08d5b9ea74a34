package app.floorplan.core.assessment;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * The smallest change in an inter-rectus distance that two raters can tell apart from measurement error. It depends on
 * the method and the site, so it is given only where a source measured it: by ultrasound at the sites of
 * [KESHWANI-2016]. For caliper and palpation (finger widths), and for ultrasound at other points, no source gives one, and the
 * comparison says so instead of inventing a band.
 *
 * @param source the source as the comparison names it, e.g. "Keshwani 2016" (key KESHWANI-2016 in
 *     {@code docs/clinical-sources.md})
 * @param ultrasoundLevels the points the source measured by ultrasound, at rest and during a head lift
 * @param lowestMillimetres the smallest of the source's minimal detectable changes over those points and conditions
 * @param highestMillimetres the largest of them
 * @param leastReliable the point the source found least reliable, when it names one
 */
public record IrdSmallestRealChange(
        String source,
        Set<IrdLevel> ultrasoundLevels,
        BigDecimal lowestMillimetres,
        BigDecimal highestMillimetres,
        Optional<IrdLevel> leastReliable) {

    // [KESHWANI-2016]: two physiotherapists each took and measured their own ultrasound images of 17 parous women, at
    // rest and during a head lift, 3 cm (and 5 cm) above the upper border of the umbilicus, at that border and 3 cm
    // below its lower border. Minimal detectable changes were 0.64 to 1.97 cm depending on site and condition, and
    // reliability was poorest at the umbilicus. Only that range could be read, not each site's value, so every site
    // carries the range.
    public static final IrdSmallestRealChange KESHWANI_2016 = new IrdSmallestRealChange(
            "Keshwani 2016",
            Set.of(IrdLevel.THREE_CM_ABOVE, IrdLevel.UMBILICUS, IrdLevel.THREE_CM_BELOW),
            new BigDecimal("6.4"),
            new BigDecimal("19.7"),
            Optional.of(IrdLevel.UMBILICUS));

    public IrdSmallestRealChange {
        ultrasoundLevels = Set.copyOf(ultrasoundLevels);
    }

    /** What a change by this method at this point is weighed against. */
    public ChangeThreshold of(IrdMethod method, IrdLevel level) {
        return switch (method) {
            case CALIPER -> new ChangeThreshold.NoPublishedErrorBand("no published error band for caliper readings");
            case PALPATION ->
                new ChangeThreshold.NoPublishedErrorBand("no published error band for palpation (finger widths)");
            case ULTRASOUND ->
                ultrasoundLevels.contains(level)
                        ? new ChangeThreshold.SmallestRealChange(
                                lowestMillimetres, highestMillimetres, source, leastReliable.equals(Optional.of(level)))
                        : new ChangeThreshold.NoPublishedErrorBand(
                                "no published error band for ultrasound " + level.phrase());
        };
    }
}
