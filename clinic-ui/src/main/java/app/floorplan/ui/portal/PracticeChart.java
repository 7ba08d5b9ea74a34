package app.floorplan.ui.portal;

import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.DayMark;
import app.floorplan.core.practice.PracticeProgress;
import com.vaadin.flow.component.Svg;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private PracticeChart() {}

    static Svg of(PracticeProgress progress) {
        Svg svg = new Svg(markup(progress));
        svg.setId("practice-chart");
        svg.addClassName("fp-chart");
        return svg;
    }

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
                .append("\"><title>")
                .append(escape(progress.summary()))
                .append("</title>");
        for (int pain : new int[] {0, 5, 10}) {
            int y = painY(pain);
            svg.append("<line x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(width)
                    .append("\" y1=\"")
                    .append(y)
                    .append("\" y2=\"")
                    .append(y)
                    .append("\" stroke=\"#ddd\"/><text x=\"")
                    .append(LEFT - 4)
                    .append("\" y=\"")
                    .append(y + 4)
                    .append("\" font-size=\"10\" text-anchor=\"end\" fill=\"#666\">")
                    .append(pain)
                    .append("</text>");
        }
        List<String> points = new ArrayList<>();
        for (int index = 0; index < days.size(); index++) {
            DayMark day = days.get(index);
            int x = LEFT + index * DAY_WIDTH + DAY_WIDTH / 2;
            day.session().ifPresent(session -> bar(svg, x, session));
            if (day.pain().isPresent()) {
                int y = painY(day.pain().getAsInt());
                points.add(x + "," + y);
                svg.append("<circle cx=\"")
                        .append(x)
                        .append("\" cy=\"")
                        .append(y)
                        .append("\" r=\"2.5\" fill=\"#b4442f\"/>");
            }
        }
        if (points.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"#b4442f\" stroke-width=\"2\" points=\"")
                    .append(String.join(" ", points))
                    .append("\"/>");
        }
        svg.append(label(LEFT, "start", days.getFirst().date().format(LABEL)))
                .append(label(width - 4, "end", "Today"))
                .append("</svg>");
        return svg.toString();
    }

    private static void bar(StringBuilder svg, int x, Completion session) {
        int height =
                switch (session) {
                    case DONE -> BAR_HEIGHT;
                    case PARTLY -> BAR_HEIGHT / 2;
                    case SKIPPED -> 2;
                };
        svg.append("<rect x=\"")
                .append(x - 4)
                .append("\" y=\"")
                .append(BARS_TOP + BAR_HEIGHT - height)
                .append("\" width=\"8\" height=\"")
                .append(height)
                .append("\" fill=\"")
                .append(session == Completion.SKIPPED ? "#999" : "#1f7f74")
                .append("\"/>");
    }

    private static String label(int x, String anchor, String text) {
        return "<text x=\"" + x + "\" y=\"" + (HEIGHT - 4) + "\" font-size=\"10\" text-anchor=\"" + anchor
                + "\" fill=\"#666\">" + escape(text) + "</text>";
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
