package app.floorplan.ui.intake;

import app.floorplan.core.intake.AggravatingActivity;
import app.floorplan.core.intake.Babywearing;
import app.floorplan.core.intake.Feeding;
import app.floorplan.core.intake.HistoryAnswers;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeAnswers;
import app.floorplan.core.intake.ObstetricAnswers;
import app.floorplan.core.intake.ObstetricHistory;
import app.floorplan.core.intake.PainAnswers;
import app.floorplan.core.intake.PainCharacter;
import app.floorplan.core.intake.PainProfile;
import app.floorplan.core.intake.PainSite;
import app.floorplan.core.intake.RelevantHistory;
import app.floorplan.core.record.Revision;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.ui.form.DateField;
import app.floorplan.ui.form.FieldMessages;
import app.floorplan.ui.screening.RedFlagQuestions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The intake a PT fills during the first visit. Validation is core's ({@link IntakeAnswers}); this form shows each
 * refusal next to its field and never clears what was typed. Fields use manual validation so that only core's
 * messages mark them.
 */
final class IntakeForm extends VerticalLayout {

    /** Core's key for the reason of a correction (see {@code Revision}). */
    static final String FIELD_REASON = "revision.reason";

    final IntegerField gravida = new IntegerField("Gravida (pregnancies)");
    final IntegerField para = new IntegerField("Para (births at 20 weeks or later)");
    final DeliveriesEditor deliveries = new DeliveriesEditor(this::markDirty);
    final RadioButtonGroup<Feeding> feeding = new RadioButtonGroup<>("Feeding now");
    final Checkbox wearsBaby = new Checkbox("Wears the baby in a sling or carrier");
    final BigDecimalField babywearingHours = new BigDecimalField("Babywearing, hours a day");
    final IntegerField nrsNow = new IntegerField("Pain now (NRS 0-10)");
    final IntegerField nrsWorstLastWeek = new IntegerField("Worst pain in the last week (NRS 0-10)");
    final CheckboxGroup<PainSite> painSites = new CheckboxGroup<>("Where it hurts");
    final CheckboxGroup<PainCharacter> painCharacter = new CheckboxGroup<>("How it feels");
    final CheckboxGroup<AggravatingActivity> aggravatingActivities = new CheckboxGroup<>("What brings it on");
    final DateField painSince = new DateField("Pain since", LocalDate.of(2026, 3, 14));
    final Checkbox previousBackPain = new Checkbox("Back pain before this pregnancy");
    final Checkbox herniatedDisc = new Checkbox("Herniated disc");
    final Checkbox pelvicGirdlePain = new Checkbox("Pelvic girdle pain in pregnancy");
    final Checkbox surgery = new Checkbox("Previous surgery");
    final TextArea surgeryDetails = new TextArea("Surgery details");
    final RedFlagQuestions redFlags = new RedFlagQuestions(this::markDirty);
    final TextArea reason = new TextArea("Reason for the correction");

    /** Fields with a fixed key; delivery rows and red-flag questions register themselves. */
    private final Map<String, HasValidation> keyed = new LinkedHashMap<>();

    private boolean dirty;
    private Runnable firstChange = () -> {};

