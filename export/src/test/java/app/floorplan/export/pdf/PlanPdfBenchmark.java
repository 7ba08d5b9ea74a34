package app.floorplan.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.export.ExportWorld;
import app.floorplan.core.export.PaperSize;
import app.floorplan.core.export.PlanDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How long the largest plan (40 exercises, each with a note, all advice) takes to render to PDF (issue 13, target
 * under 1 s). Warm-up first (class loading, font parsing, JIT), then {@value #RUNS} timed renders; prints the median,
 * p95 and max and writes them to target/benchmarks/. Run with {@code ./mvnw -pl export -am verify -Pbenchmarks}; see
 * docs/benchmarks.md. Not part of the ordinary build: speed is measured here, never asserted in unit tests.
 */
class PlanPdfBenchmark {

    private static final int WARM_UP = 20;
    private static final int RUNS = 100;

    @Test
    void a_forty_exercise_plan_renders_to_pdf() throws IOException {
        var world = new ExportWorld();
        PlanDocument plan = world.currentPlan(world.patientWithLargestProgram("Breathe out as you lift"));
        assertThat(plan.items()).hasSize(40);
        var renderer = new OpenPdfPlanRenderer();
        long firstStart = System.nanoTime();
        byte[] first = renderer.render(plan, PaperSize.A4);
        double coldMillis = (System.nanoTime() - firstStart) / 1e6;
        for (int i = 0; i < WARM_UP; i++) {
            renderer.render(plan, i % 2 == 0 ? PaperSize.A4 : PaperSize.US_LETTER);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            renderer.render(plan, PaperSize.A4);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        String result = String.format(
                Locale.ROOT,
                "40-exercise plan to PDF (A4, %d pages, %.0f kB): first render %.0f ms; warm p50 %.1f ms, p95 %.1f ms,"
                        + " max %.1f ms over %d renders",
                PdfText.read(first).pages().size(),
                first.length / 1024.0,
                coldMillis,
                millis[RUNS / 2],
                millis[(int) (RUNS * 0.95) - 1],
                millis[RUNS - 1],
                RUNS);
        System.out.println(result);
        Path out = Path.of("target", "benchmarks", "plan-pdf.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result + System.lineSeparator());
    }
}
