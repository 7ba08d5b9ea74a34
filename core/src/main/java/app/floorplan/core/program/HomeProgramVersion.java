package app.floorplan.core.program;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.record.RevisionRules;
import app.floorplan.core.validation.Violations;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a patient's home program, immutable: a change to the program is a new version with who, when and why,
 * and every earlier version is kept (the newest is the current one).
 *
 * @param number 1 for the first program, one more for each revision
 * @param author the PT who prescribed this version
 * @param reason why the program changed (e.g. "Doming gone at re-assessment: progress to stability"); required from
 *     version 2 on, optional for the first, blank counts as absent
 * @param reasonVisibleToPatient the patient sees the reason with her plan; always false without a reason
 */
public record HomeProgramVersion(
        HomeProgramId program,
        PatientId patient,
        int number,
        ProgramContent content,
        AccountId author,
        Instant createdAt,
        Optional<String> reason,
        boolean reasonVisibleToPatient) {

    public static final int MAX_REASON_LENGTH = RevisionRules.MAX_REASON_LENGTH;

    public HomeProgramVersion {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(reason, "reason");
        var found = new Violations();
        RevisionRules.number(found, ProgramFields.NUMBER, number);
        reason = RevisionRules.reason(found, ProgramFields.REASON, number, reason);
        found.throwIfAny();
        reasonVisibleToPatient = reasonVisibleToPatient && reason.isPresent();
    }

    /** The reason when the PT chose to show it to the patient. */
    public Optional<String> reasonForPatient() {
        return reasonVisibleToPatient ? reason : Optional.empty();
    }
}
