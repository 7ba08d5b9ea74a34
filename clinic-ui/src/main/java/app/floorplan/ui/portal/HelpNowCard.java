package app.floorplan.ui.portal;

import app.floorplan.core.safety.GetHelpNow;
import app.floorplan.core.safety.UrgentSigns;
import app.floorplan.core.safety.WarningSign;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The patient's "When to get help now" card: the emergency tier first with a button that dials the emergency number,
 * then the signs to call the midwife, GP or maternity unit for. Each tier names its signs one per line; what each sign
 * looks like opens below ("What these signs look like"), built when she opens it, so the card costs a session about a
 * third of the full lists (issue 16's heap target for My plan). After she logs something that may be a warning sign,
 * {@link #alert(UrgentSigns)} says so above the tiers, opens the descriptions and marks the signs her words may describe.
 */
final class HelpNowCard extends Div {

    static final String ID = "help-now";

    private final GetHelpNow help;
    private final Paragraph lead = new Paragraph();
    private final NativeDetails descriptions = new NativeDetails("What these signs look like");
    private List<WarningSign> described = List.of();

    HelpNowCard(GetHelpNow help) {
        this.help = help;
        setId(ID);
        addClassNames("fp-card", "fp-help-now");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", GetHelpNow.TITLE);
        lead.setId("help-now-lead");
        lead.addClassName("fp-help-now-lead");
        lead.getElement().setAttribute("role", "alert");
        lead.setVisible(false);
        Anchor call = new Anchor("tel:" + help.emergencyNumber().replace(" ", ""), "Call " + help.emergencyNumber());
        call.setId("help-now-call");
        call.addClassName("fp-help-now-call");
        descriptions.setId("help-now-descriptions");
        descriptions.addToggleListener(event -> {
            if (event.isOpened() && descriptions.getContent() == null) {
                descriptions.setContent(described());
            }
        });
        add(
                new H3(GetHelpNow.TITLE),
                lead,
                call,
                heading(help.emergencyHeading()),
                names(help.emergencySigns()),
                heading(help.callNowHeading()),
                names(help.callNowSigns()),
                descriptions,
                new Paragraph(help.footer()));
    }

    /** Says what in her log may be a warning sign, opens the descriptions and marks those signs. */
    void alert(UrgentSigns urgent) {
        var parts = new ArrayList<String>();
        if (!urgent.signs().isEmpty()) {
            parts.add("What you wrote may describe "
                    + urgent.signs().stream()
                            .map(sign -> sign.title().toLowerCase(Locale.ENGLISH))
                            .collect(Collectors.joining(" or ")));
        }
        urgent.pain().ifPresent(pain -> parts.add("you rated your pain " + pain + " out of 10"));
        String first = String.join(", and ", parts);
        lead.setText(Character.toUpperCase(first.charAt(0)) + first.substring(1)
                + ". Please read this now and get help if it fits: do not wait for your physiotherapist.");
        lead.setVisible(true);
        addClassName("fp-help-now-urgent");
        described = urgent.signs();
        descriptions.setContent(described());
        descriptions.setOpen(true);
    }

    private Div described() {
        return new Div(
                heading(help.emergencyHeading()),
                signs(help.emergencySigns()),
                heading(help.callNowHeading()),
                signs(help.callNowSigns()));
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text);
        heading.addClassName("fp-help-now-tier");
        return heading;
    }

    /**
     * The tier's sign names, one a line (styles.css): one text for the whole tier. The mark is Latin-1 (a middle dot, not
     * a bullet): one character outside Latin-1 makes Java store the whole UIDL response in two bytes a character, and
     * Vaadin keeps the last response of every UI to answer a resent request.
     */
    private static Paragraph names(List<WarningSign> signs) {
        Paragraph names =
                new Paragraph(signs.stream().map(sign -> "· " + sign.title()).collect(Collectors.joining("\n")));
        names.addClassName("fp-help-now-names");
        return names;
    }

    private UnorderedList signs(List<WarningSign> signs) {
        UnorderedList list = new UnorderedList();
        signs.forEach(sign -> {
            Span title = new Span(sign.title() + ": ");
            title.addClassName("fp-help-now-sign");
            ListItem item = new ListItem(title, new Span(sign.signs()));
            if (described.contains(sign)) {
                item.addClassName("fp-described");
            }
            list.add(item);
        });
        return list;
    }
}
