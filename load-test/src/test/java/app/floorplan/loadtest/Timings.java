package app.floorplan.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Response times of every request by kind and by name, for the result file: Gatling's own report has them per request
 * name only, and the targets are for all interactions together, logins apart.
 */
public final class Timings {

    /** What a request is, for the result file. */
    public enum Kind {
        /** The login form post: Argon2 runs here, by design about 70 ms of CPU. */
        LOGIN("login (form post, Argon2)"),
        /** A request the person's action causes: a click, a typed value, a navigation. */
        INTERACTION("interaction (user action)"),
        /** A request the browser sends by itself after rendering: property echoes, grid confirmations. */
        FOLLOW_UP("interaction (browser follow-up)"),
        /** Index page and UI init when a page is (re)loaded. */
        PAGE_LOAD("page load (index, UI init)"),
        HEARTBEAT("heartbeat");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private static final Map<Kind, ConcurrentLinkedQueue<Integer>> BY_KIND = new ConcurrentHashMap<>();
    private static final Map<String, ConcurrentLinkedQueue<Integer>> BY_NAME = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> FAILURES = new ConcurrentHashMap<>();

    private Timings() {}

    public static void record(Kind kind, String name, int millis, boolean failed) {
        if (failed) {
            FAILURES.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
            return;
        }
        BY_KIND.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(millis);
        BY_NAME.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>()).add(millis);
    }

    /** Writes the summary; {@code heading} says what ran (users, ramp, machine load is added by the script). */
    public static String write(Path file, String heading) throws IOException {
        StringBuilder out = new StringBuilder(heading).append(System.lineSeparator());
        out.append(String.format(
                Locale.ROOT, "%-34s %8s %8s %8s %8s %8s%n", "kind", "count", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        for (Kind kind : Kind.values()) {
            line(out, kind.label, BY_KIND.get(kind));
        }
        List<Integer> interactions = new ArrayList<>();
        for (Kind kind : List.of(Kind.INTERACTION, Kind.FOLLOW_UP)) {
            interactions.addAll(BY_KIND.getOrDefault(kind, new ConcurrentLinkedQueue<>()));
        }
        line(out, "all interactions (user + follow-up)", interactions);
        long failures = FAILURES.values().stream().mapToLong(AtomicLong::get).sum();
        out.append(String.format(Locale.ROOT, "failed requests: %d %s%n", failures, FAILURES));
        int[] all = sorted(interactions);
        if (all.length > 0) {
            out.append(String.format(
                    Locale.ROOT,
                    "targets: interaction p95 %d ms (<= 50: %s), p99 %d ms (<= 200: %s), errors %d (0: %s)%n",
                    percentile(all, 95),
                    percentile(all, 95) <= 50 ? "met" : "MISSED",
                    percentile(all, 99),
                    percentile(all, 99) <= 200 ? "met" : "MISSED",
                    failures,
                    failures == 0 ? "met" : "MISSED"));
        }
        out.append(System.lineSeparator()).append("by request").append(System.lineSeparator());
        new TreeMap<>(BY_NAME).forEach((name, times) -> line(out, name, times));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, out);
        return out.toString();
    }

    private static void line(StringBuilder out, String label, java.util.Collection<Integer> times) {
        int[] sorted = sorted(times);
        if (sorted.length == 0) {
            return;
        }
        out.append(String.format(
                Locale.ROOT,
                "%-34s %8d %8d %8d %8d %8d%n",
                label,
                sorted.length,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted[sorted.length - 1]));
    }

    private static int[] sorted(java.util.Collection<Integer> times) {
        if (times == null) {
            return new int[0];
        }
        int[] values = times.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(values);
        return values;
    }

    private static int percentile(int[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }
}
