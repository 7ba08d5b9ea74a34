package app.floorplan.core.validation;

/**
 * Someone else saved the same record since this person opened it (optimistic locking). The form keeps what was typed
 * and tells the person; nothing is overwritten silently.
 */
public final class EditConflictException extends RuntimeException {
    public EditConflictException(String what) {
        super(what + " was changed by someone else since you opened it");
    }
}
