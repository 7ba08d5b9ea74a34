package app.floorplan.ui.portal;

import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.EffortRating;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.PracticeEntry;
import app.floorplan.core.practice.PracticeFields;
import app.floorplan.core.practice.PracticeLogging;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.practice.SymptomReport;
import app.floorplan.core.practice.TodaysPractice;
import app.floorplan.core.safety.GetHelpNow;
import app.floorplan.core.safety.UrgentSigns;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.FieldMessages;
import app.floorplan.ui.form.SaveFeedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Today's practice log on the patient's phone: the whole session or each exercise, pain, effort and symptoms. Only
 * today can be saved; when she saved earlier today the form opens with her entry to correct. On a refusal every
 * message sits next to its field and nothing she typed is lost; the save button is disabled while saving, and the log
 * itself keeps one entry per day, so a double tap never saves twice. The "When to get help now" card closes the page;
 * when what she saved may be a warning sign (her "other" words, or pain of 8 or more) it moves under the confirmation
 * at once and says why.
 */
@Route("my-plan/today")
@PageTitle("Log today · FloorPlan")
@RolesAllowed("PATIENT")
public class PracticeLogView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PracticeLogging logging;
    private final LocalDate date;
    private final FieldMessages messages = new FieldMessages();
    private final RadioButtonGroup<Completion> session = new RadioButtonGroup<>("How did today's session go?");
    private final List<ExerciseLogRow> rows = new ArrayList<>();
    private final IntegerField pain = new IntegerField("Pain today, from 0 to 10");
    private final IntegerField effort = new IntegerField("Effort, from 0 to 10");
    private final CheckboxGroup<SymptomFlag> symptoms =
            new CheckboxGroup<>("Did you notice anything else during the session?");
    private final TextField other = new TextField("What else did you notice?");
    private final Button save = new Button("Save today's practice");
    private final Paragraph status = new Paragraph();
    private final SaveFeedback saveResult = new SaveFeedback("save-result");
    private final HelpNowCard helpNow;

    public PracticeLogView(PracticeLogging logging, ClinicCalendar calendar, GetHelpNow help) {
        this.logging = logging;
        this.helpNow = new HelpNowCard(help);
        TodaysPractice today = logging.today();
        this.date = today.date();
        addClassName("fp-portal");
        setPadding(true);
        add(new H2("Today's practice"), new Paragraph(PortalText.day(date)));
        if (!today.hasPlan()) {
            Div empty = new Div(new Paragraph("There is nothing to log yet: your physical therapist has not shared a"
                    + " home program with you."));
            empty.addClassName("fp-empty-state");
            empty.setId("log-empty-state");
            add(empty, helpNow);
            return;
        }
        status.setId("log-status");
        // the result of a save is announced next to the button (SaveFeedback), not twice
        buildForm(today);
        today.entry().ifPresent(entry -> {
            show(entry);
            status.setText("You saved today's entry at " + time(entry, calendar.zone())
                    + ". You can change it until midnight.");
        });
    }

    private void buildForm(TodaysPractice today) {
        session.setItems(Completion.values());
        session.setItemLabelGenerator(PortalText::completion);
        session.setHelperText("Or say it for each exercise below.");
        session.setId("session");
        messages.register(PracticeFields.SESSION, session);

        Div exercises = new Div();
        exercises.setId("log-exercises");
        today.exercises().forEach(exercise -> {
            var row = new ExerciseLogRow(exercise, messages);
            rows.add(row);
            exercises.add(row);
        });

        pain.setId("pain");
        pain.setHelperText("0 means no pain, 10 the worst pain you can imagine.");
        pain.setStepButtonsVisible(true);
        pain.setWidthFull();
        messages.register(PracticeFields.PAIN, pain);
        effort.setId("effort");
        // FloorPlan's own 0-10 effort rating and wording (not Borg CR10, which is licensed: docs/clinical-sources.md)
        effort.setHelperText(EffortRating.explanation());
        effort.setStepButtonsVisible(true);
        effort.setWidthFull();
        messages.register(PracticeFields.EFFORT, effort);
        symptoms.setItems(SymptomFlag.values());
        symptoms.setItemLabelGenerator(PortalText::symptom);
        symptoms.setId("session-symptoms");
        other.setId("session-other");
        other.setWidthFull();
        other.setMaxLength(SymptomReport.MAX_OTHER_LENGTH);
        other.setVisible(false);
        symptoms.addValueChangeListener(
                change -> other.setVisible(change.getValue().contains(SymptomFlag.OTHER)));
        messages.register(PracticeFields.SYMPTOMS_OTHER, other);

        save.setId("save-practice");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setWidthFull();
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());
        Button back = new Button("Back to my plan", click -> getUI().ifPresent(ui -> ui.navigate(MyPlanView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_LARGE);
        back.setWidthFull();

        add(
                status,
                session,
                new H3("Each exercise (optional)"),
                exercises,
                new H3("How you felt"),
                pain,
                effort,
                symptoms,
                other,
                saveResult,
                save,
                back,
                helpNow);
    }

    private void save() {
        try {
            UrgentSigns urgent = UrgentSigns.in(logging.log(entry()));
            messages.clear();
            save.setText("Save changes");
            status.setText("Saved. You can change today's entry until midnight.");
            status.addClassName("fp-saved");
            saveResult.saved("Saved. You can change today's entry until midnight.");
            if (urgent.any()) {
                showHelpNow(urgent);
            }
        } catch (InvalidInputException refused) {
            status.setText("Please check the marked answers.");
            status.removeClassName("fp-saved");
            saveResult.refused("Not saved yet: please check the marked answers.");
            messages.show(refused.violations());
        } finally {
            save.setEnabled(true);
        }
    }

    /**
     * Right under the confirmation next to the save button, which scrolls to the top of the screen, so she reads the
     * card before anything else on the page.
     */
    private void showHelpNow(UrgentSigns urgent) {
        helpNow.alert(urgent);
        addComponentAtIndex(indexOf(saveResult) + 1, helpNow);
    }

    private PracticeEntry entry() {
        return new PracticeEntry(
                date,
                Optional.ofNullable(session.getValue()),
                optional(pain.getValue()),
                optional(effort.getValue()),
                symptoms.getValue(),
                other.getValue(),
                rows.stream().map(ExerciseLogRow::entry).toList());
    }

    private void show(PracticeDay entry) {
        if (entry.exercises().isEmpty()) {
            session.setValue(entry.session());
        }
        entry.exercises().forEach(outcome -> rows.stream()
                .filter(row -> row.logs(outcome.exercise()))
                .forEach(row -> row.show(outcome)));
        entry.pain().ifPresent(pain::setValue);
        entry.effort().ifPresent(effort::setValue);
        symptoms.setValue(entry.symptoms().flags());
        other.setValue(entry.symptoms().otherText().orElse(""));
        save.setText("Save changes");
    }

    private static String time(PracticeDay entry, ZoneId zone) {
        return TIME.format(LocalTime.ofInstant(entry.recordedAt(), zone));
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
