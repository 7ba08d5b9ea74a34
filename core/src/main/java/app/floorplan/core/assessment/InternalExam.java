package app.floorplan.core.assessment;

import app.floorplan.core.validation.Violations;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;

/**
 * What a digital (internal) pelvic floor exam finds: PERFECT, resting tone and relaxation after contraction. All of
 * it is palpated internally, so all of it needs the patient's consent. Any item may be left not tested (empty), but an
 * exam tests at least one: an exam with nothing tested is no exam.
 *
 * @param tone empty when not tested
 * @param relaxation empty when not tested
 */
public record InternalExam(
        Perfect perfect, Optional<PelvicFloorTone> tone, Optional<PelvicFloorRelaxation> relaxation) {

    public static final String FIELD = "pelvicFloor.examined";

    public InternalExam {
        new Violations()
                .check(
                        notTested(perfect, tone, relaxation).size() < InternalExamItem.values().length,
                        FIELD,
                        "Record at least one exam value, or untick 'Internal exam done'")
                .throwIfAny();
    }

    /** An exam with every item tested. */
    public static InternalExam of(Perfect perfect, PelvicFloorTone tone, PelvicFloorRelaxation relaxation) {
        return new InternalExam(perfect, Optional.of(tone), Optional.of(relaxation));
    }

    /** The Oxford grade, when power was tested. */
    public Optional<OxfordGrade> oxford() {
        return perfect.power();
    }

    /**
     * The items left not tested, in the order of the exam: no finding comes from them, which says nothing about them
     * being normal.
     */
    public Set<InternalExamItem> notTested() {
        return notTested(perfect, tone, relaxation);
    }

    private static Set<InternalExamItem> notTested(
            Perfect perfect, Optional<PelvicFloorTone> tone, Optional<PelvicFloorRelaxation> relaxation) {
        // an EnumSet, so in the order of the exam, as the form and the findings list them
        var items = perfect.notTested();
        Perfect.addIfEmpty(items, tone, InternalExamItem.TONE);
        Perfect.addIfEmpty(items, relaxation, InternalExamItem.RELAXATION);
        return Collections.unmodifiableSet(items);
    }
}
