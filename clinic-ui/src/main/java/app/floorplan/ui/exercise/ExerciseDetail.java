package app.floorplan.ui.exercise;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.WatchFor;
import app.floorplan.core.exercise.dosage.DosageText;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** One exercise as the clinic reads it: how to do it, what to watch for, its default dosage, precautions, variants. */
final class ExerciseDetail extends VerticalLayout {

    ExerciseDetail(Exercise exercise, Function<ExerciseId, Optional<String>> names) {
        setPadding(false);
        setSpacing(false);
        setId("exercise-detail");
        add(new H3(exercise.name() + (exercise.retired() ? " (retired)" : "")));
        add(new Paragraph(exercise.purpose()));
        add(new Paragraph(exercise.category().label() + " · phase "
                + exercise.phase().number() + " " + exercise.phase().label() + " · "
                + (exercise.isBuiltIn() ? "FloorPlan library" : "Your clinic")));

        var instructions = exercise.instructions();
        instructions.setUp().ifPresent(setUp -> add(new H4("Starting position"), new Paragraph(setUp)));
        add(new H4("Steps"));
        OrderedList steps = new OrderedList();
        steps.setId("exercise-steps");
        instructions.steps().forEach(step -> steps.add(new ListItem(step)));
        add(steps);
        if (!instructions.cues().isEmpty()) {
            add(new H4("Cues"));
            UnorderedList cues = new UnorderedList();
            cues.setId("exercise-cues");
            instructions.cues().forEach(cue -> cues.add(new ListItem(cue)));
            add(cues);
        }
        if (!exercise.watchFors().isEmpty()) {
            add(new H4("Watch for"));
            UnorderedList watch = new UnorderedList();
            watch.setId("exercise-watch-for");
            for (WatchFor sign : exercise.watchFors().signs()) {
                Span label = new Span(sign.label() + ": ");
                label.getStyle().set("font-weight", "600");
                watch.add(new ListItem(label, new Span(sign.whatItIs() + " " + sign.whatToDo())));
            }
            exercise.watchFors().note().ifPresent(note -> watch.add(new ListItem(note)));
            add(watch);
        }
        add(new H4("Default dosage"));
        Paragraph dosage = new Paragraph(DosageText.forPatient(exercise.defaultDosage()) + " ("
                + DosageText.forClinician(exercise.defaultDosage()) + ")");
        dosage.setId("exercise-dosage");
        add(dosage);

        var precautions = exercise.precautions();
        List<String> careful = new ArrayList<>();
        precautions.text().ifPresent(careful::add);
        if (precautions.loadedAbdominalWork()) {
            careful.add("Loaded abdominal work: not in the early weeks after a C-section until cleared.");
        }
        if (precautions.requiresScarClearance()) {
            careful.add("Only once the C-section scar has healed and scar work is cleared.");
        }
        precautions.cautions().stream()
                .sorted()
                .forEach(caution ->
                        careful.add("Take care with " + caution.condition().toLowerCase(Locale.ROOT) + " ("
                                + caution.load() + "): held back from suggestions, a warning when prescribed."));
        if (!careful.isEmpty()) {
            add(new H4("Precautions"));
            Div text = new Div();
            text.setId("exercise-precautions");
            careful.forEach(line -> text.add(new Paragraph(line)));
            add(text);
        }
        var variants = exercise.variants();
        if (variants.easier().isPresent() || variants.harder().isPresent()) {
            add(new H4("Variants"));
            UnorderedList list = new UnorderedList();
            list.setId("exercise-variants");
            variants.easier()
                    .ifPresent(id ->
                            list.add(new ListItem("Easier: " + names.apply(id).orElse("unknown"))));
            variants.harder()
                    .ifPresent(id ->
                            list.add(new ListItem("Harder: " + names.apply(id).orElse("unknown"))));
            add(list);
        }
    }
}
