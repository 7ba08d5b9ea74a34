package app.floorplan.ui.reminder;

import app.floorplan.core.reminder.MyReminders;
import app.floorplan.core.reminder.PracticeReminder;
import app.floorplan.core.reminder.PracticeReminders;
import app.floorplan.core.reminder.PushDevice;
import app.floorplan.core.reminder.ReminderChannel;
import app.floorplan.core.reminder.ReminderFields;
import app.floorplan.core.reminder.ReminderSchedule;
import app.floorplan.core.reminder.ReminderText;
import app.floorplan.core.reminder.VapidKeyPair;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The patient's practice reminders: days, a time (the clinic's zone), and a notification on this phone and/or an
 * e-mail; turning notifications on and off for this browser; and how to install FloorPlan on her phone. The reminder
 * never says more than "{@value ReminderText#TITLE}".
 */
@Route("my-plan/reminders")
@PageTitle("Reminders · FloorPlan")
@RolesAllowed("PATIENT")
public class RemindersView extends VerticalLayout {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final PracticeReminders reminders;
    private final String publicKey;
    private final Clock clock;
    private final FieldMessages messages = new FieldMessages();
    private final Checkbox on = new Checkbox("Remind me to practise");
    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>("On these days");
    private final TimePicker time = new TimePicker("At");
    private final CheckboxGroup<ReminderChannel> channels = new CheckboxGroup<>("How");
    private final Paragraph status = new Paragraph();
    private final Paragraph devices = new Paragraph();
    private int version;

    public RemindersView(PracticeReminders reminders, VapidKeyPair keys, Clock clock) {
        this.reminders = reminders;
        this.publicKey = keys.publicKey();
        this.clock = clock;
        addClassName("fp-portal");
        setPadding(true);
        MyReminders mine = reminders.mine();
        add(
                new H2("Practice reminders"),
                new Paragraph("FloorPlan can remind you on the days and at the time you choose. A reminder only says \""
                        + ReminderText.TITLE + "\": nothing about your health or your plan."));
        form(mine);
        thisPhone(mine);
        install();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJavaScript("context://push-devices.js");
    }

