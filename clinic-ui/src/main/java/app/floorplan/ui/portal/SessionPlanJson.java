package app.floorplan.ui.portal;

import app.floorplan.core.exercise.WatchFor;
import app.floorplan.core.session.BreathPace;
import app.floorplan.core.session.GuidedExercise;
import app.floorplan.core.session.HoldUnit;
import app.floorplan.core.session.Round;
import app.floorplan.core.session.SessionPlan;
import app.floorplan.core.session.SessionStep;
import app.floorplan.core.session.StopSign;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The session plan as the JSON session-player.js plays: short keys, texts as data (the player puts them in with
 * {@code textContent}, never as markup).
 */
final class SessionPlanJson {

    private static final JsonMapper JSON = JsonMapper.shared();

    private SessionPlanJson() {}

    static String of(SessionPlan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("date", plan.date().toString());
        root.putObject("pace").put("inhale", BreathPace.INHALE_SECONDS).put("exhale", BreathPace.EXHALE_SECONDS);
        ArrayNode signs = root.putArray("signs");
        for (StopSign sign : StopSign.values()) {
            signs.addObject()
                    .put("key", sign.name())
                    .put("label", sign.sign().label())
                    .put("todo", sign.sign().whatToDo());
        }
        ArrayNode exercises = root.putArray("exercises");
        plan.exercises().forEach(exercise -> exercise(exercises.addObject(), exercise));
        return JSON.writeValueAsString(root);
    }

    private static void exercise(ObjectNode node, GuidedExercise exercise) {
        node.put("name", exercise.name()).put("dosage", exercise.dosage());
        exercise.setUp().ifPresent(setUp -> node.put("setUp", setUp));
        exercise.ptNote().ifPresent(note -> node.put("ptNote", note));
        exercise.watchForNote().ifPresent(note -> node.put("watchNote", note));
        ArrayNode howTo = node.putArray("howTo");
        exercise.howTo().forEach(howTo::add);
        ArrayNode cues = node.putArray("cues");
        exercise.cues().forEach(cues::add);
        ArrayNode watch = node.putArray("watchFors");
        for (WatchFor sign : exercise.watchFors()) {
            watch.addObject()
                    .put("label", sign.label())
                    .put("what", sign.whatItIs())
                    .put("todo", sign.whatToDo());
        }
        ArrayNode steps = node.putArray("steps");
        exercise.steps().forEach(step -> step(steps.addObject(), step));
    }

    private static void step(ObjectNode node, SessionStep step) {
        switch (step) {
            case SessionStep.RepCount reps -> {
                node.put("t", "reps")
                        .put("low", reps.reps().low())
                        .put("high", reps.reps().high());
                round(node, reps.round());
            }
            case SessionStep.Holds holds -> {
                node.put("t", "holds")
                        .put("unit", holds.unit() == HoldUnit.BREATHS ? "b" : "s")
                        .put("low", holds.length().low())
                        .put("high", holds.length().high())
                        .put("times", holds.times())
                        .put("timesLow", holds.prescribedTimes().low())
                        .put("timesHigh", holds.prescribedTimes().high());
                holds.restSeconds().ifPresent(rest -> node.put("rest", rest));
                round(node, holds.round());
            }
            case SessionStep.Timed timed -> {
                node.put("t", "timed").put("seconds", timed.length().toSeconds());
                round(node, timed.round());
            }
            case SessionStep.Rest rest -> node.put("t", "rest").put("seconds", rest.seconds());
            case SessionStep.SwitchSides ignored -> node.put("t", "switch");
        }
    }

    private static void round(ObjectNode node, Round round) {
        node.put("set", round.set())
                .put("setsLow", round.sets().low())
                .put("setsHigh", round.sets().high());
        round.side().ifPresent(side -> node.put("side", side.name()));
    }
}
