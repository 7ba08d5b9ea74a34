package app.floorplan.ui.login;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.login.IssuedLink;
import app.floorplan.core.login.PatientLogin;
import app.floorplan.core.login.PatientLoginStatus;
import app.floorplan.core.login.PatientLogins;
import app.floorplan.core.login.TokenPurpose;
import app.floorplan.core.reminder.PracticeReminders;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.ClinicDates;
import app.floorplan.ui.form.FieldMessages;
import app.floorplan.ui.reminder.ReminderStatusText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The patient's portal login: create it with an activation link, issue a new link, disable or enable it. A reset she
 * asked for and no e-mail could answer is shown here until the PT issues a link.
 */
final class PortalLoginPanel extends VerticalLayout {

    private final PatientId patient;
    private final PatientLogins logins;
    private final PracticeReminders reminders;
    private final PortalLinkDelivery delivery;
    private final ZoneId zone;

    PortalLoginPanel(
            PatientId patient,
            PatientLogins logins,
            PracticeReminders reminders,
            PortalLinkDelivery delivery,
            ZoneId zone) {
        this.patient = patient;
        this.logins = logins;
        this.reminders = reminders;
        this.delivery = delivery;
        this.zone = zone;
        setId("portal-login");
        setPadding(false);
        show();
    }

    private void show() {
        removeAll();
        PatientLoginStatus status = logins.status(patient);
        add(new H3("Portal login"));
        status.login().ifPresentOrElse(login -> showLogin(status, login), () -> showCreate(status));
    }

    private void showCreate(PatientLoginStatus status) {
        add(new Paragraph(status.patientName() + " has no login yet. Create one and give her the link: she opens it on"
                + " her phone, chooses her own password and sees her plan."));
        TextField username = new TextField("User name");
        username.setId("portal-username");
        username.setValue(status.proposedUsername());
        username.setHelperText("Proposed from her name; change it if you like. She logs in with it.");
        username.setWidth("min(24rem, 100%)");
        FieldMessages messages = new FieldMessages();
        messages.register("username", username);
        Button create = new Button("Create login");
        create.setId("create-login");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            try {
                IssuedLink link = logins.create(patient, username.getValue());
                show();
                openDialog(status, link);
            } catch (InvalidInputException refused) {
                messages.show(refused.violations());
            }
        });
        HorizontalLayout row = new HorizontalLayout(username, create);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row);
    }

    private void showLogin(PatientLoginStatus status, PatientLogin login) {
        Span state = new Span(stateOf(login));
        state.setId("portal-login-state");
        add(new Paragraph(new Span("User name: " + login.username() + " · "), state));
        Span remindersState = new Span(ReminderStatusText.of(reminders.status(patient), login.enabled()));
        remindersState.setId("portal-reminders");
        add(new Paragraph(new Span("Practice reminders: "), remindersState));
        login.resetRequestedAt().ifPresent(at -> {
            Div requested = new Div("Password reset requested on " + ClinicDates.dateTime(at, zone)
                    + ". Issue a new link and give it to" + " her.");
            requested.setId("reset-requested");
            requested.addClassName("fp-conflict");
            add(requested);
        });
        Button newLink = new Button("New link", e -> {
            IssuedLink link = logins.newLink(patient);
            show();
            openDialog(status, link);
        });
        newLink.setId("new-link");
        newLink.setTooltipText("Every earlier link stops working");
        // withdrawing a waiting login's link is disabling it: its links are spent
        boolean enable = !login.enabled() && !waitingForActivation(login);
        Button toggle = new Button(toggleText(login), e -> {
            logins.setEnabled(patient, enable);
            show();
        });
        toggle.setId("toggle-login");
        if (waitingForActivation(login)) {
            toggle.setTooltipText("The activation link stops working; a new link starts again");
        }
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(newLink, toggle);
        actions.setWrap(true);
        add(actions);
    }

    /**
     * A login waiting for activation has no password yet: enabling it would open nothing, so the PT is offered to
     * withdraw its link instead.
     */
    private static String toggleText(PatientLogin login) {
        if (login.enabled()) {
            return "Disable login";
        }
        return waitingForActivation(login) ? "Withdraw activation link" : "Enable login";
    }

    private static boolean waitingForActivation(PatientLogin login) {
        return !login.enabled() && login.openLink().isPresent();
    }

    private String stateOf(PatientLogin login) {
        String link = login.openLink()
                .map(until -> login.openLinkPurpose().orElse(TokenPurpose.ACTIVATION) == TokenPurpose.ACTIVATION
                        ? " · activation link valid until " + ClinicDates.dateTime(until, zone)
                        : " · reset link valid until " + ClinicDates.dateTime(until, zone))
                .orElse("");
        if (login.enabled()) {
            return "Active" + link;
        }
        return waitingForActivation(login) ? "Waiting for activation" + link : "Disabled";
    }

    private void openDialog(PatientLoginStatus status, IssuedLink link) {
        Optional<LinkDialog.Mailing> mailing =
                status.email().map(address -> new LinkDialog.Mailing(address, () -> logins.mail(patient, link)));
        new LinkDialog(
                        link,
                        delivery.address(link),
                        status.patientName(),
                        status.clinicName(),
                        zone,
                        delivery.mailConfigured(),
                        mailing)
                .open();
    }
}
