package app.floorplan.core.assessment;

import java.util.ArrayList;
import java.util.List;

/** Judges each inter-rectus distance reading against the thresholds in its unit. */
final class DiastasisFindings {

    private DiastasisFindings() {}

    static List<Finding> of(DiastasisSection section, DiastasisThresholds thresholds) {
        var findings = new ArrayList<Finding>();
        for (var reading : section.readings()) {
            var where = "IRD " + reading.distance().label() + " "
                    + reading.site().phrase(section.aboveUmbilicusOffset()) + " "
                    + reading.condition().phrase();
            switch (reading.distance().unit()) {
                case MILLIMETRES -> findings.addAll(millimetreFindings(reading, where, section, thresholds));
                case FINGER_WIDTHS -> {
                    var limit = thresholds.fingerWidthLimit();
                    if (reading.distance().amount().compareTo(limit) > 0) {
                        findings.add(Finding.at(
                                FindingKind.DIASTASIS,
                                reading,
                                where + " > " + limit.toPlainString() + " finger widths (palpation)"));
                    }
                }
            }
        }
        return findings;
    }

    private static List<Finding> millimetreFindings(
            IrdReading reading, String where, DiastasisSection section, DiastasisThresholds thresholds) {
        var findings = new ArrayList<Finding>();
        var amount = reading.distance().amount();
        var severe = amount.compareTo(thresholds.severeMillimetres()) > 0;
        var limit = thresholds.millimetreLimit(reading.site());
        if (limit.isPresent() && amount.compareTo(limit.get()) > 0) {
            findings.add(Finding.at(
                    FindingKind.DIASTASIS,
                    reading,
                    where + " > " + limit.get().toPlainString() + " mm (" + thresholds.millimetreSource()
                            + offsetNote(reading, section, thresholds) + ")"));
        }
        if (severe) {
            findings.add(Finding.at(
                    FindingKind.SEVERE_DIASTASIS,
                    reading,
                    where + " > " + thresholds.severeMillimetres().toPlainString() + " mm, commonly called severe"));
        }
        if (limit.isEmpty() && !severe) {
            findings.add(Finding.at(
                    FindingKind.IRD_NOT_JUDGED,
                    reading,
                    where + " not judged: " + thresholds.millimetreSource() + " gives no limit there"));
        }
        return findings;
    }

    /** Says so when the protocol measured above the umbilicus at another distance than the source did. */
    private static String offsetNote(IrdReading reading, DiastasisSection section, DiastasisThresholds thresholds) {
        var differs = reading.site() == IrdSite.ABOVE_UMBILICUS
                && section.aboveUmbilicusOffset() != thresholds.millimetreLimitsDefinedAbove();
        return differs
                ? ", defined " + thresholds.millimetreLimitsDefinedAbove().label() + " above"
                : "";
    }
}
