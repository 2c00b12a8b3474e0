package paint.stage;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /** The chart's key to its marks, from the outcomes' own marks and words. */
  static String legend() {
    StringBuilder legend = new StringBuilder("P painting, - drying, o checked (still wet)");
    for (Outcome outcome : Outcome.values()) {
      legend.append(", ").append(outcome.mark()).append(' ').append(outcome.word());
    }
    return legend.toString();
  }
}
