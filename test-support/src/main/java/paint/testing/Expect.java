package paint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import paint.common.Settings;
import paint.stage.BadOption;
import paint.stage.Options;
import paint.stage.Timeline;
import paint.stage.Timeline.Outcome;

/**
 * What every style must do, as assertions that the modules' tests share: every canvas dry exactly
 * once, the time bands, the threads, and the failures reported with their canvas.
 */
public final class Expect {

  /** Short settings that keep the tests fast: 3 paintings, 200 ms to dry, a check every 50 ms. */
  public static final String[] SHORT = {"--paintings", "3", "--dry", "200ms", "--poll", "50ms"};

  /** How late a painting may end after its due time on a busy 2-core machine: a poll and more. */
  public static final Duration SLACK = Duration.ofMillis(50 + 100);

  private Expect() { }

  /** {@link #SHORT} followed by {@code more}. */
  public static String[] shortWith(String... more) {
    String[] args = new String[SHORT.length + more.length];
    System.arraycopy(SHORT, 0, args, 0, SHORT.length);
    System.arraycopy(more, 0, args, SHORT.length, more.length);
    return args;
  }

  /** Parses settings that a test knows to be good. */
  public static Settings settings(String... args) {
    try {
      return Options.parse(args);
    } catch (BadOption e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Every canvas dried exactly once, and none was checked again after it was done. */
  public static void everyCanvasDryOnce(Timeline timeline) {
    assertThat(timeline.count(Outcome.DRY)).as("canvases dry").isEqualTo(timeline.paintings());
    assertThat(timeline.extraOutcomes()).as("canvases found dry twice").isZero();
    assertThat(timeline.checksAfterOutcome()).as("checks after a canvas was done").isZero();
  }

  /**
   * The paintings overlapped: the run took at least one drying time, the longest a painting can take,
   * and well below the sum of the drying times, which is what one after another would take: closer
   * to the one than to the other.
   */
  public static void aboutOneDryingTime(Duration elapsed, Settings settings) {
    Duration sum = settings.dry().multipliedBy(settings.paintings());
    Duration halfway = settings.dry().plus(sum).dividedBy(2);
    assertThat(elapsed).isGreaterThanOrEqualTo(settings.dry()).isLessThan(halfway);
  }

  /** Every painting and every check ran on one thread whose name starts with {@code prefix}. */
  public static void ranOnOneThread(Timeline timeline, String prefix) {
    assertThat(timeline.threadNames()).singleElement().asString().startsWith(prefix);
    assertThat(timeline.threadCount()).isEqualTo(1);
  }

  /** The run of {@code SHORT} with {@code --fail 2}: canvas 2 failed with its message, the others dried. */
  public static void canvasTwoTore(StyleRun run, String style) {
    assertThat(run.status()).as("exit status").isEqualTo(1);
    assertThat(run.timeline().outcome(1)).isEqualTo(Outcome.DRY);
    assertThat(run.timeline().outcome(2)).isEqualTo(Outcome.FAILED);
    assertThat(run.timeline().outcome(3)).isEqualTo(Outcome.DRY);
    assertThat(run.timeline().failure(2)).isEqualTo("canvas 2 tore");
    assertThat(run.out()).contains("canvas 2 failed: canvas 2 tore");
    assertThat(run.summary()).matches(style + ": 3 paintings in \\d+\\.\\d\\d s \\(1 failed\\)");
  }

  /** Canvas {@code n} timed out about {@code timeout} after it started; the others dried. */
  public static void onlyCanvasTimedOut(Timeline timeline, int n, Duration timeout) {
    for (int other = 1; other <= timeline.paintings(); other++) {
      assertThat(timeline.outcome(other)).as("canvas " + other)
          .isEqualTo(other == n ? Outcome.TIMED_OUT : Outcome.DRY);
    }
    assertThat(Duration.ofNanos(timeline.lifetimeNanos(n))).isBetween(timeout, timeout.plus(SLACK));
    assertThat(timeline.checksAfterOutcome()).as("checks after a canvas was done").isZero();
  }
}
