package app.floorplan.core.assessment;

import app.floorplan.core.intake.WeeksPostpartum;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges each inter-rectus distance reading: millimetres (caliper, ultrasound) against the clinic's chosen
 * {@link DiastasisThresholds}, finger widths (palpation) against the palpation rule ([GLUPPE-2018]). A reading its
 * source gives no limit for is reported as not judged, never as normal.
 */
final class DiastasisFindings {

    // Palpation: a gap of 2 finger widths or more is a diastasis ([GLUPPE-2018], palpated 4.5 cm above, at and 4.5 cm
    // below the umbilicus).
    static final BigDecimal PALPATION_FINGER_WIDTHS = new BigDecimal("2");
    // Clinic rule: more than 5 cm is called severe, a grading used in the surgical literature whose primary source
    // could not be confirmed. Applied to millimetre readings only: a finger width is too coarse to convert.
    static final BigDecimal SEVERE_MILLIMETRES = new BigDecimal("50");
    // The gap narrows by itself over the first 2 months after birth, though not back to the width of women who have
    // not given birth ([COLDRON-2008]): a wide gap in the first 8 weeks is expected, not yet a sign that it will stay.
    static final int NARROWS_BY_ITSELF_UNTIL_WEEKS = 8;

    private DiastasisFindings() {}

    /**
     * @param sinceBirth time from the latest delivery to the visit; empty when no delivery on or before the visit is
     *     recorded
     */
    static List<Finding> of(
            DiastasisSection section, DiastasisThresholds thresholds, Optional<WeeksPostpartum> sinceBirth) {
        var findings = new ArrayList<Finding>();
        var earlyNote = earlyPostpartumNote(sinceBirth);
        for (var reading : section.readings()) {
            var level = section.level(reading.site());
            var where = "IRD " + reading.distance().label() + " " + level.phrase() + " "
                    + reading.condition().phrase();
            switch (reading.distance().unit()) {
                case MILLIMETRES -> findings.addAll(millimetreFindings(reading, level, where, thresholds, earlyNote));
                case FINGER_WIDTHS -> {
                    if (reading.distance().amount().compareTo(PALPATION_FINGER_WIDTHS) >= 0) {
                        findings.add(Finding.at(
                                FindingKind.DIASTASIS,
                                reading,
                                where + " >= " + PALPATION_FINGER_WIDTHS.toPlainString()
                                        + " finger widths (palpation, Gluppe 2018)" + earlyNote));
                    }
                }
            }
        }
        return findings;
    }

    private static List<Finding> millimetreFindings(
            IrdReading reading, IrdLevel level, String where, DiastasisThresholds thresholds, String earlyNote) {
        var findings = new ArrayList<Finding>();
        var amount = reading.distance().amount();
        var severe = amount.compareTo(SEVERE_MILLIMETRES) > 0;
        var limit = thresholds.limit(level, reading.condition());
        if (limit.isPresent() && amount.compareTo(limit.get()) > 0) {
            findings.add(Finding.at(
                    FindingKind.DIASTASIS,
                    reading,
                    where + " > " + limit.get().toPlainString() + " mm (" + thresholds.source() + ": "
                            + DiastasisThresholds.POPULATION + ")" + earlyNote));
        }
        if (severe) {
            findings.add(Finding.at(
                    FindingKind.SEVERE_DIASTASIS,
                    reading,
                    where + " > " + SEVERE_MILLIMETRES.toPlainString() + " mm: severe (clinic rule)" + earlyNote));
        }
        if (limit.isEmpty() && !severe) {
            findings.add(Finding.at(
                    FindingKind.IRD_NOT_JUDGED,
                    reading,
                    where + " not judged: " + thresholds.whyNotJudged(level, reading.condition())));
        }
        return findings;
    }

    private static String earlyPostpartumNote(Optional<WeeksPostpartum> sinceBirth) {
        return sinceBirth
                .filter(time -> time.weeks() < NARROWS_BY_ITSELF_UNTIL_WEEKS)
                .map(time -> "; " + time.label() + " after the birth, a wide gap is expected: it narrows by itself"
                        + " in the first " + NARROWS_BY_ITSELF_UNTIL_WEEKS + " weeks (Coldron 2008)")
                .orElse("");
    }
}
