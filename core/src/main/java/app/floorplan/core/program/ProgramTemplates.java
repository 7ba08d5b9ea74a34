package app.floorplan.core.program;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.Role;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * Use cases of the clinic's program templates: list them, save a program as a template and start a new program from
 * one. Templates hold no patient data, so an admin may list them too; saving and starting programs is for PTs. Every
 * call sees only the logged-in actor's clinic: another clinic's template reads exactly like a missing one.
 *
 * <p>Audit: {@code PROGRAM_TEMPLATE_SAVED} when a template is saved (no patient). Listing and opening are not audited:
 * they read no patient data.
 */
public class ProgramTemplates {

    private final ProgramTemplateRepository templates;
    private final ExerciseLookup exercises;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public ProgramTemplates(
            ProgramTemplateRepository templates,
            ExerciseLookup exercises,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.templates = templates;
        this.exercises = exercises;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** The templates of the actor's clinic, by name. */
    @RolesAllowed({"PT", "ADMIN"})
    @Transactional
    public List<ProgramTemplate> list() {
        Actor actor = currentActor.require().requireRole(Role.PT, Role.ADMIN);
        return templates.listByClinic(actor.clinicId());
    }

    /**
     * Saves the program content as a new template of the actor's clinic, signed by the logged-in PT.
     *
     * @throws InvalidInputException under {@link ProgramFields#TEMPLATE_NAME} for a missing, too long, multi-line or
     *     already used name, under the item's exercise key for an exercise the clinic cannot prescribe; nothing is saved
     */
    @RolesAllowed("PT")
    @Transactional
    public ProgramTemplate saveAsTemplate(String name, ProgramContent content) {
        Actor actor = pt();
        var found = new Violations();
        var template = found.attempt(() -> ProgramTemplate.create(actor.clinicId(), name, content, actor.accountId()));
        template.ifPresent(t -> found.check(
                templates.listByClinic(actor.clinicId()).stream().noneMatch(other -> sameName(other.name(), t.name())),
                ProgramFields.TEMPLATE_NAME,
                "Your clinic already has a template with this name"));
        for (var item : content.items()) {
            found.check(
                    exercises.find(actor.clinicId(), item.exercise()).isPresent(),
                    ProgramFields.itemExercise(item.position()),
                    "This exercise is not in your clinic's library");
        }
        found.throwIfAny();
        ProgramTemplate saved = template.orElseThrow();
        templates.add(saved);
        audit.record(actor, AuditAction.PROGRAM_TEMPLATE_SAVED, saved.id().value());
        return saved;
    }

    /**
     * A program form filled with the template's content, for the PT to adapt to the patient; nothing is saved.
     *
     * @throws AccessRefusedException when the template is not one of the actor's clinic (or does not exist)
     */
    @RolesAllowed("PT")
    @Transactional
    public ProgramContentDraft open(ProgramTemplateId id) {
        Actor actor = pt();
        return templates.listByClinic(actor.clinicId()).stream()
                .filter(template -> template.id().equals(id))
                .findFirst()
                .orElseThrow(() -> AccessRefusedException.noSuchRecord("template not in the actor's clinic"))
                .startProgram();
    }

    private Actor pt() {
        return currentActor.require().requireRole(Role.PT);
    }

    private static boolean sameName(String one, String other) {
        return one.strip().toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
    }
}
