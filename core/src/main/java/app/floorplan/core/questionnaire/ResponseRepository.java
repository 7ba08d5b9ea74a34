package app.floorplan.core.questionnaire;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.record.Correction;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: where questionnaire responses are kept, item by item and version by version, with the patient's drafts. Reading
 * a patient's responses costs a bounded number of statements whatever their count.
 */
public interface ResponseRepository extends SelfHarmAnswers {

    /** The patient's responses, current versions only, newest answered first. */
    List<QuestionnaireResponse> currentFor(PatientId patient);

    Optional<QuestionnaireResponse> current(ResponseId id);

    /** Every version of a response, oldest first. */
    List<QuestionnaireResponse> versions(ResponseId id);

    /** The occurrences of these assignments that a submitted response answers, each with the day it was answered. */
    Map<Occurrence, LocalDate> answered(Collection<AssignmentId> assignments);

    /** The current version of the response that answers an occurrence, once submitted. */
    Optional<QuestionnaireResponse> forOccurrence(Occurrence occurrence);

    Optional<ResponseDraft> draft(Occurrence occurrence);

    /** Stores the draft's answers as they are now, replacing the ones saved before; the same draft twice is harmless. */
    void saveDraft(ResponseDraft draft);

    /**
     * Stores the first version of a response and drops the draft of its occurrence, if any.
     *
     * @return false when its occurrence already has a submitted response (a second tap, another device): nothing written
     */
    boolean submit(QuestionnaireResponse first);

    /**
     * Marks {@code correction.replaced()} replaced and stores {@code correction.current()}.
     *
     * @return false when that version was already replaced (nothing written)
     */
    boolean correct(Correction<QuestionnaireResponse> correction);
}
