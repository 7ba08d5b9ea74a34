package app.floorplan.core.outcome;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.mood.EpdsScore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * EPDS totals asked in the red-flag screen (docs/adr/0019-red-flag-screen-at-every-visit.md), as points of the EPDS
 * series: the same instrument and scoring [COX-1987] as the EPDS questionnaire, so one chart shows the woman's mood over
 * time whichever way it was asked, each value naming where it came from.
 */
final class ScreenedEpds {

    private ScreenedEpds() {}

    /**
     * @param intakeVersions every version of her intake: the current one's screen counts, dated on the day the intake was
     *     first recorded (a correction fixes what was answered then)
     * @param assessments her current assessments, each dated on its visit
     * @return oldest first
     */
    static List<SeriesPoint> of(List<Intake> intakeVersions, List<Assessment> assessments, ZoneId zone) {
        var points = new ArrayList<SeriesPoint>();
        Optional<LocalDate> intakeDay = intakeVersions.stream()
                .map(version -> version.revision().recordedAt())
                .min(Comparator.naturalOrder())
                .map(recorded -> recorded.atZone(zone).toLocalDate());
        intakeVersions.stream()
                .filter(version -> !version.revision().replaced())
                .findFirst()
                .flatMap(current -> current.redFlags().epdsScore())
                .ifPresent(score -> points.add(point(intakeDay.orElseThrow(), score, "at the intake")));
        for (Assessment assessment : assessments) {
            assessment
                    .redFlags()
                    .flatMap(RedFlagScreen::epdsScore)
                    .ifPresent(score -> points.add(point(assessment.date(), score, "at the visit")));
        }
        points.sort(Comparator.comparing(SeriesPoint::date));
        return points;
    }

    private static SeriesPoint point(LocalDate day, EpdsScore score, String where) {
        return new SeriesPoint(day, BigDecimal.valueOf(score.total()), where, PointSource.RED_FLAG_SCREEN);
    }
}
