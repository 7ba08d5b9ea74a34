package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.AssessmentFindings;
import app.floorplan.core.assessment.AssessmentSummary;
import app.floorplan.core.assessment.ChangeThreshold;
import app.floorplan.core.assessment.ComparedVisit;
import app.floorplan.core.assessment.FindingArea;
import app.floorplan.core.assessment.InternalExamItem;
import app.floorplan.core.assessment.IrdUnit;
import app.floorplan.core.assessment.MeasureChange;
import app.floorplan.core.assessment.OxfordGrade;
import app.floorplan.core.record.DecimalPrecision;
import app.floorplan.ui.form.ClinicDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.stream.Collectors;

/** How assessment values read on screen: dates, key values, changes between visits. Plain text only, never HTML. */
final class AssessmentText {

    // A real minus sign: a hyphen before a number reads like a dash.
    private static final String MINUS = "\u2212";

    private AssessmentText() {}

    static String date(LocalDate date) {
        return ClinicDates.date(date);
    }

    /**
     * A compared visit: its date, and on a day with two visits also when it was recorded, e.g. "12.11.2026 09:14".
     */
    static String visit(ComparedVisit visit, boolean withTime, ZoneId zone) {
        return withTime
                ? ClinicDates.dateTime(visit.recordedAt(), zone)
                : date(visit.assessment().date());
    }

    /**
     * The values a PT scans first, e.g. "IRD 28 mm (umbilicus, rest) · Oxford 2 (weak) · ASLR 3/10 · NRS 5/10 now, 7/10
     * worst".
     */
    static String keyValues(AssessmentSummary summary) {
        var parts = new ArrayList<String>();
        summary.irdAtUmbilicusAtRest()
                .ifPresent(reading -> parts.add("IRD " + reading.distance().label() + " (umbilicus, rest)"));
        summary.oxford().ifPresent(grade -> parts.add(oxford(grade)));
        summary.aslr().ifPresent(aslr -> parts.add("ASLR " + aslr.total() + "/10"));
        summary.painAtVisit()
                .ifPresent(pain -> parts.add("NRS " + pain.now().label() + " now, "
                        + pain.worstLastWeek().label() + " worst"));
        return parts.isEmpty() ? "—" : String.join(" · ", parts);
    }

    /** The kinds of finding, e.g. "Diastasis recti, Weak pelvic floor", or that there were none where assessed. */
    static String findingKinds(AssessmentFindings findings) {
        if (findings.findings().isEmpty()) {
            return "No findings in the assessed parts";
        }
        return findings.findings().stream()
                .map(finding -> finding.kind().label())
                .distinct()
                .collect(Collectors.joining(", "));
    }

    static String notAssessed(AssessmentFindings findings) {
        return findings.notAssessed().stream()
                .sorted(Comparator.naturalOrder())
                .map(FindingArea::label)
                .collect(Collectors.joining(", "));
    }

    /** The internal exam's items left not tested, e.g. "Oxford grade (power), Resting tone". */
    static String notTested(AssessmentFindings findings) {
        return findings.notTested().stream().map(InternalExamItem::label).collect(Collectors.joining(", "));
    }

    static String oxford(OxfordGrade grade) {
        return "Oxford " + grade.value() + " (" + grade.label() + ")";
    }

    /** One side of a numeric change, e.g. "28 mm", "2 (weak)", "3/10", "8 s", "7/10" for pain. */
    static String value(MeasureChange.Numeric change, BigDecimal value) {
        return switch (change.measure().kind()) {
            case OXFORD ->
                value.toPlainString() + " (" + OxfordGrade.of(value.intValue()).label() + ")";
            case ASLR_TOTAL, NRS_NOW, NRS_WORST_LAST_WEEK -> value.toPlainString() + "/10";
            default -> amount(value, change.unit());
        };
    }

    /** A number in a unit as a clinician writes it, e.g. "28 mm", "1 finger width", "2.5 finger widths", "8 s". */
    static String amount(BigDecimal amount, String unit) {
        String number = DecimalPrecision.normalized(amount).toPlainString();
        if (unit.isEmpty()) {
            return number;
        }
        boolean oneFinger =
                unit.equals(IrdUnit.FINGER_WIDTHS.label()) && amount.abs().compareTo(BigDecimal.ONE) == 0;
        return number + " " + (oneFinger ? "finger width" : unit);
    }

    static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    /** The signed difference and its direction, e.g. "−9 mm, improved". */
    static String difference(MeasureChange.Numeric change) {
        BigDecimal difference = change.difference();
        String sign =
                switch (difference.signum()) {
                    case -1 -> MINUS;
                    case 1 -> "+";
                    default -> "";
                };
        return sign + amount(difference.abs(), change.unit()) + ", "
                + change.direction().label().toLowerCase();
    }

    /**
     * How a numeric change compares with what it is weighed against, naming that and its source, e.g. "Below the
     * minimal important change (2 points, Farrar 2001, Childs 2005)"; empty for grades and counts without one.
     */
    static String size(MeasureChange.Numeric change) {
        String label = change.size().label();
        return switch (change.threshold()) {
            case ChangeThreshold.SmallestRealChange band ->
                label + " (smallest real change between raters by ultrasound: " + band(band, change.unit())
                        + (band.leastReliableSite() ? "; this was its least reliable site" : "") + ")";
            case ChangeThreshold.MinimalImportantChange important ->
                label + " ("
                        + amount(
                                important.amount(),
                                important.amount().compareTo(BigDecimal.ONE) == 0 ? "point" : "points")
                        + ", " + important.source() + ")";
            case ChangeThreshold.NoPublishedErrorBand none ->
                Character.toUpperCase(none.reason().charAt(0)) + none.reason().substring(1);
            case ChangeThreshold.Unknown unknown -> "";
        };
    }

    /**
     * E.g. "6.4 mm, Keshwani 2016", or where only the source's range over its sites could be read "6.4 to 19.7 mm over
     * the sites of Keshwani 2016, whose value for each site could not be read".
     */
    private static String band(ChangeThreshold.SmallestRealChange band, String unit) {
        return band.exact()
                ? amount(band.lowest(), unit) + ", " + band.source()
                : DecimalPrecision.normalized(band.lowest()).toPlainString() + " to " + amount(band.highest(), unit)
                        + " over the sites of " + band.source() + ", whose value for each site could not be read";
    }
}
