package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.AssessmentFindings;
import app.floorplan.core.assessment.AssessmentSummary;
import app.floorplan.core.assessment.ChangeSize;
import app.floorplan.core.assessment.FindingArea;
import app.floorplan.core.assessment.IrdUnit;
import app.floorplan.core.assessment.MeasureChange;
import app.floorplan.core.assessment.OxfordGrade;
import app.floorplan.core.record.DecimalPrecision;
import app.floorplan.ui.form.ClinicDates;
import java.math.BigDecimal;
import java.time.LocalDate;
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

    /** Whether a numeric change is more than the method's measurement error, naming the threshold. */
    static String size(MeasureChange.Numeric change) {
        if (change.size() == ChangeSize.MEASUREMENT_ERROR_UNKNOWN) {
            return "";
        }
        String threshold = change.smallestRealChange()
                .map(smallest -> " (" + threshold(change, smallest) + ")")
                .orElse("");
        return change.size().label() + threshold;
    }

    /** E.g. "smallest real change by ultrasound: 6 mm" or "minimal clinically important difference: 2 points". */
    private static String threshold(MeasureChange.Numeric change, BigDecimal smallest) {
        return switch (change.measure().kind()) {
            case NRS_NOW, NRS_WORST_LAST_WEEK ->
                "minimal clinically important difference: "
                        + amount(smallest, smallest.compareTo(BigDecimal.ONE) == 0 ? "point" : "points");
            default ->
                "smallest real change by "
                        + change.method().map(m -> m.label().toLowerCase()).orElse("this method") + ": "
                        + amount(smallest, change.unit());
        };
    }
}
