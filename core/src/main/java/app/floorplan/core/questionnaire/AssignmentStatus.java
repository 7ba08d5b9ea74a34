package app.floorplan.core.questionnaire;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An assignment as the PT sees it today.
 *
 * @param waitingSince the due day she has not answered yet, if one is open
 * @param nextDue the next due day after today, while it runs
 * @param lastAnswered the due day of the latest occurrence she answered
 */
public record AssignmentStatus(
        Assignment assignment,
        Optional<LocalDate> waitingSince,
        Optional<LocalDate> nextDue,
        Optional<LocalDate> lastAnswered) {}
