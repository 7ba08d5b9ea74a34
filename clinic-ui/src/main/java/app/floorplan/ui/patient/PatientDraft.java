package app.floorplan.ui.patient;

import app.floorplan.core.patient.AssignablePt;
import app.floorplan.core.patient.PatientDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the PT has typed into {@link PatientForm}, as the record its Binder reads and writes. The component names are
 * the field names {@link PatientDetails#of} refuses under, which is how a refusal finds its field. Binder hands an
 * emptied field over as null; the draft keeps it as the empty text core checks.
 */
public record PatientDraft(
        String givenName,
        String familyName,
        @Nullable LocalDate dateOfBirth,
        String phone,
        String email,
        String preferredLanguage,
        @Nullable AssignablePt assignedPt,
        String notes) {

    public PatientDraft {
        givenName = Objects.requireNonNullElse(givenName, "");
        familyName = Objects.requireNonNullElse(familyName, "");
        phone = Objects.requireNonNullElse(phone, "");
        email = Objects.requireNonNullElse(email, "");
        preferredLanguage = Objects.requireNonNullElse(preferredLanguage, "");
        notes = Objects.requireNonNullElse(notes, "");
    }

    static PatientDraft of(PatientDetails d, List<AssignablePt> pts) {
        return new PatientDraft(
                d.givenName(),
                d.familyName(),
                d.dateOfBirth(),
                d.phone().orElse(""),
                d.email().orElse(""),
                d.preferredLanguage(),
                d.assignedPt()
                        .flatMap(id ->
                                pts.stream().filter(p -> p.id().equals(id)).findFirst())
                        .orElse(null),
                d.notes());
    }

    /** Core's check of what was typed, with {@code born} standing in for a date not typed yet; throws core's refusal. */
    PatientDetails details(LocalDate born, LocalDate today) {
        return PatientDetails.of(
                givenName,
                familyName,
                born,
                phone,
                email,
                preferredLanguage,
                Optional.ofNullable(assignedPt).map(AssignablePt::id),
                notes,
                today);
    }
}
