package paint.tour;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import paint.common.Settings;
import paint.stage.Format;
import paint.stage.Style;
import paint.stage.Timeline.Outcome;
import paint.tour.style.RunReport;

/** The tour's closing table: one row per style, as text for people or as CSV for tools. */
final class ComparisonTable {

  /** A style's runs (several with {@code --repeat}), or why it did not run. */
  record Row(Style style, List<RunReport> runs, String problem) {

    /** The median of the runs' wall times. */
    Duration wallTime() {
      return Duration.ofNanos(median(runs.stream().mapToLong(RunReport::nanos).toArray()));
    }

    long peakHeap() {
      return median(runs.stream().mapToLong(RunReport::peakHeap).toArray());
    }

    long peakRss() {
      return median(runs.stream().mapToLong(RunReport::peakRss).toArray());
    }

    RunReport first() {
      return runs.get(0);
    }
  }

  private ComparisonTable() { }

  /**
   * The best any style can do: one drying time after the painting, and the painting takes one paint,
   * or all the paints spread over the cores, whichever is longer. The paint time is the smallest the
   * runs measured, where paintings competed least for the cores.
   */
  static Duration ideal(List<Row> rows, Settings settings) {
    long paint = rows.stream().filter(row -> !row.runs().isEmpty())
        .mapToLong(row -> Math.max(row.first().paintNanos() / Math.max(1, row.first().paintings()),
            row.first().paintNanos() / CORES))
        .min().orElse(0);
    return settings.dry().plusNanos(paint);
  }

  static final int CORES = Runtime.getRuntime().availableProcessors();

  /**
   * How many threads painted, and in how many JVMs when more than one did: {@code 2}, or {@code 3 on 2 JVMs}
   * (a cluster's painters; its peak heap is the painting JVM's alone).
   */
  static String threads(RunReport run) {
    return run.jvms() > 1 ? run.threads() + " on " + run.jvms() + " JVMs" : String.valueOf(run.threads());
  }

  static String text(List<Row> rows, Settings settings, int repeat) {
    Duration ideal = ideal(rows, settings);
    int threadsWidth = 1 + Math.max("threads".length(), rows.stream().filter(row -> !row.runs().isEmpty())
        .mapToInt(row -> threads(row.first()).length()).max().orElse(0));
    List<String> lines = new ArrayList<>();
    lines.add(String.format("%-20s %9s %10s %9s %" + threadsWidth + "s %10s", "style", "paintings", "wall time",
        "vs ideal", "threads", "peak heap"));
    for (Row row : rows) {
      if (row.runs().isEmpty()) {
        if (row.problem().length() > 60) { // a style's own refusal: on a line of its own
          lines.add(String.format("%-20s did not run:", row.style().name()));
          lines.add(" ".repeat(21) + row.problem());
        } else {
          lines.add(String.format("%-20s %s", row.style().name(), row.problem()));
        }
        continue;
      }
      RunReport run = row.first();
      lines.add(String.format(Locale.ROOT, "%-20s %9d %8.2f s %8.2fx %" + threadsWidth + "s %7.1f MB%s",
          row.style().name(), run.paintings(), seconds(row.wallTime()), ratio(row.wallTime(), ideal), threads(run),
          row.peakHeap() / 1048576.0, problems(run)));
    }
    lines.add(String.format(Locale.ROOT, "ideal = one drying time + the paint, spread over %d cores = %.2f s; %s",
        CORES, seconds(ideal),
        repeat == 1 ? "one run of each style" : "medians of " + repeat + " runs of each style"));
    return String.join(System.lineSeparator(), lines);
  }

  static String csv(List<Row> rows, Settings settings) {
    Duration ideal = ideal(rows, settings);
    List<String> lines = new ArrayList<>();
    List<String> outcomes = Arrays.stream(Outcome.values()).map(outcome -> outcome.word().replace(' ', '_')).toList();
    lines.add("style,paintings,runs,wall_s,vs_ideal,threads,jvms,peak_heap_mb,peak_rss_mb,paint_s,"
        + String.join(",", outcomes) + ",note");
    for (Row row : rows) {
      if (row.runs().isEmpty()) {
        lines.add(row.style().name() + "," + settings.paintings() + ",0," + ",".repeat(7 + outcomes.size()) + "\""
            + row.problem().replace("\"", "'") + "\"");
        continue;
      }
      RunReport run = row.first();
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s,%d,%d,%.3f,%.3f,%d,%d,%d,%d,%.3f,",
          row.style().name(), run.paintings(), row.runs().size(), seconds(row.wallTime()), ratio(row.wallTime(), ideal),
          run.threads(), run.jvms(), row.peakHeap() >> 20, row.peakRss() >> 20, run.paintNanos() / 1e9));
      for (Outcome outcome : Outcome.values()) {
        line.append(run.count(outcome)).append(',');
      }
      lines.add(line.toString());
    }
    return String.join(System.lineSeparator(), lines);
  }

  private static String problems(RunReport run) {
    String wrong = Format.problems(run.count(Outcome.FAILED), run.count(Outcome.TIMED_OUT), run.unsettled());
    return wrong.isEmpty() ? "" : "  (" + wrong + ")";
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  private static double ratio(Duration wall, Duration ideal) {
    return ideal.isZero() ? 0 : (double) wall.toNanos() / ideal.toNanos();
  }

  static long median(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted.length == 0 ? 0 : sorted[(sorted.length - 1) / 2];
  }
}
