package app.floorplan.ui.intake;

import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.StaffNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/**
 * The red-flag state of the stored intake. Unresolved positive flags show as a prominent banner, because they block
 * every exercise program until the PT records a referral or clearance; otherwise the latest referral or clearance, or
 * that the screen was all "no".
 */
final class RedFlagStatus extends VerticalLayout {

    private final Div banner = new Div();
    private final UnorderedList unresolved = new UnorderedList();
    private final Paragraph state = new Paragraph();

    /**
     * @param id the banner's element id
     * @param resolve opens the referral or clearance dialog; absent where the status is only shown
     */
    RedFlagStatus(String id, Optional<Runnable> resolve) {
        setPadding(false);
        setSpacing(false);
        banner.setId(id);
        banner.addClassName("fp-red-flag");
        banner.add(new Paragraph("Positive red flags: refer to a physician. No exercise program until a referral or"
                + " clearance is recorded."));
        banner.add(unresolved);
        resolve.ifPresent(action -> {
            Button record = new Button("Record referral or clearance", e -> action.run());
            record.setId("resolve-red-flags");
            record.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_PRIMARY);
            banner.add(record);
        });
        state.setId(id + "-state");
        add(banner, state);
        setVisible(false);
    }

    void show(Optional<Intake> stored, StaffNames staff, ZoneId zone) {
        setVisible(stored.isPresent());
        stored.ifPresent(intake -> {
            unresolved.removeAll();
            Arrays.stream(RedFlag.values())
                    .filter(intake.unresolvedRedFlags()::contains)
                    .map(flag -> new ListItem(flag.label()))
                    .forEach(unresolved::add);
            banner.setVisible(!intake.unresolvedRedFlags().isEmpty());
            state.setText(intake.latestRedFlagResolution()
                    .map(latest -> "Red flags " + IntakeText.flags(latest.resolvedFlags()) + ": "
                            + IntakeText.resolution(latest, staff, zone))
                    .orElse(intake.redFlags().anyPositive() ? "" : "Red-flag screen: every question answered no."));
            state.setVisible(!state.getText().isEmpty());
        });
    }
}
