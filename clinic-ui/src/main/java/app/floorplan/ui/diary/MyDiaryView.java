package app.floorplan.ui.diary;

import app.floorplan.core.diary.BristolType;
import app.floorplan.core.diary.DiaryDay;
import app.floorplan.core.diary.DiaryEntry;
import app.floorplan.core.diary.DiaryEntryId;
import app.floorplan.core.diary.DiaryFields;
import app.floorplan.core.diary.DiaryInput;
import app.floorplan.core.diary.DiaryPage;
import app.floorplan.core.diary.LeakTrigger;
import app.floorplan.core.diary.MyDiary;
import app.floorplan.core.diary.Urination;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The patient's bladder and bowel diary on her phone: what her physiotherapist asked for, a button to add a line (one
 * form for drinks, the toilet, leaks and pads; one for a bowel movement), and the lines and totals of the diary's days.
 * A line's id is made when its form opens, so saving twice stores it once; a line saved today can be struck out.
 * Only the open form's fields are kept on the server.
 */
@Route("my-diary")
@PageTitle("My diary · FloorPlan")
@RolesAllowed("PATIENT")
public class MyDiaryView extends VerticalLayout {

    private static final String TODAY = "Today";
    private static final String YESTERDAY = "Yesterday";

    private final MyDiary diary;
    private final ClinicCalendar calendar;
    private final Div form = new Div();
    private final Div lines = new Div();
    private final Paragraph status = new Paragraph();
    private final Paragraph request = new Paragraph();

    public MyDiaryView(MyDiary diary, ClinicCalendar calendar) {
        this.diary = diary;
        this.calendar = calendar;
        addClassName("fp-portal");
        setPadding(true);
        request.setId("diary-request");
        status.setId("diary-status");
        status.getElement().setAttribute("aria-live", "polite");
        form.setWidthFull();
        lines.setId("diary-lines");
        lines.setWidthFull();
        add(new H2("Bladder and bowel diary"), request, status, form, lines);
        closedForm();
        show(diary.open());
    }

    private void show(DiaryPage page) {
        request.setText(page.request()
                .map(asked -> page.today().isBefore(asked.startsOn())
                        ? "Your physiotherapist asked you to keep it for " + DiaryText.period(asked) + "."
                        : "Day " + asked.dayNumber(page.today()) + " of " + asked.days() + " ("
                                + DiaryText.period(asked) + "). Note everything you drink, each time you pass"
                                + " urine, leaks and pads, day and night.")
                .orElse("Note what you drink, each time you pass urine, leaks and pads, and bowel movements."));
        lines.removeAll();
        if (page.entries().isEmpty()) {
            Paragraph none = new Paragraph("Nothing noted yet.");
            none.addClassName("fp-muted");
            lines.add(none);
            return;
        }
        for (DiaryDay day : page.days()) {
            Paragraph totals = new Paragraph(DiaryText.day(day.date()) + ": " + DiaryText.totals(day));
            totals.addClassName("fp-diary-totals");
            lines.add(totals);
        }
        lines.add(new H3("Lines"));
        int index = 0;
        for (DiaryEntry entry : page.entries()) {
            Div line = new Div();
            line.addClassName("fp-diary-line");
            line.add(new Paragraph(DiaryText.day(entry.date()) + " · " + DiaryText.line(entry)));
            boolean savedToday =
                    LocalDate.ofInstant(entry.recordedAt(), calendar.zone()).equals(page.today());
            if (!entry.struckOut() && savedToday) {
                Button strike = new Button("Strike out", click -> strikeOut(entry.id()));
                strike.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                strike.setId("strike-" + index);
                line.add(strike);
            }
            index++;
            lines.add(line);
        }
    }

    private void strikeOut(DiaryEntryId id) {
        try {
            show(diary.strikeOut(id));
            status.setText("Struck out. It no longer counts in the day's totals.");
        } catch (InvalidInputException refused) {
            status.setText(refused.getMessage());
        }
    }

    private void closedForm() {
        form.removeAll();
        Button bladder = big("Add: drink, toilet, leak or pad", this::bladderForm);
        bladder.setId("add-bladder");
        bladder.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button bowel = big("Add: bowel movement", this::bowelForm);
        bowel.setId("add-bowel");
        Button back = big("Back to my plan", () -> getUI().ifPresent(ui -> ui.navigate("my-plan")));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        form.add(bladder, bowel, back);
    }

