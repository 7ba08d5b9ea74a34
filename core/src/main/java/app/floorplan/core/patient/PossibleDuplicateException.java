package app.floorplan.core.patient;

import java.util.List;

/** Registration paused: the clinic already has a patient with this name and date of birth. */
public final class PossibleDuplicateException extends RuntimeException {

    private final List<PossibleDuplicate> matches;

    public PossibleDuplicateException(List<PossibleDuplicate> matches) {
        super("possible duplicate patient");
        this.matches = List.copyOf(matches);
    }

    public List<PossibleDuplicate> matches() {
        return matches;
    }
}
