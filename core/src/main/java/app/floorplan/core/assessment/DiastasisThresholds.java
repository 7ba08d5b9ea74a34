package app.floorplan.core.assessment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The published millimetre limits a clinic judges inter-rectus distances by (a clinic setting; {@link #DEFAULT} until
 * the clinic admin chooses another). Both sources are 90th percentiles of women who had not given birth, measured by
 * ultrasound at rest at named points on the linea alba. A limit is applied only where its source measured: at the same
 * point ({@link IrdLevel}) and at rest; any other reading is not judged, with the reason, rather than borrowing a limit
 * from another point or from the resting state. Every finding names the source it was judged by.
 */
public enum DiastasisThresholds {

    /**
     * [QU-2021] (Quant Imaging Med Surg 11:706-713), ultrasound in women who had not given birth: a diastasis above
     * 14 mm 3 cm above the umbilicus and above 20 mm at the umbilicus. The paper also measured 3 cm below the
     * umbilicus, but its printed criterion there ("> 2 mm") is far below any normal width and could not be confirmed
     * against its results, so readings there are not judged.
     */
    QU_2021(
            "Qu 2021",
            "Qu et al. 2021 (ultrasound): more than 14 mm 3 cm above and more than 20 mm at the umbilicus, at rest",
            Map.of(IrdLevel.THREE_CM_ABOVE, new BigDecimal("14"), IrdLevel.UMBILICUS, new BigDecimal("20")),
            Map.of(
                    IrdLevel.THREE_CM_BELOW,
                    "the value Qu 2021 prints for 3 cm below the umbilicus (> 2 mm) could not be confirmed")),

    /**
     * [BEER-2009] (Clin Anat 22:706-711), ultrasound in women who had not given birth: normal up to 22 mm 3 cm above
     * and 16 mm 2 cm below the umbilicus (and 15 mm at the xiphoid, a point FloorPlan does not record). It gives no
     * value at the umbilicus itself.
     */
    BEER_2009(
            "Beer 2009",
            "Beer et al. 2009 (ultrasound): more than 22 mm 3 cm above and more than 16 mm 2 cm below the umbilicus,"
                    + " at rest",
            Map.of(IrdLevel.THREE_CM_ABOVE, new BigDecimal("22"), IrdLevel.TWO_CM_BELOW, new BigDecimal("16")),
            Map.of());

    /** FloorPlan's default: [QU-2021] is the source that gives a limit at the umbilicus, where a gap is widest. */
    public static final DiastasisThresholds DEFAULT = QU_2021;

    /** Who the limits describe, said in every finding judged by them. */
    public static final String POPULATION = "90th percentile of women who had not given birth";

    private final String source;
    private final String description;
    private final Map<IrdLevel, BigDecimal> restLimits;
    private final Map<IrdLevel, String> measuredButNotUsed;

    DiastasisThresholds(
            String source,
            String description,
            Map<IrdLevel, BigDecimal> restLimits,
            Map<IrdLevel, String> measuredButNotUsed) {
        this.source = source;
        this.description = description;
        this.restLimits = Map.copyOf(restLimits);
        this.measuredButNotUsed = Map.copyOf(measuredButNotUsed);
    }

    /**
     * The source as every finding names it, e.g. "Qu 2021" (key QU-2021 in {@code docs/clinical-sources.md}).
     */
    public String source() {
        return source;
    }

    /** The limits in one line, for the clinic admin choosing between sources. */
    public String description() {
        return description;
    }

    /** The limit for a reading at this point and condition; empty when the source gives none there. */
    public Optional<BigDecimal> limit(IrdLevel level, IrdCondition condition) {
        return condition == IrdCondition.REST ? Optional.ofNullable(restLimits.get(level)) : Optional.empty();
    }

    /** Why a reading without a {@link #limit} is not judged, naming the source. */
    public String whyNotJudged(IrdLevel level, IrdCondition condition) {
        if (condition != IrdCondition.REST) {
            return source + " gives limits at rest only";
        }
        if (measuredButNotUsed.containsKey(level)) {
            return measuredButNotUsed.get(level);
        }
        return source + " gives no limit " + level.phrase();
    }
}
