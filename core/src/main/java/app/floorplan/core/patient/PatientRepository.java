package app.floorplan.core.patient;

import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: where patient records are kept. Every query is scoped to one clinic. */
public interface PatientRepository {

    List<PatientListItem> search(ClinicId clinic, PatientQuery query, int offset, int limit);

    /** Whether the search matches anyone at all (cheaper than counting). */
    boolean anyMatch(ClinicId clinic, PatientQuery query);

    Optional<Patient> findById(PatientId id);

    /**
     * The patient, if she belongs to the actor's clinic: the tenant rule every patient-taking use case applies. Another
     * clinic's patient reads exactly like a missing one, so ids of other clinics reveal nothing.
     *
     * @throws AccessRefusedException for a missing patient or one of another clinic
     */
    default Patient inClinicOf(Actor actor, PatientId id) {
        return findById(id)
                .filter(p -> p.clinicId().equals(actor.clinicId()))
                .orElseThrow(() -> AccessRefusedException.noSuchRecord("patient not in the actor's clinic"));
    }

    /**
     * The patient record a patient login belongs to, from the login itself (never from a request): refused when the
     * record is missing, archived or in another clinic.
     *
     * @throws AccessRefusedException for a staff login or an unavailable record
     */
    default Patient ownRecordOf(Actor patient) {
        PatientId own = patient.patientId().orElseThrow(() -> new AccessRefusedException("login without patient"));
        return findById(own)
                .filter(p -> p.clinicId().equals(patient.clinicId()) && !p.archived())
                .orElseThrow(() -> new AccessRefusedException("patient record unavailable"));
    }

    void add(Patient patient);

    /**
     * Saves changed details or the archived flag when the stored version is still {@code patient.version()}; the stored
     * version then increases by one.
     *
     * @return false when someone else saved in between (nothing was written)
     */
    boolean update(Patient patient);

    /** Patients of the clinic with the same name (ignoring case and accents) and date of birth. */
    List<PossibleDuplicate> sameNameAndBirthDate(ClinicId clinic, String givenName, String familyName, LocalDate born);

    /** The clinic's enabled PT accounts. */
    List<AssignablePt> assignablePts(ClinicId clinic);
}
