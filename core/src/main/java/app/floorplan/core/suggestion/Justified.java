package app.floorplan.core.suggestion;

import java.util.List;

/** A suggested element with the facts that triggered it: findings (with their limit and source) or intake answers. */
public interface Justified {

    /** The triggering facts, e.g. "IRD 28 mm at the umbilicus at rest &gt; 20 mm (Qu 2021: ...)"; never empty. */
    List<String> because();

    /**
     * The facts in one line, e.g. "because IRD 28 mm at the umbilicus at rest &gt; 20 mm (Qu 2021: ...); Doming during
     * head lift".
     */
    default String becauseText() {
        return "because " + String.join("; ", because());
    }
}
