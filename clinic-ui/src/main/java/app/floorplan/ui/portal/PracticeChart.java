package app.floorplan.ui.portal;

import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.DayMark;
import app.floorplan.core.practice.PracticeProgress;
import com.vaadin.flow.component.Svg;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The patient's last four weeks as a small SVG drawn on the server: pain as a line (0-10, higher is worse) and a bar
 * under each day she practised (full for done, half for partly done, a dash for skipped). Every text in it is ours and
 * escaped anyway; the same content in words sits next to the chart.
 */
final class PracticeChart {

    private static final int DAY_WIDTH = 12;
    private static final int LEFT = 24;
    private static final int PAIN_TOP = 8;
    private static final int PAIN_HEIGHT = 100;
    private static final int BARS_TOP = 124;
    private static final int BAR_HEIGHT = 20;
    private static final int HEIGHT = 166;
    private static final int[] GRID = {0, 5, 10};
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private PracticeChart() {}

    static Svg of(PracticeProgress progress) {
        Svg svg = new Svg(markup(progress));
        svg.setId("practice-chart");
        svg.addClassName("fp-chart");
        return svg;
    }

    /**
     * Shared attributes sit on groups ({@code <g>}), so each day adds only its position and size: the markup is kept
     * by the session (the element's inner HTML) and sent to the phone.
     */
    static String markup(PracticeProgress progress) {
        List<DayMark> days = progress.days();
        int width = LEFT + days.size() * DAY_WIDTH + 4;
        var svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"")
                .append(escape(progress.summary()))
                .append("\"><path stroke=\"#ddd\" d=\"");
        for (int pain : GRID) {
            svg.append('M')
                    .append(LEFT)
                    .append(' ')
                    .append(painY(pain))
                    .append('H')
                    .append(width);
        }
        svg.append("\"/><g font-size=\"10\" fill=\"#666\"><g text-anchor=\"end\">");
        for (int pain : GRID) {
            text(svg, LEFT - 4, painY(pain) + 4, String.valueOf(pain));
        }
        svg.append("</g>");
        text(svg, LEFT, HEIGHT - 4, days.getFirst().date().format(LABEL));
        svg.append("<g text-anchor=\"end\">");
        text(svg, width - 4, HEIGHT - 4, "Today");
        svg.append("</g></g>");
        bars(svg, days, Completion.DONE, "#1f7f74");
        bars(svg, days, Completion.PARTLY, "#1f7f74");
        bars(svg, days, Completion.SKIPPED, "#999");
        List<String> points = new ArrayList<>();
        svg.append("<g fill=\"#b4442f\">");
        for (int index = 0; index < days.size(); index++) {
            OptionalInt pain = days.get(index).pain();
            if (pain.isPresent()) {
                int x = x(index);
                int y = painY(pain.getAsInt());
                points.add(x + "," + y);
                svg.append("<circle cx=\"")
                        .append(x)
                        .append("\" cy=\"")
                        .append(y)
                        .append("\" r=\"2.5\"/>");
            }
        }
        svg.append("</g>");
        if (points.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"#b4442f\" stroke-width=\"2\" points=\"")
                    .append(String.join(" ", points))
                    .append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /** One group of same-coloured bars for the days of one completion: full, half or a dash. */
    private static void bars(StringBuilder svg, List<DayMark> days, Completion completion, String colour) {
        int height =
                switch (completion) {
                    case DONE -> BAR_HEIGHT;
                    case PARTLY -> BAR_HEIGHT / 2;
                    case SKIPPED -> 2;
                };
        var group = new StringBuilder();
        for (int index = 0; index < days.size(); index++) {
            if (days.get(index).session().filter(completion::equals).isPresent()) {
                group.append("<rect x=\"")
                        .append(x(index) - 4)
                        .append("\" y=\"")
                        .append(BARS_TOP + BAR_HEIGHT - height)
                        .append("\" width=\"8\" height=\"")
                        .append(height)
                        .append("\"/>");
            }
        }
        if (!group.isEmpty()) {
            svg.append("<g fill=\"").append(colour).append("\">").append(group).append("</g>");
        }
    }

    private static void text(StringBuilder svg, int x, int y, String text) {
        svg.append("<text x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\">")
                .append(escape(text))
                .append("</text>");
    }

    private static int x(int index) {
        return LEFT + index * DAY_WIDTH + DAY_WIDTH / 2;
    }

    private static int painY(int pain) {
        return PAIN_TOP + (10 - pain) * PAIN_HEIGHT / 10;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
