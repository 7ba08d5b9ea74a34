package app.floorplan.core.program;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.CaesareanScarSection;
import app.floorplan.core.assessment.PelvicFloorSection;
import app.floorplan.core.intake.Delivery;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.WeeksPostpartum;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the prescription rules need to know about the patient on the day of prescribing.
 *
 * @param intake the current intake version; empty when none is recorded
 * @param scarAssessment the newest assessment that examined the C-section scar; a newer visit that skipped the scar
 *     says nothing about it, so it does not hide the last examination
 * @param assessments the current versions of every assessment, whose red-flag screens must be settled too
 * @param today the day of prescribing, for the weeks since the birth
 * @param pelvicFloorAssessment the newest assessment that assessed the pelvic floor (its symptoms), for the same reason
 */
public record PrescriptionContext(
        Optional<Intake> intake,
        Optional<Assessment> scarAssessment,
        List<Assessment> assessments,
        LocalDate today,
        Optional<Assessment> pelvicFloorAssessment) {

    // Domain brief, precautions: early weeks after a C-section (commonly < 6 weeks, until cleared) no loaded abdominal
    // work.
    public static final int EARLY_WEEKS_AFTER_CAESAREAN = 6;

    public PrescriptionContext {
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(scarAssessment, "scarAssessment");
        Objects.requireNonNull(today, "today");
        assessments = List.copyOf(assessments);
        Objects.requireNonNull(pelvicFloorAssessment, "pelvicFloorAssessment");
    }

    /** The context from the patient's intake and current assessment versions, in any order. */
    public static PrescriptionContext of(Optional<Intake> intake, List<Assessment> assessments, LocalDate today) {
        var scar = assessments.stream()
                .filter(assessment -> assessment.sections().caesareanScar().isAssessed())
                .max(Comparator.comparing(Assessment::date));
        var pelvicFloor = assessments.stream()
                .filter(assessment -> assessment.sections().pelvicFloor().isAssessed())
                .max(Comparator.comparing(Assessment::date));
        return new PrescriptionContext(intake, scar, assessments, today, pelvicFloor);
    }

    /** The scar as last examined. */
    public Optional<CaesareanScarSection> scar() {
        return scarAssessment.flatMap(
                assessment -> assessment.sections().caesareanScar().values());
    }

    /** The pelvic floor as last assessed. */
    public Optional<PelvicFloorSection> pelvicFloor() {
        return pelvicFloorAssessment.flatMap(
                assessment -> assessment.sections().pelvicFloor().values());
    }

    public Optional<Delivery> latestDelivery() {
        return intake.flatMap(i -> i.obstetricHistory().latestDelivery());
    }

    public Optional<WeeksPostpartum> weeksPostpartum() {
        return intake.flatMap(i -> i.obstetricHistory().weeksPostpartum(today));
    }

    /**
     * Time since the latest delivery while that delivery was a caesarean less than
     * {@value #EARLY_WEEKS_AFTER_CAESAREAN} weeks ago; empty otherwise. Judged on the latest delivery: an older caesarean
     * followed by a vaginal birth leaves no fresh abdominal wound.
     */
    public Optional<WeeksPostpartum> earlyWeeksAfterCaesarean() {
        return latestDelivery()
                .filter(delivery -> delivery.mode().isCaesarean())
                .flatMap(delivery -> weeksPostpartum())
                .filter(since -> since.weeks() < EARLY_WEEKS_AFTER_CAESAREAN);
    }
}