    private void bladderForm() {
        form.removeAll();
        status.setText("");
        DiaryEntryId id = DiaryEntryId.random();
        FieldMessages messages = new FieldMessages();
        RadioButtonGroup<String> day = day(messages);
        TimePicker time = time(messages);
        IntegerField drink = new IntegerField("I drank (ml)");
        drink.setId("drink-ml");
        drink.setHelperText("A cup is about 200 ml, a mug 300 ml. Leave empty if you did not drink.");
        drink.setWidthFull();
        messages.register(DiaryFields.DRINK, drink);
        Checkbox passed = new Checkbox("I passed urine");
        passed.setId("passed-urine");
        IntegerField voided = new IntegerField("How much (ml), if you measured it");
        voided.setId("voided-ml");
        voided.setWidthFull();
        messages.register(DiaryFields.VOIDED, voided);
        Select<Integer> urgency = new Select<>();
        urgency.setLabel("How urgent was it?");
        urgency.setId("urgency");
        urgency.setItems(0, 1, 2, 3, 4);
        urgency.setItemLabelGenerator(Urination::urgencyLabel);
        urgency.setWidthFull();
        messages.register(DiaryFields.URGENCY, urgency);
        Checkbox woke = new Checkbox("It woke me up");
        woke.setId("woke-her");
        Div urine = new Div(voided, urgency, woke);
        urine.setVisible(false);
        passed.addValueChangeListener(change -> urine.setVisible(change.getValue()));
        Checkbox leaked = new Checkbox("I leaked");
        leaked.setId("leaked");
        Select<LeakTrigger> trigger = new Select<>();
        trigger.setLabel("What were you doing?");
        trigger.setId("leak-trigger");
        trigger.setItems(LeakTrigger.values());
        trigger.setItemLabelGenerator(LeakTrigger::label);
        trigger.setWidthFull();
        trigger.setVisible(false);
        leaked.addValueChangeListener(change -> trigger.setVisible(change.getValue()));
        Checkbox pad = new Checkbox("I changed a pad");
        pad.setId("pad-changed");
        messages.register(DiaryFields.LEAK_TRIGGER, trigger);
        Button save = big(
                "Save",
                () -> save(messages, () -> {
                    if (leaked.getValue() && trigger.getValue() == null) {
                        throw new InvalidInputException(
                                DiaryFields.LEAK_TRIGGER, "Choose what you were doing when you leaked");
                    }
                    return new DiaryInput.Bladder(
                            id,
                            date(day),
                            time.getValue() == null ? now() : time.getValue(),
                            Optional.ofNullable(drink.getValue()),
                            passed.getValue(),
                            Optional.ofNullable(voided.getValue()).filter(ml -> passed.getValue()),
                            urgency.getValue() == null || !passed.getValue()
                                    ? OptionalInt.empty()
                                    : OptionalInt.of(urgency.getValue()),
                            passed.getValue() && woke.getValue(),
                            leaked.getValue() ? Optional.ofNullable(trigger.getValue()) : Optional.empty(),
                            pad.getValue());
                }));
        save.setId("save-diary-line");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(day, time, drink, passed, urine, leaked, trigger, pad, save, cancel());
    }

    private void bowelForm() {
        form.removeAll();
        status.setText("");
        DiaryEntryId id = DiaryEntryId.random();
        FieldMessages messages = new FieldMessages();
        RadioButtonGroup<String> day = day(messages);
        TimePicker time = time(messages);
        Select<BristolType> stool = new Select<>();
        stool.setLabel("What did it look like?");
        stool.setId("stool-type");
        stool.setItems(Arrays.asList(BristolType.values()));
        stool.setItemLabelGenerator(BristolType::label);
        stool.setWidthFull();
        messages.register(DiaryFields.STOOL_TYPE, stool);
        Checkbox straining = new Checkbox("I had to strain");
        straining.setId("straining");
        Button save = big(
                "Save",
                () -> save(
                        messages,
                        () -> new DiaryInput.Bowel(
                                id,
                                date(day),
                                time.getValue() == null ? now() : time.getValue(),
                                Optional.ofNullable(stool.getValue()),
                                straining.getValue())));
        save.setId("save-diary-line");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(day, time, stool, straining, save, cancel());
    }

    private void save(FieldMessages messages, java.util.function.Supplier<DiaryInput> input) {
        try {
            show(diary.record(input.get()));
            closedForm();
            status.setText("Saved.");
        } catch (InvalidInputException refused) {
            status.setText("Please check the marked answers.");
            List<app.floorplan.core.validation.Violation> unplaced = messages.show(refused.violations());
            if (!unplaced.isEmpty()) {
                status.setText(unplaced.getFirst().message());
            }
        }
    }

    private RadioButtonGroup<String> day(FieldMessages messages) {
        RadioButtonGroup<String> day = new RadioButtonGroup<>("When");
        day.setId("diary-day");
        day.setItems(TODAY, YESTERDAY);
        day.setValue(TODAY);
        messages.register(DiaryFields.DATE, day);
        return day;
    }

    private TimePicker time(FieldMessages messages) {
        TimePicker time = new TimePicker("Time");
        time.setId("diary-time");
        time.setStep(java.time.Duration.ofMinutes(5));
        time.setValue(now());
        time.setWidthFull();
        messages.register(DiaryFields.TIME, time);
        return time;
    }

    private LocalDate date(RadioButtonGroup<String> day) {
        LocalDate today = calendar.today();
        return YESTERDAY.equals(day.getValue()) ? today.minusDays(1) : today;
    }

    private LocalTime now() {
        LocalTime now =
                LocalTime.now(calendar.clock().withZone(calendar.zone())).truncatedTo(ChronoUnit.MINUTES);
        return now.withMinute(now.getMinute() / 5 * 5);
    }

    private Button cancel() {
        Button cancel = big("Cancel", this::closedForm);
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.setId("cancel-diary-line");
        return cancel;
    }

    private static Button big(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        button.setWidthFull();
        return button;
    }
}
