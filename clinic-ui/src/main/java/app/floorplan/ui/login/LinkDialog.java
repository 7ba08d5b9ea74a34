package app.floorplan.ui.login;

import app.floorplan.core.login.IssuedLink;
import app.floorplan.core.login.MailOutcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Shows a link just issued, the only time anyone sees it: copy it, print a handout, or (for a patient with an e-mail
 * address) send it. Whatever happens to the e-mail, the link stays on screen, so it is never silently lost.
 */
public final class LinkDialog extends Dialog {

    /** Sends the link by e-mail to {@code address}. */
    public record Mailing(String address, Supplier<MailOutcome> send) {}

    private final Div mailStatus = new Div();

    public LinkDialog(
            IssuedLink link,
            String address,
            String personName,
            String clinicName,
            ZoneId zone,
            boolean mailConfigured,
            Optional<Mailing> mailing) {
        setId("link-dialog");
        setHeaderTitle("Login link for " + personName);
        setWidth("min(40rem, 100vw)");
        LinkText text = new LinkText(clinicName, link.username(), link.purpose(), zone);

        TextField shown = new TextField("Link");
        shown.setId("login-link");
        shown.setValue(address);
        shown.setReadOnly(true);
        shown.setWidthFull();
        Paragraph explain = new Paragraph("User name: " + link.username() + ". The link works once, until "
                + text.expiry(link.expiresAt()) + ". Whoever has it can choose the password, so give it only to "
                + personName + ". It is shown only now; if it gets lost, issue a new one.");

        Button copy = new Button("Copy link", VaadinIcon.COPY.create());
        copy.addClickListener(e -> {
            shown.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", address);
            // said on the button itself: a notification would cover the dialog's buttons on a phone
            copy.setText("Link copied");
        });
        copy.setId("copy-link");
        Button print = new Button("Print handout", VaadinIcon.PRINT.create(), e -> print(text, address, link));
        print.setId("print-handout");
        HorizontalLayout actions = new HorizontalLayout(copy, print);
        actions.setWrap(true);

        mailStatus.setId("mail-status");
        if (mailing.isPresent() && mailConfigured) {
            Button send = new Button("Send by e-mail to " + mailing.get().address(), VaadinIcon.ENVELOPE.create());
            send.setId("mail-link");
            send.addClickListener(e -> {
                send.setEnabled(false);
                showOutcome(mailing.get().send().get(), mailing.get().address());
            });
            actions.add(send);
        } else if (!mailConfigured) {
            mailStatus.setText("E-mail is not configured for FloorPlan, so the link cannot be sent from here. Copy it"
                    + " or print the handout.");
        }

        Div handout = new Div(new H3(text.title()));
        text.lines(address, link.expiresAt()).forEach(line -> handout.add(new Paragraph(line)));
        handout.setId("handout");
        handout.addClassName("fp-handout");

        add(shown, explain, actions, mailStatus, handout);
        Button close = new Button("Done", e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setId("close-link-dialog");
        getFooter().add(close);
    }

    private void showOutcome(MailOutcome outcome, String to) {
        switch (outcome) {
            case SENT -> mailStatus.setText("Sent to " + to + ".");
            case NOT_CONFIGURED ->
                mailStatus.setText("E-mail is not configured for FloorPlan. Copy the link or print the handout.");
            case FAILED ->
                mailStatus.setText("The e-mail could not be sent. Copy the link or print the handout instead.");
        }
    }

    /** A print-friendly page in its own window, built from text nodes (nothing is parsed as HTML). */
    private void print(LinkText text, String address, IssuedLink link) {
        List<String> lines = text.lines(address, link.expiresAt());
        getElement().executeJs("""
                const w = window.open('', '_blank');
                if (!w) { return; }
                const d = w.document;
                d.title = $0;
                d.body.style.fontFamily = 'sans-serif';
                d.body.style.maxWidth = '40rem';
                d.body.style.margin = '2rem auto';
                const h = d.createElement('h1');
                h.textContent = $0;
                d.body.appendChild(h);
                for (const line of $1) {
                  const p = d.createElement('p');
                  p.textContent = line;
                  p.style.overflowWrap = 'anywhere';
                  d.body.appendChild(p);
                }
                w.focus();
                w.print();
                """, text.title(), lines);
    }
}
