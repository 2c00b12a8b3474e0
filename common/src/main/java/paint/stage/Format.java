package paint.stage;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import paint.stage.Lane.Kind;
import paint.stage.Timeline.Outcome;

/** How the stage writes durations, times and what went wrong: said once, used by every printout. */
public final class Format {

  private Format() { }

  /** A duration the way the options write it: {@code 500ms}, {@code 2s}, {@code 1.5s}. */
  public static String duration(Duration d) {
    long ms = d.toMillis();
    return ms < 1000 ? ms + "ms" : BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + "s";
  }

  /** A tick on a time axis, in seconds: {@code 0s}, {@code 0.5s}, {@code 2s}. */
  public static String tick(long nanos) {
    return BigDecimal.valueOf(nanos / 1_000_000, 3).stripTrailingZeros().toPlainString() + "s";
  }

  /** A measured time in seconds with two decimals: {@code 2.01 s}. */
  public static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  /** What went wrong, as the summary line says it: {@code 1 failed, 1 timed out}; empty if nothing. */
  public static String problems(long failed, long timedOut, long neverFinished) {
    List<String> wrong = new ArrayList<>();
    if (failed > 0) {
      wrong.add(failed + " " + Outcome.FAILED.word());
    }
    if (timedOut > 0) {
      wrong.add(timedOut + " " + Outcome.TIMED_OUT.word());
    }
    if (neverFinished > 0) {
      wrong.add(neverFinished + " " + Outcome.NONE);
    }
    return String.join(", ", wrong);
  }

  /**
   * What became of canvas {@code n}, as a run says it: {@code canvas 2 failed: canvas 2 tore},
   * {@code canvas 3 timed out after 2.51 s}, {@code canvas 1 never finished}, {@code canvas 1 dry}.
   */
  public static String whatBecameOf(Timeline timeline, int n) {
    Outcome outcome = timeline.outcome(n);
    if (outcome == null) {
      return "canvas " + n + " " + Outcome.NONE;
    }
    return "canvas " + n + " " + outcome.word() + switch (outcome) {
      case FAILED -> ": " + timeline.failure(n);
      case TIMED_OUT -> " after " + seconds(timeline.lifetimeNanos(n));
      case DRY -> "";
    };
  }

  /**
   * Why paintings that never completed did not, from what the timeline saw: the first canvas that has no
   * outcome and what became of it, or, when every canvas ended, that nobody said so. One sentence for a
   * learner, with a question that points at the likely mistake.
   */
  public static String neverCompleted(Timeline timeline, Duration poll) {
    for (int n = 1; n <= timeline.paintings(); n++) {
      if (timeline.outcome(n) != null) {
        continue;
      }
      if (!timeline.paintBegun(n)) {
        return "canvas " + n + " was never painted: was its painting started (called, or subscribed to)?";
      }
      if (timeline.checks(n) == 0) {
        return "canvas " + n + " was painted but never checked: does its painting go on to the checks?";
      }
      long quiet = timeline.nowNanos() - timeline.lastCheckNanos(n);
      if (quiet > 3 * poll.toNanos()) {
        return "canvas " + n + " was checked " + timeline.checks(n) + (timeline.checks(n) == 1 ? " time" : " times")
            + ", then never again: does each check set up the next one (a timer, a fresh check per"
            + " subscription)?";
      }
      return "canvas " + n + " is still being checked, long past its --timeout: is the deadline checked at every"
          + " check?";
    }
    List<String> ended = new ArrayList<>();
    for (Outcome outcome : Outcome.values()) {
      ended.add(timeline.count(outcome) + " " + outcome.word());
    }
    return "every canvas ended (" + String.join(", ", ended) + "), but the paintings never said they were"
        + " done: who completes their future, or calls back once the last one has ended?";
  }

  /** The chart's key to its marks, from the marks and words of the kinds of event. */
  static String legend() {
    List<String> key = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      key.add(kind.mark() + " " + kind.word());
    }
    return String.join(", ", key);
  }
}
