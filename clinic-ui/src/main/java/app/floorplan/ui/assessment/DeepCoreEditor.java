package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.AslrScore;
import app.floorplan.core.assessment.DeepCoreSection;
import app.floorplan.core.assessment.DomingTask;
import app.floorplan.core.assessment.PelvicCompressionEffect;
import app.floorplan.core.assessment.TvaActivation;
import app.floorplan.core.validation.Violations;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Deep core: TVA activation, doming per loaded task, and the active straight leg raise with its total shown live. */
final class DeepCoreEditor extends SectionEditor<DeepCoreSection> {

    private static final String TVA = "deepCore.tva";
    private static final String BOTH_SIDES = "Score both sides, or leave both empty when the test was not done";

    /** Per task: a task not tested is neither "doming" nor "no doming". */
    enum DomingSeen {
        NOT_TESTED("Not tested"),
        NO_DOMING("No doming"),
        DOMING("Doming");

        private final String label;

        DomingSeen(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    private final RadioButtonGroup<TvaActivation> tva;
    private final Map<DomingTask, RadioButtonGroup<DomingSeen>> doming = new EnumMap<>(DomingTask.class);
    private final IntegerField aslrLeft;
    private final IntegerField aslrRight;
    private final Select<PelvicCompressionEffect> compression;
    private final Span aslrTotal = new Span();

    DeepCoreEditor(FormContext form) {
        super("Deep core", "section-deep-core", "deepCore", form);
        tva = form.field(TVA, Fields.choice(TVA, "TVA activation", TvaActivation::label, TvaActivation.values()));
        addFullWidth(tva);
        for (DomingTask task : DomingTask.values()) {
            String key = "deepCore.doming." + task.name();
            var seen = form.field(
                    key,
                    Fields.choice(
                            key, "Doming: " + task.label().toLowerCase(), DomingSeen::label, DomingSeen.values()));
            seen.setValue(DomingSeen.NOT_TESTED);
            doming.put(task, seen);
            addValues(seen);
        }
        aslrLeft = form.field(
                AslrScore.FIELD_LEFT, Fields.number(AslrScore.FIELD_LEFT, "ASLR left", "0 no difficulty to 5 unable"));
        aslrRight = form.field(
                AslrScore.FIELD_RIGHT,
                Fields.number(AslrScore.FIELD_RIGHT, "ASLR right", "0 no difficulty to 5 unable"));
        compression = form.field(
                AslrScore.FIELD_PELVIC_COMPRESSION,
                Fields.optionalChoice(
                        AslrScore.FIELD_PELVIC_COMPRESSION,
                        "Repeated with pelvic compression",
                        "Not repeated",
                        PelvicCompressionEffect::label,
                        PelvicCompressionEffect.values()));
        // [MENS-2001] scores the test without compression; the retest is recorded as observed.
        compression.setHelperText("Recorded as observed: a recording convention, not part of the Mens 2001 score");
        aslrTotal.setId("aslr-total");
        aslrLeft.setValueChangeMode(ValueChangeMode.EAGER);
        aslrRight.setValueChangeMode(ValueChangeMode.EAGER);
        aslrLeft.addValueChangeListener(e -> showTotal());
        aslrRight.addValueChangeListener(e -> showTotal());
        addValues(aslrLeft, aslrRight, compression, aslrTotal);
        showTotal();
    }

    /** The total and its reading ([MENS-2001]), while the PT types, so a positive test is seen before saving. */
    private void showTotal() {
        Integer left = aslrLeft.getValue();
        Integer right = aslrRight.getValue();
        if (left == null || right == null) {
            aslrTotal.setText("ASLR total: score both sides");
            return;
        }
        if (left < 0 || left > AslrScore.MAX_PER_SIDE || right < 0 || right > AslrScore.MAX_PER_SIDE) {
            aslrTotal.setText("ASLR total: each side is 0 to 5");
            return;
        }
        int total = left + right;
        aslrTotal.setText("ASLR total " + total + "/10: "
                + (total >= AslrScore.POSITIVE_FROM_TOTAL ? "positive" : "negative") + " (Mens 2001)");
    }

    @Override
    protected Optional<DeepCoreSection> readValues(Violations violations) {
        var activation = required(violations, tva, TVA, "Choose how the TVA activates");
        Map<DomingTask, Boolean> domingByTask = new EnumMap<>(DomingTask.class);
        doming.forEach((task, seen) -> {
            if (seen.getValue() != null && seen.getValue() != DomingSeen.NOT_TESTED) {
                domingByTask.put(task, seen.getValue() == DomingSeen.DOMING);
            }
        });
        var aslr = aslr(violations);
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DeepCoreSection(activation.orElseThrow(), domingByTask, aslr));
    }

    /** The score, or empty when the test was not done or was refused (the refusal then is in {@code violations}). */
    private Optional<AslrScore> aslr(Violations violations) {
        Integer left = aslrLeft.getValue();
        Integer right = aslrRight.getValue();
        Optional<PelvicCompressionEffect> effect = Optional.ofNullable(compression.getValue());
        if (left == null && right == null) {
            if (effect.isPresent()) {
                violations.add(AslrScore.FIELD_PELVIC_COMPRESSION, "Score the test itself before its repetition");
            }
            return Optional.empty();
        }
        if (left == null || right == null) {
            violations.add(left == null ? AslrScore.FIELD_LEFT : AslrScore.FIELD_RIGHT, BOTH_SIDES);
            return Optional.empty();
        }
        return violations.attempt(() -> AslrScore.of(left, right, effect));
    }

    @Override
    protected void showValues(DeepCoreSection stored) {
        tva.setValue(stored.tva());
        stored.domingByTask()
                .forEach((task, domed) -> doming.get(task).setValue(domed ? DomingSeen.DOMING : DomingSeen.NO_DOMING));
        stored.aslr().ifPresent(aslr -> {
            aslrLeft.setValue(aslr.left());
            aslrRight.setValue(aslr.right());
            compression.setValue(aslr.withPelvicCompression().orElse(null));
        });
    }
}
