package app.floorplan.core.program;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.validation.Violations;
import java.util.Objects;

/**
 * A clinic's starting point for home programs (e.g. "Early postnatal, after a C-section"): content that a PT copies
 * into a patient's program and then adapts. Changing a template later never changes a program started from it.
 *
 * @param name one line, at most {@value #MAX_NAME_LENGTH} characters
 * @param createdBy the account that saved the template
 */
public record ProgramTemplate(
        ProgramTemplateId id, ClinicId clinic, String name, ProgramContent content, AccountId createdBy) {

    public static final int MAX_NAME_LENGTH = 80;

    public ProgramTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clinic, "clinic");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdBy, "createdBy");
        name = name.strip();
        new Violations()
                .check(!name.isEmpty(), ProgramFields.TEMPLATE_NAME, "Give the template a name")
                .check(
                        name.length() <= MAX_NAME_LENGTH,
                        ProgramFields.TEMPLATE_NAME,
                        "The name must be at most " + MAX_NAME_LENGTH + " characters")
                .check(
                        !name.contains("\n") && !name.contains("\r"),
                        ProgramFields.TEMPLATE_NAME,
                        "The name must fit on one line")
                .throwIfAny();
    }

    /** A new template of the clinic, with a fresh id. */
    public static ProgramTemplate create(ClinicId clinic, String name, ProgramContent content, AccountId createdBy) {
        return new ProgramTemplate(ProgramTemplateId.random(), clinic, name, content, createdBy);
    }

    /** A program form filled with this template's content, for the PT to adapt to the patient before saving. */
    public ProgramContentDraft startProgram() {
        return ProgramContentDraft.of(content);
    }
}
