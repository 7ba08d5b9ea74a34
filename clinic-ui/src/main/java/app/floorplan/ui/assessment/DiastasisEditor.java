package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.AboveUmbilicusOffset;
import app.floorplan.core.assessment.DiastasisSection;
import app.floorplan.core.assessment.InterRectusDistance;
import app.floorplan.core.assessment.IrdCondition;
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
 * Diastasis recti: the inter-rectus distance at each site at rest and during a head lift, each with its method, and the
 * linea alba under load.
 */
final class DiastasisEditor extends SectionEditor<DiastasisSection> {

    private static final String OFFSET = "diastasis.aboveUmbilicusOffset";
    private static final String TENSION = "diastasis.tension";

    private final RadioButtonGroup<AboveUmbilicusOffset> offset;
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
        // A protocol setting, not a finding: most protocols measure 3 cm above.
        offset.setValue(AboveUmbilicusOffset.THREE_CM);
        addFullWidth(offset);
        for (IrdSite site : IrdSite.values()) {
            for (IrdCondition condition : IrdCondition.values()) {
                var row = new IrdReadingRow(site, condition, form);
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

    @Override
    protected Optional<DiastasisSection> readValues(Violations violations) {
        List<IrdReading> readings = new ArrayList<>();
        rows.forEach(row -> row.read(violations).ifPresent(readings::add));
        var protocol = required(violations, offset, OFFSET, "Choose the protocol's distance above the umbilicus");
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return violations.attempt(() -> new DiastasisSection(
                protocol.orElseThrow(),
                readings,
                Optional.ofNullable(tension.getValue()),
                Optional.ofNullable(depth.getValue()).map(LineaAlbaDepth::of)));
    }

    @Override
    protected void showValues(DiastasisSection stored) {
        offset.setValue(stored.aboveUmbilicusOffset());
        for (IrdReading reading : stored.readings()) {
            rows.stream()
                    .filter(row -> row.key().equals(IrdReading.field(reading.site(), reading.condition())))
                    .forEach(row -> row.show(reading));
        }
        tension.setValue(stored.tensionUnderLoad().orElse(null));
        depth.setValue(stored.depthUnderLoad().map(LineaAlbaDepth::knuckles).orElse(null));
    }
}