    private void form(MyReminders mine) {
        on.setId("reminder-on");
        on.setValue(mine.reminder().map(PracticeReminder::on).orElse(true));
        days.setId("reminder-days");
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        messages.register(ReminderFields.DAYS, days);
        time.setId("reminder-time");
        time.setStep(Duration.ofMinutes(15));
        time.setHelperText("Your clinic's time");
        messages.register(ReminderFields.TIME, time);
        channels.setId("reminder-channels");
        channels.setItems(mine.canEmail() ? EnumSet.allOf(ReminderChannel.class) : EnumSet.of(ReminderChannel.PUSH));
        channels.setItemLabelGenerator(channel -> switch (channel) {
            case PUSH -> "A notification on my phone";
            case EMAIL -> "An e-mail to " + mine.email().orElse("");
        });
        if (!mine.canEmail()) {
            channels.setHelperText(
                    "E-mail reminders are possible once your clinic has set up e-mail and has your" + " address.");
        }
        messages.register(ReminderFields.CHANNELS, channels);
        mine.reminder()
                .ifPresentOrElse(
                        reminder -> {
                            days.setValue(reminder.schedule().days());
                            time.setValue(reminder.schedule().time());
                            channels.setValue(reminder.schedule().channels());
                            version = reminder.version();
                        },
                        () -> channels.setValue(Set.of(ReminderChannel.PUSH)));
        Button save = new Button("Save reminders", click -> save());
        save.setId("reminder-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setWidthFull();
        status.setId("reminder-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(on, days, time, channels, save, status);
    }

    private void save() {
        try {
            ReminderSchedule schedule = ReminderSchedule.of(days.getValue(), time.getValue(), channels.getValue());
            PracticeReminder saved = reminders.save(on.getValue(), schedule, version);
            version = saved.version();
            messages.clear();
            status.setText(on.getValue() ? "Saved. Your reminders are on." : "Saved. Your reminders are off.");
            if (on.getValue() && schedule.by(ReminderChannel.PUSH)) {
                turnOnThisPhone();
            }
        } catch (InvalidInputException refused) {
            messages.show(refused.violations());
            status.setText("Not saved. Please check the marked answers.");
        }
    }

    private void thisPhone(MyReminders mine) {
        devices.setId("reminder-devices");
        showDevices(mine.devices());
        Button turnOn = new Button("Turn on notifications on this phone", click -> turnOnThisPhone());
        turnOn.setId("reminder-push-on");
        turnOn.addThemeVariants(ButtonVariant.LUMO_LARGE);
        turnOn.setWidthFull();
        Button turnOff = new Button("Stop notifications on this phone", click -> turnOffThisPhone());
        turnOff.setId("reminder-push-off");
        turnOff.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_LARGE);
        turnOff.setWidthFull();
        add(new H3("Notifications on this phone"), devices, turnOn, turnOff);
    }

    private void turnOnThisPhone() {
        status.setText("Asking your browser for permission to show notifications...");
        getElement()
                .executeJs("return window.FloorPlanPush.subscribe($0)", publicKey)
                .then(String.class, this::subscribed, failed -> status.setText(refusal("failed")));
    }

    void subscribed(String answer) {
        JsonNode json = JSON.readTree(answer);
        if (json.has("error")) {
            status.setText(refusal(json.path("error").asString("")));
            return;
        }
        try {
            reminders.addDevice(new PushDevice(
                    json.path("endpoint").asString(""),
                    json.path("keys").path("p256dh").asString(""),
                    json.path("keys").path("auth").asString(""),
                    clock.instant()));
            showDevices(reminders.mine().devices());
            status.setText("Notifications are on for this phone.");
        } catch (InvalidInputException refused) {
            status.setText(refused.violations().getFirst().message());
        }
    }

    private void turnOffThisPhone() {
        getElement()
                .executeJs("return window.FloorPlanPush.unsubscribe()")
                .then(String.class, this::unsubscribed, failed -> status.setText(refusal("failed")));
    }

    void unsubscribed(String answer) {
        String endpoint = JSON.readTree(answer).path("endpoint").asString("");
        if (!endpoint.isEmpty()) {
            reminders.removeDevice(endpoint);
        }
        showDevices(reminders.mine().devices());
        status.setText("This phone gets no more notifications from FloorPlan.");
    }

    private void showDevices(int count) {
        devices.setText(
                switch (count) {
                    case 0 -> "Notifications are not on for any phone or browser yet.";
                    case 1 -> "Notifications are on for 1 phone or browser.";
                    default -> "Notifications are on for " + count + " phones or browsers.";
                });
    }

    private static String refusal(String reason) {
        return switch (reason) {
            case "unsupported" ->
                "This browser cannot show notifications. On an iPhone, first add FloorPlan to your"
                        + " Home Screen (see below) and open it from there.";
            case "denied" ->
                "Notifications are blocked for FloorPlan in this browser. Allow them in the browser's"
                        + " site settings, then try again.";
            case "dismissed" ->
                "Your browser did not get permission to show notifications. Try again and choose" + " Allow.";
            default -> "Notifications could not be turned on right now. Please try again later, or use e-mail.";
        };
    }

    private void install() {
        OrderedList android = new OrderedList(
                new ListItem("Open FloorPlan in Chrome."),
                new ListItem("Tap the menu (three dots), then \"Install app\" or \"Add to Home screen\"."));
        OrderedList iphone = new OrderedList(
                new ListItem("Open FloorPlan in Safari."),
                new ListItem("Tap Share, then \"Add to Home Screen\"."),
                new ListItem("Open FloorPlan from your Home Screen, log in, and turn on notifications here."));
        Paragraph offline = new Paragraph("Without a connection the app tells you it is offline: your plan is not kept"
                + " on the phone, so nobody else can read it there.");
        offline.addClassName("fp-muted");
        add(
                new H3("Install FloorPlan on your phone"),
                new Paragraph("FloorPlan then opens from your home screen like an app."),
                new Paragraph("Android:"),
                android,
                new Paragraph("iPhone:"),
                iphone,
                offline);
    }
}
