package app.floorplan.ui.patient;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.patient.AssignablePt;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violations;
import app.floorplan.ui.form.BoundRefusals;
import app.floorplan.ui.form.DateField;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The patient's registration details, bound by name to a {@link PatientDraft}. Validation is core's
 * ({@link PatientDetails#of}); this form only shows the messages next to the fields and never clears what was typed.
 */
public class PatientForm extends FormLayout {

    static final List<String> LANGUAGES = List.of(
            "English",
            "Swedish",
            "Norwegian",
            "Danish",
            "Finnish",
            "German",
            "French",
            "Spanish",
            "Italian",
            "Portuguese",
            "Dutch",
            "Polish",
            "Arabic",
            "Turkish",
            "Persian",
            "Somali",
            "Ukrainian",
            "Russian");

    final TextField givenName = new TextField("Given name");
    final TextField familyName = new TextField("Family name");
    final DateField dateOfBirth = new DateField("Date of birth", LocalDate.of(1992, 3, 14));
    final TextField phone = new TextField("Phone");
    final EmailField email = new EmailField("E-mail");
    final ComboBox<String> preferredLanguage = new ComboBox<>("Preferred language");
    final ComboBox<AssignablePt> assignedPt = new ComboBox<>("Assigned PT");
    final TextArea notes = new TextArea("Administrative notes");

    private final Binder<PatientDraft> binder = new Binder<>(PatientDraft.class);
    private boolean dirty;
    private Runnable firstChange = () -> {};

    public PatientForm(List<AssignablePt> pts, LocalDate today) {
        givenName.setId("givenName");
        familyName.setId("familyName");
        dateOfBirth.setId("dateOfBirth");
        phone.setId("phone");
        email.setId("email");
        preferredLanguage.setId("preferredLanguage");
        assignedPt.setId("assignedPt");
        notes.setId("notes");

        givenName.setRequiredIndicatorVisible(true);
        familyName.setRequiredIndicatorVisible(true);
        dateOfBirth.setRequiredIndicatorVisible(true);
        preferredLanguage.setRequiredIndicatorVisible(true);
        givenName.setMaxLength(100);
        familyName.setMaxLength(100);
        phone.setMaxLength(30);
        email.setMaxLength(200);
        notes.setMaxLength(4000);
        dateOfBirth.setMax(today);
        phone.setHelperText("Digits, spaces and + ( ) -");
        preferredLanguage.setItems(LANGUAGES);
        preferredLanguage.setAllowCustomValue(true);
        preferredLanguage.addCustomValueSetListener(e -> preferredLanguage.setValue(e.getDetail()));
        preferredLanguage.setValue("English");
        assignedPt.setItems(pts);
        assignedPt.setItemLabelGenerator(AssignablePt::displayName);
        assignedPt.setClearButtonVisible(true);
        assignedPt.setHelperText("Her practice alerts go to this PT; with none, to every PT of the clinic.");
        notes.setHelperText("Administrative notes; clinical findings belong in intake and assessments.");

        add(givenName, familyName, dateOfBirth, phone, email, preferredLanguage, assignedPt);
        add(notes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));

        // core decides what is valid; the fields' own checks (e.g. the picker's max) would only echo it
        binder.setDefaultValidatorsEnabled(false);
        binder.bindInstanceFields(this);
        binder.addValueChangeListener(this::markDirty);
    }

    private void markDirty(com.vaadin.flow.component.HasValue.ValueChangeEvent<?> e) {
        if (e.isFromClient() && !dirty) {
            dirty = true;
            firstChange.run();
        }
    }

    /** Preselects the PT a new patient is assigned to unless the person changes or clears it. */
    public void proposeAssignedPt(Optional<AccountId> pt) {
        pt.flatMap(id -> assignedPt
                        .getListDataView()
                        .getItems()
                        .filter(choice -> choice.id().equals(id))
                        .findFirst())
                .ifPresent(assignedPt::setValue);
    }

    /** Fills the form from a stored record (not a change by the person). */
    public void show(PatientDetails d, List<AssignablePt> pts) {
        binder.readRecord(PatientDraft.of(d, pts));
        dirty = false;
        BoundRefusals.clear(binder);
    }

    /**
     * Reads the typed values through core's validation. On refusal every message is shown next to its field and the
     * form keeps its values.
     */
    public Optional<PatientDetails> read(LocalDate today) {
        PatientDraft draft = typed();
        Violations violations = new Violations();
        if (draft.dateOfBirth() == null) {
            violations.add(
                    "dateOfBirth",
                    dateOfBirth.isInvalid() ? dateOfBirth.typeItLikeTheExample() : "Enter the date of birth");
        }
        // with no date typed yet, still check every other field so the person sees all problems in one go
        LocalDate born = draft.dateOfBirth() == null ? today.minusYears(30) : draft.dateOfBirth();
        Optional<PatientDetails> details = violations.attempt(() -> draft.details(born, today));
        BoundRefusals.show(binder, violations.list());
        return violations.isEmpty() ? details : Optional.empty();
    }

    private PatientDraft typed() {
        try {
            return binder.writeRecord();
        } catch (ValidationException unexpected) {
            throw new IllegalStateException("the form binds no validator of its own", unexpected);
        }
    }

    /** Shows refusals that came from a use case (e.g. an assigned PT of another clinic). */
    public void showRefusal(InvalidInputException refused) {
        BoundRefusals.show(binder, refused.violations());
    }

    public boolean isDirty() {
        return dirty;
    }

    public void markSaved() {
        dirty = false;
    }

    /** Runs once when the person first changes something after a load or a save. */
    public void onFirstChange(Runnable listener) {
        this.firstChange = listener;
    }
}
