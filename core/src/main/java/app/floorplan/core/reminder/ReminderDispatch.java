package app.floorplan.core.reminder;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditOutcome;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.practice.ClinicCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Sends the reminders that are due: run every minute by the application. A reminder is due on its day once its time
 * has come in the clinic's zone ({@code FLOORPLAN_CLINIC_ZONE}), at most {@code catchUp} late (a server that was down
 * at 18:00 and is back at 23:00 does not send the 18:00 reminder), and once a day: each is claimed before it is sent.
 * Reminders stop while her login is disabled, her record is archived or she has no plan (the repository's
 * {@link ReminderRepository#due} leaves those out). Runs without a logged-in person: it is the application's own job,
 * audited as {@code REMINDER_SENT} for the patient without an actor.
 */
public class ReminderDispatch {

    private final ReminderRepository reminders;
    private final ReminderSender sender;
    private final ClinicCalendar calendar;
    private final AuditTrail audit;
    private final Duration catchUp;

    public ReminderDispatch(
            ReminderRepository reminders,
            ReminderSender sender,
            ClinicCalendar calendar,
            AuditTrail audit,
            Duration catchUp) {
        this.reminders = reminders;
        this.sender = sender;
        this.calendar = calendar;
        this.audit = audit;
        this.catchUp = Objects.requireNonNull(catchUp, "catchUp");
    }

    /** @return how many patients were reminded now */
    public int sendDue() {
        ZonedDateTime now = ZonedDateTime.ofInstant(calendar.clock().instant(), calendar.zone());
        LocalDate today = now.toLocalDate();
        LocalTime to = now.toLocalTime();
        LocalTime from = now.minus(catchUp).toLocalDate().equals(today)
                ? now.minus(catchUp).toLocalTime()
                : LocalTime.MIN;
        int reminded = 0;
        for (DueReminder due : reminders.due(today, today.getDayOfWeek(), from, to)) {
            if (reminders.claim(due.patient(), today, calendar.clock().instant()) && send(due)) {
                reminded++;
            }
        }
        return reminded;
    }

    private boolean send(DueReminder due) {
        boolean sent = false;
        if (due.schedule().by(ReminderChannel.PUSH)) {
            for (PushDevice device : due.devices()) {
                SendOutcome outcome = sender.push(device);
                if (outcome == SendOutcome.GONE) {
                    reminders.forgetDevice(device.endpoint());
                }
                sent |= outcome == SendOutcome.SENT;
            }
        }
        if (due.schedule().by(ReminderChannel.EMAIL) && due.email().isPresent() && sender.emailAvailable()) {
            sent |= sender.email(due.email().get()) == SendOutcome.SENT;
        }
        audit.recordSystem(
                AuditAction.REMINDER_SENT, due.patient(), sent ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE);
        return sent;
    }
}
