package paint.stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import paint.stage.Lane.Kind;
import paint.stage.Lane.Mark;
import paint.stage.Timeline.Outcome;

/**
 * Draws a {@link Timeline} as text: one row per canvas, time running left to right, and the
 * threads that did the work. It fits in 100 columns; beyond {@link Timeline#DETAILED} canvases the
 * first ones get rows and one line sums up the rest.
 *
 * <pre>
 * one column = 100ms; a mark that crosses a column's edge takes two columns
 * P painting, - drying, o checked (still wet), D dry, X failed, T timed out
 *           0s        1s        2s        3s        4s        5s        6s
 * canvas 1 |P----o----o----o----D                                         | t1
 * canvas 2 |                    P----o----o----o----D                     | t1
 * canvas 3 |                                        P----o----o----o----D | t1
 * ran on: t1 = main
 * </pre>
 */
public final class TimelineChart {

  /** The widest the time axis gets, in columns. */
  static final int MAX_COLUMNS = 64;

  private static final long[] STEPS_MS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000,
      10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000, 5_000_000};

  private TimelineChart() { }

  /** The chart, lines separated by {@code \n}, without a trailing newline. */
  public static String render(Timeline timeline) {
    List<Lane> lanes = timeline.lanes();
    long last = 1;
    for (int n = 1; n <= timeline.paintings(); n++) {
      last = Math.max(last, Math.max(timeline.endNanos(n), timeline.paintEndNanos(n)));
    }
    for (Lane lane : lanes) {
      last = Math.max(last, lane.end()); // a canvas without an outcome ends with its last check
    }
    long column = columnNanos(last);
    int width = (int) (last / column) + 1;
    int labelWidth = ("canvas " + lanes.size()).length();

    List<String> lines = new ArrayList<>();
    lines.add("one column = " + Format.duration(Duration.ofNanos(column))
        + "; a mark that crosses a column's edge takes two columns");
    lines.add(Format.legend());
    lines.add(" ".repeat(labelWidth + 2) + axis(width, column));
    List<String> threads = timeline.threadNames();
    for (Lane lane : lanes) {
      String label = String.format("%-" + labelWidth + "s", "canvas " + lane.canvas());
      lines.add(label + " |" + row(lane, width, column) + "| " + threadsOf(lane, threads));
    }
    if (timeline.paintings() > lanes.size()) {
      lines.add(rest(timeline, lanes.size() + 1));
    }
    lines.add(legend(threads, Math.max(timeline.threadCount(), threads.size())));
    return String.join("\n", lines);
  }

  /** The smallest round column width (1, 2 or 5 times a power of ten ms) that fits the run. */
  public static long columnNanos(long lastNanos) {
    for (long ms : STEPS_MS) {
      if (lastNanos / (ms * 1_000_000) < MAX_COLUMNS) {
        return ms * 1_000_000;
      }
    }
    return STEPS_MS[STEPS_MS.length - 1] * 1_000_000;
  }

  private static String axis(int width, long column) {
    StringBuilder axis = new StringBuilder();
    for (int col = 0; col < width; col += 10) {
      String tick = Format.tick(col * column);
      axis.append(" ".repeat(col - axis.length())).append(tick);
    }
    return axis.toString();
  }

  private static String row(Lane lane, int width, long column) {
    char[] cells = new char[width];
    Arrays.fill(cells, ' ');
    if (lane.paintEnd() >= 0) {
      fill(cells, lane.paintEnd(), lane.end(), column, Kind.PAINT_END.mark());
    }
    for (Mark check : lane.wetChecks()) {
      cells[col(check.at(), column, width)] = Kind.WET.mark();
    }
    List<Mark> marks = lane.marks();
    for (int m = 0; m < marks.size(); m++) { // every paint: a canvas whose painter was lost is painted again
      if (marks.get(m).kind() == Kind.PAINT_START) {
        long end = marks.get(m).at();
        for (int e = m + 1; e < marks.size() && marks.get(e).kind() != Kind.PAINT_START; e++) {
          if (marks.get(e).kind() == Kind.PAINT_END) {
            end = marks.get(e).at();
            break;
          }
        }
        fill(cells, marks.get(m).at(), end, column, Kind.PAINT_START.mark());
      }
    }
    Mark outcome = lane.outcome();
    if (outcome != null) {
      cells[col(outcome.at(), column, width)] = outcome.kind().mark();
    }
    return new String(cells);
  }

  private static void fill(char[] cells, long from, long to, long column, char symbol) {
    for (int c = col(from, column, cells.length); c <= col(to, column, cells.length); c++) {
      cells[c] = symbol;
    }
  }

  private static int col(long nanos, long column, int width) {
    return (int) Math.min(width - 1, Math.max(0, nanos / column));
  }

  private static String threadsOf(Lane lane, List<String> threads) {
    return String.join(" ", lane.threads().stream().map(thread -> "t" + (threads.indexOf(thread) + 1)).toList());
  }

  /**
   * The threads of the drawn rows, by name as far as 100 columns allow; {@code total} counts them all.
   * When every thread's name fits on at most {@value #LEGEND_LINES} lines (long names: a cluster's threads
   * are named after their JVM), the legend goes on, indented, on the lines below; else one line names the
   * first ones and counts the rest.
   */
  private static String legend(List<String> threads, int total) {
    if (threads.size() == total && !threads.isEmpty()) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder("ran on:");
      for (int t = 0; t < threads.size(); t++) {
        String entry = "t" + (t + 1) + " = " + threads.get(t) + (t + 1 < threads.size() ? "," : "");
        if (line.length() > LEGEND_INDENT.length() && line.length() + 1 + entry.length() > 100) {
          lines.add(line.toString());
          line = new StringBuilder(LEGEND_INDENT.substring(1)); // and a space before the entry
        }
        line.append(' ').append(entry);
      }
      lines.add(line.toString());
      if (lines.size() <= LEGEND_LINES) {
        return String.join("\n", lines);
      }
    }
    StringBuilder legend = new StringBuilder("ran on: ");
    int named = 0;
    for (String thread : threads) {
      String entry = (named == 0 ? "" : ", ") + "t" + (named + 1) + " = " + thread;
      String more = " and " + (total - named - 1) + " more threads";
      if (legend.length() + entry.length() + (named + 1 < total ? more.length() : 0) > 100) {
        break;
      }
      legend.append(entry);
      named++;
    }
    return named < total ? legend + " and " + (total - named) + " more threads" : legend.toString();
  }

  /** How many lines the legend takes at most, when every thread is named. */
  static final int LEGEND_LINES = 3;

  /** How the legend's lines below the first begin: under its first entry. */
  public static final String LEGEND_INDENT = " ".repeat("ran on: ".length());

  /** One line that sums up canvases {@code first} to the last. */
  private static String rest(Timeline timeline, int first) {
    long paintedFrom = Long.MAX_VALUE;
    long paintedTo = 0;
    long endedBy = 0;
    for (int n = first; n <= timeline.paintings(); n++) {
      paintedFrom = Math.min(paintedFrom, timeline.paintStartNanos(n));
      paintedTo = Math.max(paintedTo, timeline.paintEndNanos(n));
      endedBy = Math.max(endedBy, timeline.endNanos(n));
    }
    int count = timeline.paintings() - first + 1;
    int dry = 0;
    int failed = 0;
    int timedOut = 0;
    for (int n = first; n <= timeline.paintings(); n++) {
      Outcome outcome = timeline.outcome(n);
      if (outcome == Outcome.DRY) {
        dry++;
      } else if (outcome == Outcome.FAILED) {
        failed++;
      } else if (outcome == Outcome.TIMED_OUT) {
        timedOut++;
      }
    }
    String problems = Format.problems(failed, timedOut, count - dry - failed - timedOut);
    return String.format(Locale.ROOT, "... and %d more canvases (%d to %d): painted %.2f-%.2f s, %s dry by %.2f s%s",
        count, first, timeline.paintings(), paintedFrom / 1e9, paintedTo / 1e9, dry == count ? "all" : dry,
        endedBy / 1e9, problems.isEmpty() ? "" : ", " + problems);
  }
}
