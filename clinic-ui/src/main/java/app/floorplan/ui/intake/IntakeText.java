package app.floorplan.ui.intake;

import app.floorplan.core.intake.AggravatingActivity;
import app.floorplan.core.intake.Delivery;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.ObstetricHistory;
import app.floorplan.core.intake.PainCharacter;
import app.floorplan.core.intake.PainProfile;
import app.floorplan.core.intake.PainSite;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RelevantHistory;
import app.floorplan.core.intake.StaffNames;
import app.floorplan.ui.form.ClinicDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Plain-text renderings of intake facts, shared by the form page and the patient-page summary. */
final class IntakeText {

    private IntakeText() {}

    static String date(LocalDate date) {
        return ClinicDates.date(date);
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return ClinicDates.dateTime(instant, zone);
    }

    /** E.g. "1.5.2026 · Emergency caesarean · perineum: None · epidural or spinal · 3.45 kg". */
    static String delivery(Delivery delivery) {
        List<String> parts = new ArrayList<>(List.of(
                date(delivery.date()),
                delivery.mode().label(),
                "perineum: " + delivery.perinealTrauma().label()));
        if (delivery.epiduralOrSpinal()) {
            parts.add("epidural or spinal");
        }
        delivery.birthWeight().ifPresent(weight -> parts.add(weight.kilograms().toPlainString() + " kg"));
        return String.join(" · ", parts);
    }

    /** E.g. "Gravida 2, para 1 · Exclusive breastfeeding · babywearing 2 h a day". */
    static String obstetric(ObstetricHistory history) {
        String babywearing = history.babywearing().wearsBaby()
                ? history.babywearing()
                        .hoursPerDay()
                        .map(hours -> "babywearing " + hours.toPlainString() + " h a day")
                        .orElse("babywearing")
                : "no babywearing";
        return "Gravida " + history.gravida() + ", para " + history.para() + " · "
                + history.feeding().label() + " · " + babywearing;
    }

    /** E.g. "Pain 4/10 now, worst 6/10 in the last week, since 1.6.2026". */
    static String painLevels(PainProfile pain) {
        return "Pain " + pain.now().label() + " now, worst "
                + pain.worstLastWeek().label() + " in the last week"
                + pain.since().map(since -> ", since " + date(since)).orElse("");
    }

    /** Where, how and when it hurts, each in the order of the form; empty parts are left out. */
    static List<String> painDetails(PainProfile pain) {
        List<String> details = new ArrayList<>();
        labelled("Sites", pain.sites(), PainSite::label).ifPresent(details::add);
        labelled("Character", pain.character(), PainCharacter::label).ifPresent(details::add);
        labelled("Aggravated by", pain.aggravatingActivities(), AggravatingActivity::label)
                .ifPresent(details::add);
        return details;
    }

    static String relevantHistory(RelevantHistory history) {
        List<String> items = new ArrayList<>();
        if (history.previousBackPain()) {
            items.add("previous back pain");
        }
        if (history.herniatedDisc()) {
            items.add("herniated disc");
        }
        if (history.pelvicGirdlePainInPregnancy()) {
            items.add("pelvic girdle pain in pregnancy");
        }
        if (history.surgery()) {
            items.add(history.surgeryDetails()
                    .map(details -> "surgery: " + details)
                    .orElse("surgery"));
        }
        return items.isEmpty() ? "No relevant history" : "History: " + String.join("; ", items);
    }

    /** Red flags in the order of the screen, e.g. "Fever; Pain at night". */
    static String flags(Collection<RedFlag> flags) {
        return Arrays.stream(RedFlag.values())
                .filter(flags::contains)
                .map(RedFlag::label)
                .collect(Collectors.joining("; "));
    }

    /** E.g. "Version 2 · 21.11.2026 09:30 · Pia Therapist". */
    static String signature(Intake intake, StaffNames staff, ZoneId zone) {
        return "Version " + intake.revision().number() + " · "
                + dateTime(intake.revision().recordedAt(), zone) + " · "
                + staff.of(intake.revision().author());
    }

    private static <E extends Enum<E>> Optional<String> labelled(
            String heading, Collection<E> values, Function<E, String> label) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(heading + ": " + values.stream().sorted().map(label).collect(Collectors.joining(", ")));
    }
}
