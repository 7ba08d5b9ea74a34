package app.floorplan.ui.portal;

import app.floorplan.core.safety.GetHelpNow;
import app.floorplan.core.safety.UrgentSigns;
import app.floorplan.core.safety.WarningSign;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The patient's "When to get help now" card: the emergency tier first with a button that dials the emergency number,
 * then the signs to call the midwife, GP or maternity unit for. After she logs something that may be a warning sign,
 * {@link #alert(UrgentSigns)} says so above the lists and marks the signs her words may describe.
 */
final class HelpNowCard extends Div {

    static final String ID = "help-now";

    private final GetHelpNow help;
    private final Paragraph lead = new Paragraph();
    private final Div tiers = new Div();

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
        add(new H3(GetHelpNow.TITLE), lead, call, tiers, new Paragraph(help.footer()));
        showTiers(List.of());
    }

    /** Says what in her log may be a warning sign and marks those signs; the emergency tier stays first. */
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
        showTiers(urgent.signs());
    }

    private void showTiers(List<WarningSign> described) {
        tiers.removeAll();
        tiers.add(
                heading(help.emergencyHeading()),
                signs(help.emergencySigns(), described),
                heading(help.callNowHeading()),
                signs(help.callNowSigns(), described));
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text);
        heading.addClassName("fp-help-now-tier");
        return heading;
    }

    private static UnorderedList signs(List<WarningSign> signs, List<WarningSign> described) {
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
