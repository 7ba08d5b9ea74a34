package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.PainAtVisitSection;
import app.floorplan.core.intake.NumericPainRating;
import app.floorplan.core.validation.Violations;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Optional;

/** Pain at this visit on the 0-10 NRS, asked as in the intake, so that re-assessments compare pain too. */
final class PainAtVisitEditor extends SectionEditor<PainAtVisitSection> {

    private static final String SCALE = "0 no pain, 10 worst imaginable";

    private final IntegerField now;
    private final IntegerField worstLastWeek;

    PainAtVisitEditor(FormContext form) {
        super("Pain at this visit", "section-pain-at-visit", "painAtVisit", form);
        now = form.field(
                PainAtVisitSection.FIELD_NOW,
                Fields.number(PainAtVisitSection.FIELD_NOW, "Pain now (NRS 0-10)", SCALE));
        worstLastWeek = form.field(
                PainAtVisitSection.FIELD_WORST_LAST_WEEK,
                Fields.number(
                        PainAtVisitSection.FIELD_WORST_LAST_WEEK, "Worst pain in the last week (NRS 0-10)", SCALE));
        addValues(now, worstLastWeek);
    }

    @Override
    protected Optional<PainAtVisitSection> readValues(Violations violations) {
        var rated = required(violations, now, PainAtVisitSection.FIELD_NOW, "Rate the pain now from 0 to 10");
        var worst = required(
                violations,
                worstLastWeek,
                PainAtVisitSection.FIELD_WORST_LAST_WEEK,
                "Rate the worst pain in the last week from 0 to 10");
        // Stand-ins for a blank rating (0 now, 10 worst) can never break "worst >= now", so a typed rating is still
        // checked in this pass without a misleading refusal.
        var pain = violations.attempt(
                () -> PainAtVisitSection.of(rated.orElse(NumericPainRating.MIN), worst.orElse(NumericPainRating.MAX)));
        return rated.isPresent() && worst.isPresent() ? pain : Optional.empty();
    }

    @Override
    protected void showValues(PainAtVisitSection stored) {
        now.setValue(stored.now().value());
        worstLastWeek.setValue(stored.worstLastWeek().value());
    }
}
