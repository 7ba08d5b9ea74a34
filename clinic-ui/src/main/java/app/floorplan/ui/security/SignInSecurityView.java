package app.floorplan.ui.security;

import app.floorplan.core.account.mfa.MultiFactor;
import app.floorplan.core.account.mfa.TotpSetup;
import app.floorplan.core.validation.InvalidInputException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * A staff member's authenticator app: set it up (QR code and the secret as text, confirmed with a code), see the
 * recovery codes once, set up a new app, or turn it off. Also where the clinic's "app required" rule sends a staff
 * member who has none yet, before anything else.
 */
@Route(value = "sign-in-security", autoLayout = false)
@PageTitle("Sign-in security · FloorPlan")
@PermitAll
public class SignInSecurityView extends VerticalLayout {

    private final MultiFactor multiFactor;
    private final SecondFactorStep step;
    private final Div content = new Div();

    public SignInSecurityView(MultiFactor multiFactor, SecondFactorStep step) {
        this.multiFactor = multiFactor;
        this.step = step;
        setMaxWidth("40rem");
        content.setWidthFull();
        add(new H2("Sign-in security"), content);
        if (step.stage() == SignInStage.ENROLMENT_PENDING) {
            add(new Paragraph("Your clinic asks every staff member to use an authenticator app. Set it up now to"
                    + " continue."));
            showEnrolment();
        } else {
            showStatus();
        }
    }

    private void showStatus() {
        content.removeAll();
        if (multiFactor.isEnrolled()) {
            Paragraph status = new Paragraph("An authenticator app is set up. Each login asks for its code. Recovery"
                    + " codes left: " + multiFactor.unusedRecoveryCodes() + ".");
            status.setId("mfa-status");
            Button renew = new Button("Set up a new app", click -> showEnrolment());
            Button off = new Button("Turn off", click -> {
                multiFactor.disable();
                showStatus();
            });
            off.setId("mfa-disable");
            off.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            content.add(status, renew, off);
        } else {
            Paragraph status =
                    new Paragraph("No authenticator app yet. With one, a stolen password alone cannot open FloorPlan.");
            status.setId("mfa-status");
            Button start = new Button("Set up an authenticator app", click -> showEnrolment());
            start.setId("mfa-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(status, start);
        }
        content.add(
                new Div(new Button("Back to FloorPlan", click -> UI.getCurrent().navigate(""))));
    }

    private void showEnrolment() {
        content.removeAll();
        TotpSetup setup = multiFactor.beginEnrolment();
        Image qr = new Image(qrCode(setup), "QR code for your authenticator app");
        qr.setId("mfa-qr");
        qr.setWidth("200px");
        Span secret = new Span(grouped(setup.secret().base32()));
        secret.setId("mfa-secret");
        secret.getStyle().set("font-family", "monospace");
        TextField code = new TextField("Code shown in the app");
        code.setId("mfa-code");
        code.setMaxLength(6);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button confirm = new Button("Confirm", click -> {
            try {
                showRecoveryCodes(multiFactor.confirmEnrolment(setup.secret(), code.getValue()));
            } catch (InvalidInputException wrong) {
                code.setInvalid(true);
                code.setErrorMessage(wrong.getMessage());
            }
        });
        confirm.setId("mfa-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(
                new Paragraph("1. Scan this code with an authenticator app on your phone."),
                qr,
                new Paragraph("Cannot scan? Type this key into the app instead:"),
                secret,
                new Paragraph("2. Type the 6-digit code the app now shows."),
                code,
                confirm);
    }

    private void showRecoveryCodes(List<String> codes) {
        content.removeAll();
        UnorderedList list = new UnorderedList();
        list.setId("mfa-recovery-codes");
        list.getStyle().set("font-family", "monospace");
        codes.forEach(c -> list.add(new ListItem(c)));
        Button done = new Button("I have saved them", click -> finish());
        done.setId("mfa-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(
                new H3("Your recovery codes"),
                new Paragraph("Each code works once if your phone is lost. Write them down or print them and keep"
                        + " them somewhere safe. They are shown only now."),
                list,
                done);
    }

    private void finish() {
        if (step.stage() == SignInStage.ENROLMENT_PENDING) {
            step.enrolmentDone(
                    VaadinServletRequest.getCurrent().getHttpServletRequest(),
                    VaadinServletResponse.getCurrent().getHttpServletResponse());
            UI.getCurrent().getPage().setLocation("/");
            return;
        }
        showStatus();
    }

    private static String qrCode(TotpSetup setup) {
        QrData data = new QrData.Builder()
                .label(setup.label())
                .secret(setup.secret().base32())
                .issuer(setup.issuer())
                .algorithm(HashingAlgorithm.SHA1)
                .digits(6)
                .period(30)
                .build();
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        try {
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException broken) {
            throw new IllegalStateException("cannot draw the QR code", broken);
        }
    }

    private static String grouped(String base32) {
        return String.join(" ", base32.split("(?<=\\G.{4})"));
    }
}
