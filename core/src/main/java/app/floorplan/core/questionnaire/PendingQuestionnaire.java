package app.floorplan.core.questionnaire;

import java.time.LocalDate;

/** A questionnaire due for the patient to fill in. */
public record PendingQuestionnaire(AssignmentId assignment, Instrument instrument, LocalDate dueOn, boolean started) {}
