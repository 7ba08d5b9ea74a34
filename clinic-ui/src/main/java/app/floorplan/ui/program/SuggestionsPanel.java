package app.floorplan.ui.program;

import app.floorplan.core.assessment.FindingArea;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.suggestion.Justified;
import app.floorplan.core.suggestion.ProgramSuggestion;
import app.floorplan.core.suggestion.SuggestedItem;
import app.floorplan.core.suggestion.SuggestedReferral;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * "Suggestions from findings": referrals to consider, the suggested phase, exercises, advice and precautions, each with
 * the facts that triggered it, and the exercises held back with the reason. Nothing is applied until the PT accepts
 * it, one by one; a referral is advice to the PT and never part of the program.
 */
final class SuggestionsPanel extends VerticalLayout {

    /** What accepting does to the form; an item answers false when the program already has that exercise. */
    interface Accepting {
        void phase(ProgramPhase phase);

        boolean item(SuggestedItem item);

        void advice(DailyLifeAdvice advice);
    }

    SuggestionsPanel(ProgramSuggestion suggestion, Accepting accepting) {
        setId("suggestions");
        setPadding(true);
        setSpacing(false);
        getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-l)");
        add(new H3("Suggestions from findings"));
        add(new Paragraph("A starting point from the latest assessment and the intake. Nothing is applied until you"
                + " accept it; what you accept stays editable."));

        if (!suggestion.referrals().isEmpty()) {
            add(new H4("Referrals to consider"));
            add(reason("Advice for you, not part of the program: you decide and arrange it."));
            for (SuggestedReferral referral : suggestion.referrals()) {
                Div advice = new Div(
                        strong(referral.to().title()),
                        new Div(referral.to().to() + " " + referral.to().source()),
                        reason(referral.becauseText()));
                advice.setId("suggestion-referral-" + referral.to().name());
                advice.getStyle().set("margin-bottom", "var(--lumo-space-s)");
                add(advice);
            }
        }

        var phase = suggestion.phase();
        add(new H4("Phase"));
        add(row("suggestion-phase", "Phase " + ProgramText.phase(phase.phase()), phase, () -> {
            accepting.phase(phase.phase());
            return true;
        }));

        add(new H4("Exercises"));
        if (suggestion.items().isEmpty()) {
            add(new Paragraph("No exercise is suggested from the findings."));
        }
        for (SuggestedItem item : suggestion.items()) {
            add(row(
                    "suggestion-" + item.id().value(),
                    item.name() + " · " + ProgramText.dosage(item.dosage()),
                    item,
                    () -> accepting.item(item)));
        }
        if (!suggestion.advice().isEmpty()) {
            add(new H4("Daily-life advice"));
            suggestion
                    .advice()
                    .forEach(advice -> add(row(
                            "suggestion-advice-" + advice.advice().name(),
                            advice.advice().title(),
                            advice,
                            () -> {
                                accepting.advice(advice.advice());
                                return true;
                            })));
        }
        if (!suggestion.precautions().isEmpty()) {
            add(new H4("Precautions"));
            suggestion
                    .precautions()
                    .forEach(precaution -> add(info("suggestion-precaution", precaution.text(), precaution)));
        }
        if (!suggestion.withheld().isEmpty()) {
            add(new H4("Held back"));
            suggestion.withheld().forEach(withheld -> {
                Div held =
                        new Div(strong(withheld.name() + ": not suggested "), new Span(withheld.becauseText() + "."));
                held.setId("withheld-" + withheld.exercise());
                held.add(reason("Proposed because " + String.join("; ", withheld.proposedFor())));
                add(held);
            });
        }
        if (!suggestion.notAssessed().isEmpty()) {
            Paragraph notAssessed = new Paragraph("Not assessed at the latest visit (no suggestion there means"
                    + " unknown, not normal): "
                    + suggestion.notAssessed().stream()
                            .sorted()
                            .map(FindingArea::label)
                            .collect(Collectors.joining(", ")));
            notAssessed.setId("suggestion-not-assessed");
            add(notAssessed);
        }
    }

    private static Component row(String id, String what, Justified justified, BooleanSupplier accept) {
        Span status = new Span();
        status.setId(id + "-status");
        Button accepted = new Button("Accept");
        accepted.setId(id + "-accept");
        accepted.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button("Discard");
        discard.setId(id + "-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        accepted.addClickListener(e -> {
            boolean applied = accept.getAsBoolean();
            status.setText(applied ? "Accepted" : "Already in the program");
            accepted.setVisible(false);
            discard.setVisible(false);
        });
        discard.addClickListener(e -> {
            status.setText("Discarded");
            accepted.setVisible(false);
            discard.setVisible(false);
        });
        VerticalLayout text = new VerticalLayout(strong(what), reason(justified.becauseText()));
        text.setPadding(false);
        text.setSpacing(false);
        HorizontalLayout row = new HorizontalLayout(text, accepted, discard, status);
        row.setId(id);
        row.setWidthFull();
        row.expand(text);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }

    private static Component info(String id, String what, Justified justified) {
        Div div = new Div(strong(what), reason(justified.becauseText()));
        div.setClassName(id);
        return div;
    }

    private static Span strong(String text) {
        Span span = new Span(text);
        span.getStyle().set("font-weight", "600");
        return span;
    }

    private static Div reason(String text) {
        Div div = new Div(text);
        div.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return div;
    }
}
