package paint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import paint.common.Settings;
import paint.stage.Runner;
import paint.stage.Timeline;
import paint.stage.Timeline.Outcome;

/**
 * What every Vert.x style must do, with the same short settings: paint three canvases in about one
 * drying time on the threads it promises, print its summary, report a torn canvas and a stuck one
 * with their numbers, and never block the event loop or leave an unhandled exception behind. Each
 * Vert.x module's test class extends it and adds what is particular to its style.
 */
@ExtendWith(VertxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // a subclass's @Order(1) test first: see FailFast
@org.junit.jupiter.api.Timeout(10) // each test needs about 1 s: a painting that never completes fails it soon
public abstract class VertxStyleContract {

  protected static final Settings SHORT = Expect.settings(Expect.SHORT);

  private final String style;
  private final Runner.Painting main;
  private final OnVertx.VertxStyle paintings;
  private final String threadPrefix;
  private final int threadsForThreeCanvases;

  /**
   * @param style the style's name, as its summary line prints it
   * @param main the style's {@code Main.paint}, as the command line runs it
   * @param paintings the style's paintings on a Vert.x that the test provides
   * @param threadPrefix how the names of the threads that paint and check begin
   * @param threadsForThreeCanvases how many threads paint and check three canvases
   */
  protected VertxStyleContract(String style, Runner.Painting main, OnVertx.VertxStyle paintings, String threadPrefix,
      int threadsForThreeCanvases) {
    this.style = style;
    this.main = main;
    this.paintings = paintings;
    this.threadPrefix = threadPrefix;
    this.threadsForThreeCanvases = threadsForThreeCanvases;
  }

  /**
   * Runs the style once before the first test of each class, so that the time bands measure the style
   * and not the JVM loading its classes and compiling the paint loop (a first run takes longer:
   * {@code bench/PaintTimes.java} measures it). Once, not before each test, and at most 10 s: a style whose paintings never complete would
   * make the run wait a minute for them.
   */
  @BeforeEach
  @org.junit.jupiter.api.Timeout(10)
  void warmUp() {
    StyleRun.warmUp(style, main);
  }

  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void paintsEveryCanvasInOneDryingTimeOnTheThreadsItPromises(Vertx vertx, VertxTestContext test) {
    Timeline timeline = new Timeline(SHORT.paintings());
    long start = System.nanoTime();
    Expect.sayWhatNeverCompleted(vertx, test, timeline, SHORT);
    paintings.paintAll(vertx, timeline.canvases(SHORT), SHORT).onComplete(test.succeeding(done -> test.verify(() -> {
      Expect.everyCanvasDryOnce(timeline);
      Expect.aboutOneDryingTime(timeline, Duration.ofNanos(System.nanoTime() - start), SHORT);
      assertThat(timeline.threadNames()).as("the paintings ran on %s; this style paints and checks three canvases on"
          + " %d thread(s) named %s...", timeline.threadNames(), threadsForThreeCanvases, threadPrefix)
          .hasSize(threadsForThreeCanvases).allMatch(name -> name.startsWith(threadPrefix));
      assertThat(timeline.threadCount()).isEqualTo(threadsForThreeCanvases);
      test.completeNow();
    })));
  }

  @Test
  void theMainPrintsTheTimelineAndTheSummary() {
    StyleRun run = StyleRun.of(style, main, Expect.SHORT);
    Expect.endedWell(run);
    assertThat(run.err()).as("the run printed errors: %s", Expect.firstLine(run.err())).isEmpty();
    assertThat(run.lines().get(0)).isEqualTo(style + ": 3 canvases, 400ms to dry, checked every 100ms");
    assertThat(run.out()).contains("ran on: t1 = " + threadPrefix);
    assertThat(run.summary()).matches(style + ": 3 paintings in \\d\\.\\d\\d s");
    Expect.aboutOneDryingTime(run.timeline(), run.elapsed(), SHORT);
  }

  @Test
  void aTornCanvasIsReportedWithItsNumberAndFailsTheRun() {
    StyleRun run = StyleRun.of(style, main, Expect.shortWith("--fail", "2"));
    Expect.canvasTwoTore(run, style);
    Expect.aboutOneDryingTime(run.timeline(), run.elapsed(), SHORT);
  }

  @Test
  void aStuckCanvasTimesOutAndIsNotCheckedAgain() throws Exception {
    OnVertx.Result run = OnVertx.run(paintings,
        Expect.settings(Expect.with(Expect.POLL_800MS, "--work", "0", "--stuck", "2", "--timeout", "1600ms")));
    Expect.onlyCanvasTimedOut(run.timeline(), 2, Duration.ofMillis(1600));
    Expect.nothingBlockedOrLost(run);
  }

  @Test
  void failuresLeaveNoWarningAndNoUnhandledException() throws Exception {
    OnVertx.Result run = OnVertx.run(paintings,
        Expect.settings(Expect.with(Expect.POLL_800MS, "--work", "0", "--fail", "2", "--timeout", "3200ms")));
    assertThat(run.timeline().count(Outcome.DRY)).as("with canvas 2 torn, canvases 1 and 3 should still dry before the"
        + " paintings complete, but %s", Expect.whatHappened(run.timeline())).isEqualTo(2);
    assertThat(run.timeline().failure(2)).as("canvas 2 tore, and should be reported with its canvas (canvas.failed),"
        + " but it ended %s", Expect.ended(run.timeline().outcome(2))).isEqualTo("canvas 2 tore");
    Expect.nothingBlockedOrLost(run);
  }

  /**
   * Three default paints in one task of the loop, warm: three times 10 to 14 ms here
   * ({@code bench/PaintTimes.java}), far below the strict limit of 400 ms.
   */
  @Test
  void theDefaultPaintDoesNotBlockTheEventLoop() throws Exception {
    OnVertx.Result run = OnVertx.run(paintings, Expect.settings(Expect.with(Expect.POLL_800MS, "--timeout", "3200ms")));
    Expect.everyCanvasDryOnce(run.timeline());
    Expect.nothingBlockedOrLost(run);
  }
}
