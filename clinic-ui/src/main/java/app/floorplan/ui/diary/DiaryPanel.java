package app.floorplan.ui.diary;

import app.floorplan.core.diary.DiaryDay;
import app.floorplan.core.diary.DiaryEntry;
import app.floorplan.core.diary.DiaryFields;
import app.floorplan.core.diary.DiaryOverview;
import app.floorplan.core.diary.DiaryRecords;
import app.floorplan.core.diary.DiaryRequest;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Diary tab: ask her to keep the diary for some days, her requests, and per day how often she passed urine (and at
 * night), leaks by trigger, what she drank and passed, pads and bowel movements; every line on request.
 */
final class DiaryPanel extends VerticalLayout {

    private final PatientId patient;
    private final DiaryRecords records;
    private final ClinicCalendar calendar;

    DiaryPanel(PatientId patient, DiaryRecords records, ClinicCalendar calendar) {
        this.patient = patient;
        this.records = records;
        this.calendar = calendar;
        setPadding(false);
        setId("diary");
        refresh();
    }

    private void refresh() {
        removeAll();
        DiaryOverview overview = records.open(patient);
        add(new H3("Ask for a diary"), requestForm(), requests(overview.requests()));
        add(new H3("Per day"), days(overview.days()));
        if (!overview.entries().isEmpty()) {
            add(lines(overview.entries()));
        }
    }

    private Component requestForm() {
        FieldMessages messages = new FieldMessages();
        DatePicker startsOn = new DatePicker("From");
        startsOn.setId("diary-starts-on");
        startsOn.setValue(calendar.today());
        startsOn.setMin(calendar.today());
        messages.register(DiaryFields.STARTS_ON, startsOn);
        IntegerField days = new IntegerField("Days");
        days.setId("diary-days");
        days.setValue(DiaryRequest.DEFAULT_DAYS);
        days.setMin(1);
        days.setMax(DiaryRequest.MAX_DAYS);
        days.setStepButtonsVisible(true);
        messages.register(DiaryFields.DAYS, days);
        Button request = new Button("Ask her to keep it", click -> {
            try {
                if (startsOn.getValue() == null) {
                    throw new InvalidInputException(DiaryFields.STARTS_ON, "Choose the first day");
                }
                records.request(patient, startsOn.getValue(), days.getValue() == null ? 0 : days.getValue());
                refresh();
            } catch (InvalidInputException refused) {
                messages.show(refused.violations());
            }
        });
        request.setId("request-diary");
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(startsOn, days, request);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private static Component requests(List<DiaryRequest> requests) {
        if (requests.isEmpty()) {
            Paragraph none = new Paragraph("Not asked yet. She can still keep it from her phone (My plan shows it while"
                    + " a diary you asked for runs).");
            none.addClassName("fp-muted");
            return none;
        }
        UnorderedList list = new UnorderedList();
        list.setId("diary-requests");
        requests.forEach(request -> list.add(new ListItem("Asked for " + DiaryText.period(request))));
        return list;
    }

    private static Component days(List<DiaryDay> days) {
        if (days.isEmpty()) {
            Paragraph none = new Paragraph("Nothing recorded yet.");
            none.setId("diary-days-table");
            return none;
        }
        NativeTable table = new NativeTable();
        table.setId("diary-days-table");
        table.addClassName("fp-values");
        NativeTableRow head = table.getHead().addRow();
        for (String header : new String[] {
            "Day",
            "Passed urine",
            "At night",
            "Leaks",
            "Drank",
            "Measured voids",
            "Largest",
            "Highest urgency",
            "Pads",
            "Bowel (Bristol type)"
        }) {
            head.addHeaderCell().setText(header);
        }
        for (DiaryDay day : days) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(DiaryText.day(day.date()));
            row.addDataCell().setText(String.valueOf(day.voids()));
            row.addDataCell().setText(String.valueOf(day.nightVoids()));
            row.addDataCell()
                    .setText(day.leaks()
                            + (day.leaks() == 0 ? "" : " (" + String.join(", ", DiaryText.leakTriggers(day)) + ")"));
            row.addDataCell().setText(day.drinksMl() + " ml in " + day.drinks());
            row.addDataCell()
                    .setText(day.measuredVoids() == 0 ? "-" : day.voidedMl() + " ml in " + day.measuredVoids());
            row.addDataCell().setText(day.largestVoidMl().map(ml -> ml + " ml").orElse("-"));
            row.addDataCell().setText(day.voids() == 0 ? "-" : String.valueOf(day.highestUrgency()));
            row.addDataCell().setText(String.valueOf(day.padsChanged()));
            row.addDataCell()
                    .setText(
                            day.bowelMovements() == 0
                                    ? "-"
                                    : day.stoolTypes().stream()
                                                    .map(type -> String.valueOf(type.number()))
                                                    .collect(Collectors.joining(", "))
                                            + (day.straining() > 0
                                                    ? "; strained " + DiaryText.times(day.straining())
                                                    : ""));
        }
        return table;
    }

    private static NativeDetails lines(List<DiaryEntry> entries) {
        UnorderedList list = new UnorderedList();
        entries.forEach(entry -> list.add(new ListItem(DiaryText.day(entry.date()) + ", " + DiaryText.line(entry))));
        NativeDetails details = new NativeDetails("Every line (" + entries.size() + ")", list);
        details.setId("diary-lines");
        return details;
    }
}
