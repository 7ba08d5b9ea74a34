package app.floorplan.core.export;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.clinic.Clinic;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.portal.PlanExercise;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.program.ExerciseLookup;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramVersion;
import app.floorplan.core.safety.GetHelpNow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Builds the handout of a program version from the program, the clinic's library and the prescribing PT. */
final class PlanDocumentFactory {

    private final ExerciseLookup exercises;
    private final AccountRepository accounts;
    private final ClinicCalendar calendar;
    private final GetHelpNow getHelpNow;

    PlanDocumentFactory(
            ExerciseLookup exercises, AccountRepository accounts, ClinicCalendar calendar, GetHelpNow getHelpNow) {
        this.exercises = exercises;
        this.accounts = accounts;
        this.calendar = calendar;
        this.getHelpNow = getHelpNow;
    }

    /** Every version of the program, oldest first. */
    List<PlanDocument> all(Clinic clinic, Patient patient, HomeProgram program) {
        return program.versions().stream()
                .map(version -> of(clinic, patient, program, version))
                .toList();
    }

    PlanDocument of(Clinic clinic, Patient patient, HomeProgram program, HomeProgramVersion version) {
        var content = version.content();
        List<PlanItem> items = content.items().stream()
                .flatMap(item -> exercises.find(clinic.id(), item.exercise()).stream()
                        .map(exercise -> new PlanItem(item.exercise(), PlanExercise.of(item, exercise), item.dosage())))
                .toList();
        Optional<LocalDate> replacedOn = program.version(version.number() + 1).map(next -> day(next.createdAt()));
        var details = patient.details();
        return new PlanDocument(
                clinic.name(),
                details.givenName() + " " + details.familyName(),
                version.number(),
                version.number() == program.current().number(),
                day(version.createdAt()),
                replacedOn,
                accounts.findById(version.author()).map(Account::displayName).orElse("Your physiotherapist"),
                content.phase(),
                content.goals(),
                items,
                List.copyOf(content.advice()),
                content.freeTextAdvice(),
                version.reasonForPatient(),
                getHelpNow);
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, calendar.zone());
    }
}
