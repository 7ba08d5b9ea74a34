package app.floorplan.core.suggestion;

import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import java.util.List;

/** Daily-life advice suggested for the program; the advice itself identifies it, so the PT accepts or discards it. */
public record SuggestedAdvice(DailyLifeAdvice advice, List<String> because) implements Justified {
    public SuggestedAdvice {
        because = List.copyOf(because);
    }
}
