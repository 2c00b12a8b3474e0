package paint.stage;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
      wrong.add(failed + " failed");
    }
    if (timedOut > 0) {
      wrong.add(timedOut + " timed out");
    }
    if (neverFinished > 0) {
      wrong.add(neverFinished + " never finished");
    }
    return String.join(", ", wrong);
  }
}
