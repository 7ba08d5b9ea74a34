package app.floorplan.ui.questionnaire;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.questionnaire.AssignmentStatus;
import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.QuestionnaireFields;
import app.floorplan.core.questionnaire.QuestionnaireOverview;
import app.floorplan.core.questionnaire.QuestionnaireRecords;
import app.floorplan.core.questionnaire.QuestionnaireResponse;
import app.floorplan.core.questionnaire.ResponseSource;
import app.floorplan.core.questionnaire.SelfHarmAnswer;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Questionnaires tab: an urgent banner for an EPDS with thoughts of self-harm, what is assigned to her phone (with
 * its due days), assigning one, every response with its score, and entering a paper copy. Why FloorPlan shows no
 * question wording is written out per instrument.
 */
final class QuestionnairesPanel extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String ONCE = "Once";
    private static final String REPEAT = "Repeat";

    private final PatientId patient;
    private final QuestionnaireRecords records;
    private final ClinicCalendar calendar;

    QuestionnairesPanel(PatientId patient, QuestionnaireRecords records, ClinicCalendar calendar) {
        this.patient = patient;
        this.records = records;
        this.calendar = calendar;
        setPadding(false);
        setId("questionnaires");
        refresh();
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    private void refresh() {
        removeAll();
        QuestionnaireOverview overview = records.overview(patient);
        if (!overview.selfHarm().isEmpty()) {
            add(selfHarm(overview));
        }
        add(new H3("On her phone"), assignments(overview), assignForm());
        Button paper = new Button(
                "Enter a paper copy…", click -> PaperCopyDialog.enter(patient, records, calendar.today(), this::refresh)
                        .open());
        paper.setId("enter-paper-copy");
        add(new H3("Responses"), paper, responses(overview), licences());
    }

    private Div selfHarm(QuestionnaireOverview overview) {
        Div banner = new Div();
        banner.addClassName("fp-red-flag");
        banner.setId("self-harm-banner");
        SelfHarmAnswer latest = overview.selfHarm().getFirst();
        banner.setText("Urgent, answered " + day(latest.answeredOn()) + ": " + latest.reason() + ".");
        return banner;
    }

    private Component assignments(QuestionnaireOverview overview) {
        if (overview.assignments().isEmpty()) {
            Paragraph none = new Paragraph("Nothing assigned: she has no questionnaire to fill in on her phone.");
            none.setId("assignments");
            return none;
        }
        NativeTable table = new NativeTable();
        table.setId("assignments");
        table.addClassName("fp-values");
        NativeTableRow head = table.getHead().addRow();
        for (String header : new String[] {"Questionnaire", "Schedule", "Status", ""}) {
            head.addHeaderCell().setText(header);
        }
        for (AssignmentStatus status : overview.assignments()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(status.assignment().instrument().label());
            row.addDataCell().setText(status.assignment().schedule());
            row.addDataCell().setText(status(status));
            var end = row.addDataCell();
            if (!status.assignment().ended()) {
                Button stop = new Button("End", click -> end(status));
                stop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                stop.setId("end-" + status.assignment().id());
                end.add(stop);
            }
        }
        return table;
    }

    private static String status(AssignmentStatus status) {
        if (status.assignment().ended()) {
            return "Ended"
                    + status.lastAnswered()
                            .map(day -> "; last answered the one due " + day(day))
                            .orElse("");
        }
        String waiting = status.waitingSince()
                .map(day -> "Waiting for her answers since " + day(day))
                .orElse(status.lastAnswered()
                        .map(day -> "Answered the one due " + day(day))
                        .orElse("Not due yet"));
        return waiting + status.nextDue().map(day -> "; next due " + day(day)).orElse("");
    }

    private void end(AssignmentStatus status) {
        try {
            records.endAssignment(
                    patient, status.assignment().id(), status.assignment().version());
        } catch (EditConflictException changed) {
            add(new Paragraph("Someone else changed this assignment meanwhile; the list now shows it as it is."));
        }
        refresh();
    }

    private Component assignForm() {
        FieldMessages messages = new FieldMessages();
        Select<Instrument> instrument = new Select<>();
        instrument.setLabel("Questionnaire");
        instrument.setId("assign-instrument");
        instrument.setItems(Arrays.stream(Instrument.values())
                .filter(Instrument::assignable)
                .toList());
        instrument.setItemLabelGenerator(found -> found.label() + " · " + found.fullName());
        instrument.setValue(Instrument.PFDI_20);
        instrument.setWidth("24em");
        messages.register(QuestionnaireFields.INSTRUMENT, instrument);
        DatePicker startsOn = new DatePicker("First due");
        startsOn.setId("assign-starts-on");
        startsOn.setValue(calendar.today());
        startsOn.setMin(calendar.today());
        messages.register(QuestionnaireFields.STARTS_ON, startsOn);
        RadioButtonGroup<String> repeat = new RadioButtonGroup<>("How often");
        repeat.setId("assign-repeat");
        repeat.setItems(ONCE, REPEAT);
        repeat.setValue(ONCE);
        IntegerField weeks = new IntegerField("Every … weeks");
        weeks.setId("assign-weeks");
        weeks.setValue(4);
        weeks.setStepButtonsVisible(true);
        weeks.setEnabled(false);
        repeat.addValueChangeListener(change -> weeks.setEnabled(REPEAT.equals(change.getValue())));
        messages.register(QuestionnaireFields.REPEAT_WEEKS, weeks);
        Button assign = new Button("Assign", click -> {
            try {
                if (instrument.getValue() == null || startsOn.getValue() == null) {
                    throw new InvalidInputException(
                            instrument.getValue() == null
                                    ? QuestionnaireFields.INSTRUMENT
                                    : QuestionnaireFields.STARTS_ON,
                            "Choose the questionnaire and the first due day");
                }
                Optional<Integer> every = REPEAT.equals(repeat.getValue())
                        ? Optional.of(weeks.getValue() == null ? 0 : weeks.getValue())
                        : Optional.empty();
                records.assign(patient, instrument.getValue(), startsOn.getValue(), every);
                refresh();
            } catch (InvalidInputException refused) {
                messages.show(refused.violations());
            }
        });
        assign.setId("assign-questionnaire");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(instrument, startsOn, repeat, weeks, assign);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        String paperOnly = Arrays.stream(Instrument.values())
                .filter(found -> !found.assignable())
                .map(Instrument::label)
                .collect(Collectors.joining(", "));
        Paragraph how = new Paragraph("She sees \"1 questionnaire to fill in\" on My plan from the due day and answers"
                + " with the printed copy you gave her; only the latest due one is open, missed ones are not stacked. "
                + paperOnly + " cannot be sent to her phone: you enter them from the paper copy (why: see \"Why"
                + " FloorPlan shows no question wording\" below).");
        how.setId("assign-how");
        how.addClassName("fp-muted");
        VerticalLayout box = new VerticalLayout(form, how);
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    private Component responses(QuestionnaireOverview overview) {
        if (overview.responses().isEmpty()) {
            Paragraph none = new Paragraph("No questionnaires answered yet.");
            none.setId("responses");
            return none;
        }
        NativeTable table = new NativeTable();
        table.setId("responses");
        table.addClassName("fp-values");
        NativeTableRow head = table.getHead().addRow();
        for (String header : new String[] {"Answered", "Questionnaire", "Score", "From", ""}) {
            head.addHeaderCell().setText(header);
        }
        int index = 0;
        for (QuestionnaireResponse response : overview.responses()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(day(response.answeredOn()));
            row.addDataCell().setText(response.instrument().label());
            row.addDataCell()
                    .setText(response.score().summary() + (response.revision().isCorrection() ? " (corrected)" : ""));
            row.addDataCell().setText(response.source() == ResponseSource.PATIENT ? "Her phone" : "Paper copy");
            Button open = new Button(
                    "Open",
                    click -> new ResponseDialog(patient, records, response, calendar.today(), this::refresh).open());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.setId("open-response-" + index++);
            row.addDataCell().add(open);
        }
        return table;
    }

    private static NativeDetails licences() {
        UnorderedList list = new UnorderedList();
        for (Instrument instrument : Instrument.values()) {
            list.add(new ListItem(instrument.label() + " (" + instrument.fullName() + ", " + instrument.direction()
                    + "): " + instrument.whyNoWording()));
        }
        NativeDetails details = new NativeDetails("Why FloorPlan shows no question wording", list);
        details.setId("questionnaire-licences");
        return details;
    }
}
