package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.AboveUmbilicusOffset;
import app.floorplan.core.assessment.BelowUmbilicusOffset;
import app.floorplan.core.assessment.DiastasisSection;
import app.floorplan.core.assessment.InterRectusDistance;
import app.floorplan.core.assessment.IrdCondition;
import app.floorplan.core.assessment.IrdLevel;
import app.floorplan.core.assessment.IrdReading;
import app.floorplan.core.assessment.IrdSite;
import app.floorplan.core.assessment.LineaAlbaDepth;
import app.floorplan.core.assessment.LineaAlbaTension;
import app.floorplan.core.validation.Violations;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Diastasis recti: the clinic protocol's distances above and below the umbilicus, the inter-rectus distance at each
 * site at rest and during a head lift, each with its method, and the linea alba under load. Each row's label names the
 * exact point the protocol measures it at.
 */
final class DiastasisEditor extends SectionEditor<DiastasisSection> {

    private static final String OFFSET = "diastasis.aboveUmbilicusOffset";
    private static final String BELOW = "diastasis.belowUmbilicusOffset";
    private static final String TENSION = "diastasis.tension";

    private final RadioButtonGroup<AboveUmbilicusOffset> offset;
    private final RadioButtonGroup<BelowUmbilicusOffset> below;
    private final List<IrdReadingRow> rows = new ArrayList<>();
    private final Select<LineaAlbaTension> tension;
    private final Select<Integer> depth;

    DiastasisEditor(FormContext form) {
        super("Diastasis recti", "section-diastasis", "diastasis", form);
        offset = form.field(
                OFFSET,
                Fields.choice(
                        OFFSET,
                        "The clinic's protocol measures above the umbilicus at",
                        AboveUmbilicusOffset::label,
                        AboveUmbilicusOffset.values()));
        // Protocol settings, not findings: most protocols measure 3 cm above; 2 cm below is what this form measured
        // before it offered a choice.
        offset.setValue(AboveUmbilicusOffset.THREE_CM);
        below = form.field(
                BELOW,
                Fields.choice(
                        BELOW,
                        "The clinic's protocol measures below the umbilicus at",
                        BelowUmbilicusOffset::label,
                        BelowUmbilicusOffset.values()));
        below.setValue(BelowUmbilicusOffset.TWO_CM);
        addFullWidth(offset);
        addFullWidth(below);
        for (IrdSite site : IrdSite.values()) {
            for (IrdCondition condition : IrdCondition.values()) {
                var row = new IrdReadingRow(site, condition, level(site), form);
                row.method().addValueChangeListener(e -> {
                    if (e.isFromClient() && e.getValue() != null) {
                        rows.forEach(other -> other.offerMethod(e.getValue()));
                    }
                });
                if (site == IrdSite.UMBILICUS && condition == IrdCondition.REST) {
                    // "Record at least one distance" belongs next to the reading taken most often.
                    row.alsoShowRefusalsOf(InterRectusDistance.FIELD, form);
                }
                rows.add(row);
                addValues(row.component());
            }
        }
        offset.addValueChangeListener(e -> showLevels());
        below.addValueChangeListener(e -> showLevels());
        tension = form.field(
                TENSION,
                Fields.optionalChoice(
                        TENSION,
                        "Linea alba tension under load",
                        "Not assessed",
                        LineaAlbaTension::label,
                        LineaAlbaTension.values()));
        depth = form.field(
                LineaAlbaDepth.FIELD,
                Fields.optionalChoice(
                        LineaAlbaDepth.FIELD,
                        "Depth under load",
                        "Not assessed",
                        knuckles -> LineaAlbaDepth.of(knuckles).label(),
                        IntStream.rangeClosed(0, LineaAlbaDepth.MAX_KNUCKLES)
                                .boxed()
                                .toArray(Integer[]::new)));
        addValues(tension, depth);
    }

    /** The point each row is measured at with the protocol chosen now. */
    private IrdLevel level(IrdSite site) {
        return switch (site) {
            case ABOVE_UMBILICUS ->
                Optional.ofNullable(offset.getValue())
                        .orElse(AboveUmbilicusOffset.THREE_CM)
                        .level();
            case UMBILICUS -> IrdLevel.UMBILICUS;
            case BELOW_UMBILICUS ->
                Optional.ofNullable(below.getValue())
                        .orElse(BelowUmbilicusOffset.TWO_CM)
                        .level();
        };
    }

    private void showLevels() {
        rows.forEach(row -> row.showLevel(level(row.site())));
    }

    @Override
    protected Optional<DiastasisSection> readValues(Violations violations) {
        List<IrdReading> readings = new ArrayList<>();
        rows.forEach(row -> row.read(violations).ifPresent(readings::add));
        var above = required(violations, offset, OFFSET, "Choose the protocol's distance above the umbilicus");
        var underneath = required(violations, below, BELOW, "Choose the protocol's distance below the umbilicus");
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return violations.attempt(() -> new DiastasisSection(
                above.orElseThrow(),
                underneath.orElseThrow(),
                readings,
                Optional.ofNullable(tension.getValue()),
                Optional.ofNullable(depth.getValue()).map(LineaAlbaDepth::of)));
    }

    @Override
    protected void showValues(DiastasisSection stored) {
        offset.setValue(stored.aboveUmbilicusOffset());
        below.setValue(stored.belowUmbilicusOffset());
        for (IrdReading reading : stored.readings()) {
            rows.stream()
                    .filter(row -> row.key().equals(IrdReading.field(reading.site(), reading.condition())))
                    .forEach(row -> row.show(reading));
        }
        tension.setValue(stored.tensionUnderLoad().orElse(null));
        depth.setValue(stored.depthUnderLoad().map(LineaAlbaDepth::knuckles).orElse(null));
    }
}
