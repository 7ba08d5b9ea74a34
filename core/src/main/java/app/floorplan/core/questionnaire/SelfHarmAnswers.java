package app.floorplan.core.questionnaire;

import app.floorplan.core.identity.ClinicId;
import java.time.LocalDate;
import java.util.List;

/**
 * Query port for the PT's urgent alerts: every current EPDS response of a clinic's patients whose item 10 (thoughts of
 * self-harm) scored above 0. [COX-1987] scoring guidance: such an answer always prompts further assessment, whatever
 * the total, so each one is an urgent alert until a PT acknowledges it. Only current versions count: a transcription
 * slip corrected to 0 no longer alerts, a correction to above 0 does. It reads no other answer and needs no actor:
 * the alert use case that calls it checks the PT and her clinic.
 */
public interface SelfHarmAnswers {

    /**
     * @param since the first answer day to include (the alert list's look-back)
     * @return oldest answer day first; one element per response, whatever its number of versions
     */
    List<SelfHarmAnswer> selfHarmAnswers(ClinicId clinic, LocalDate since);
}