    IntakeForm() {
        setPadding(false);
        gravida.setId("gravida");
        para.setId("para");
        feeding.setId("feeding");
        wearsBaby.setId("wears-baby");
        babywearingHours.setId("babywearing-hours");
        nrsNow.setId("nrs-now");
        nrsWorstLastWeek.setId("nrs-worst-last-week");
        painSites.setId("pain-sites");
        painCharacter.setId("pain-character");
        aggravatingActivities.setId("aggravating-activities");
        painSince.setId("pain-since");
        surgery.setId("surgery");
        surgeryDetails.setId("surgery-details");
        reason.setId("correction-reason");

        feeding.setItems(Feeding.values());
        feeding.setItemLabelGenerator(Feeding::label);
        painSites.setItems(PainSite.values());
        painSites.setItemLabelGenerator(PainSite::label);
        painCharacter.setItems(PainCharacter.values());
        painCharacter.setItemLabelGenerator(PainCharacter::label);
        aggravatingActivities.setItems(AggravatingActivity.values());
        aggravatingActivities.setItemLabelGenerator(AggravatingActivity::label);
        // No min/max on the fields: a typed 11 must reach core, whose refusal then shows next to the field.
        for (IntegerField rating : new IntegerField[] {nrsNow, nrsWorstLastWeek}) {
            rating.setStepButtonsVisible(true);
            rating.setHelperText("0 no pain, 10 worst imaginable");
        }
        gravida.setStepButtonsVisible(true);
        para.setStepButtonsVisible(true);
        babywearingHours.setHelperText("e.g. 1.5");
        painSince.setHelperText("Leave empty when unknown or there is no pain");
        surgeryDetails.setMaxLength(RelevantHistory.MAX_SURGERY_DETAILS_LENGTH);
        reason.setMaxLength(Revision.MAX_REASON_LENGTH);
        reason.setHelperText("What was wrong in the previous version; it stays readable in the history.");
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setVisible(false);

        keyed(ObstetricAnswers.FIELD_GRAVIDA, gravida);
        keyed(ObstetricAnswers.FIELD_PARA, para);
        keyed(ObstetricAnswers.FIELD_DELIVERIES, deliveries);
        keyed(ObstetricAnswers.FIELD_FEEDING, feeding);
        keyed(Babywearing.FIELD_HOURS, babywearingHours);
        keyed(PainProfile.FIELD_NOW, nrsNow);
        keyed(PainProfile.FIELD_WORST_LAST_WEEK, nrsWorstLastWeek);
        keyed(PainProfile.FIELD_SINCE, painSince);
        keyed(RelevantHistory.FIELD_SURGERY_DETAILS, surgeryDetails);
        keyed(FIELD_REASON, reason);

        for (HasValue<?, ?> field : typedFields()) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    markDirty();
                }
            });
        }

        section("Obstetric history", form(gravida, para), deliveries, form(feeding, wearsBaby, babywearingHours));
        section(
                "Pain",
                form(nrsNow, nrsWorstLastWeek),
                painSites,
                painCharacter,
                aggravatingActivities,
                form(painSince));
        section(
                "Relevant history",
                form(previousBackPain, herniatedDisc, pelvicGirdlePain, surgery),
                form(surgeryDetails));
        section("Red-flag screen (answer every question)", redFlags);
        add(reason);
    }

    /** Every field with a single value; delivery rows and red-flag questions are handled by their components. */
    private List<HasValue<?, ?>> typedFields() {
        return List.of(
                gravida,
                para,
                feeding,
                wearsBaby,
                babywearingHours,
                nrsNow,
                nrsWorstLastWeek,
                painSites,
                painCharacter,
                aggravatingActivities,
                painSince,
                previousBackPain,
                herniatedDisc,
                pelvicGirdlePain,
                surgery,
                surgeryDetails,
                reason);
    }

    private <F extends HasValidation> void keyed(String key, F field) {
        field.setManualValidation(true);
        keyed.put(key, field);
    }

    private void section(String title, Component... content) {
        add(new H3(title));
        add(content);
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        return form;
    }

    /** Fills the form from the stored current version (not a change by the person). */
    void show(Intake intake) {
        ObstetricHistory obstetric = intake.obstetricHistory();
        gravida.setValue(obstetric.gravida());
        para.setValue(obstetric.para());
        deliveries.show(obstetric.deliveries());
        feeding.setValue(obstetric.feeding());
        wearsBaby.setValue(obstetric.babywearing().wearsBaby());
        babywearingHours.setValue(obstetric.babywearing().hoursPerDay().orElse(null));
        PainProfile pain = intake.pain();
        nrsNow.setValue(pain.now().value());
        nrsWorstLastWeek.setValue(pain.worstLastWeek().value());
        painSites.setValue(pain.sites());
        painCharacter.setValue(pain.character());
        aggravatingActivities.setValue(pain.aggravatingActivities());
        painSince.setValue(pain.since().orElse(null));
        RelevantHistory history = intake.relevantHistory();
        previousBackPain.setValue(history.previousBackPain());
        herniatedDisc.setValue(history.herniatedDisc());
        pelvicGirdlePain.setValue(history.pelvicGirdlePainInPregnancy());
        surgery.setValue(history.surgery());
        surgeryDetails.setValue(history.surgeryDetails().orElse(""));
        redFlags.show(intake.redFlags());
        reason.clear();
        loaded();
    }

    /** An empty form for the first intake: nothing is pre-answered, least of all the red-flag screen. */
    void showEmpty() {
        typedFields().forEach(HasValue::clear);
        deliveries.show(List.of());
        redFlags.clear();
        loaded();
    }

    /** Shows the reason field while a save is a correction, which needs a reason. */
    void showReason(boolean correction) {
        reason.setVisible(correction);
    }

    /** What was typed, as it is; blank answers stay blank for core to refuse. */
    IntakeAnswers answers() {
        var obstetric = new ObstetricAnswers(
                Optional.ofNullable(gravida.getValue()),
                Optional.ofNullable(para.getValue()),
                deliveries.answers(),
                Optional.ofNullable(feeding.getValue()),
                wearsBaby.getValue(),
                Optional.ofNullable(babywearingHours.getValue()));
        var pain = new PainAnswers(
                Optional.ofNullable(nrsNow.getValue()),
                Optional.ofNullable(nrsWorstLastWeek.getValue()),
                painSites.getValue(),
                painCharacter.getValue(),
                aggravatingActivities.getValue(),
                Optional.ofNullable(painSince.getValue()));
        var history = new HistoryAnswers(
                previousBackPain.getValue(),
                herniatedDisc.getValue(),
                pelvicGirdlePain.getValue(),
                surgery.getValue(),
                surgeryDetails.getValue());
        return new IntakeAnswers(obstetric, pain, history, redFlags.answers());
    }

    String reason() {
        return reason.getValue();
    }

    /** Shows core's refusals next to their fields; the typed values stay. */
    void showRefusal(InvalidInputException refused) {
        messages().show(refused.violations());
    }

    boolean isDirty() {
        return dirty;
    }

    void markSaved() {
        dirty = false;
    }

    /** Runs when the person first changes something after a load or a save. */
    void onFirstChange(Runnable listener) {
        this.firstChange = listener;
    }

    private void loaded() {
        dirty = false;
        messages().clear();
    }

    private void markDirty() {
        if (!dirty) {
            dirty = true;
            firstChange.run();
        }
    }

    /** Built per use: delivery rows come and go, and a removed row must never receive a message. */
    private FieldMessages messages() {
        FieldMessages messages = new FieldMessages();
        keyed.forEach(messages::register);
        deliveries.register(messages);
        redFlags.register(messages);
        return messages;
    }
}
