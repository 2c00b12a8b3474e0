package paint.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.Checkpoint;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import paint.common.Canvas;
import paint.common.Settings;
import paint.common.Timeline;
import paint.common.Timeline.Outcome;
import paint.testing.OnVertx;
import paint.testing.StyleRun;

@ExtendWith(VertxExtension.class)
@org.junit.jupiter.api.Timeout(20)
class CallbacksTest {

  private static final Settings SHORT = settings("--paintings", "3", "--dry", "200ms", "--poll", "50ms");

  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void paintsEveryCanvasOnTheEventLoopInOneDryingTime(Vertx vertx, VertxTestContext test) {
    Timeline timeline = new Timeline(SHORT.paintings());
    long start = System.nanoTime();
    Main.paintAll(vertx, SHORT, timeline).onComplete(test.succeeding(done -> test.verify(() -> {
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      assertThat(timeline.count(Outcome.DRY)).isEqualTo(3);
      assertThat(timeline.extraOutcomes()).isZero();
      assertThat(timeline.checksAfterOutcome()).isZero();
      // At least one drying time, and well below the sum of three.
      assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(200)).isLessThan(Duration.ofMillis(400));
      // Every painting and every check ran on one event-loop thread.
      assertThat(timeline.threadNames()).singleElement().asString().startsWith("vert.x-eventloop-thread-");
      assertThat(timeline.threadCount()).isEqualTo(1);
      test.completeNow();
    })));
  }

  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void eachPaintingCallsBackOnceWhenItsCanvasIsDry(Vertx vertx, VertxTestContext test) {
    Timeline timeline = new Timeline(SHORT.paintings());
    Checkpoint dry = test.checkpoint(SHORT.paintings()); // fails the test if flagged more often
    vertx.runOnContext(start -> {
      for (int number = 1; number <= SHORT.paintings(); number++) {
        Canvas canvas = new Canvas(number, SHORT, timeline);
        Paint.paintOne(vertx, canvas, SHORT, (ok, error) -> test.verify(() -> {
          assertThat(error).isNull();
          assertThat(timeline.outcome(canvas.number())).isEqualTo(Outcome.DRY);
          assertThat(Thread.currentThread().getName()).startsWith("vert.x-eventloop-thread-");
          dry.flag();
        }));
      }
    });
  }

  @Test
  void theMainPrintsTheTimelineAndTheSummary() {
    StyleRun run = StyleRun.of(Main.runner(), "--paintings", "3", "--dry", "200ms", "--poll", "50ms");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.lines().get(0)).isEqualTo("callbacks: 3 canvases, 200ms to dry, checked every 50ms");
    assertThat(run.out()).contains("ran on: t1 = vert.x-eventloop-thread-0");
    assertThat(run.summary()).matches("callbacks: 3 paintings in 0\\.[23]\\d s");
  }

  @Test
  void aTornCanvasIsReportedWithItsNumberAndFailsTheRun() {
    StyleRun run = StyleRun.of(Main.runner(), "--paintings", "3", "--dry", "200ms", "--poll", "50ms",
        "--fail", "2");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.timeline().outcome(1)).isEqualTo(Outcome.DRY);
    assertThat(run.timeline().outcome(2)).isEqualTo(Outcome.FAILED);
    assertThat(run.timeline().outcome(3)).isEqualTo(Outcome.DRY);
    assertThat(run.out()).contains("canvas 2 failed: canvas 2 tore");
    assertThat(run.summary()).endsWith("(1 failed)");
    assertThat(run.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(200)).isLessThan(Duration.ofMillis(400));
  }

  @Test
  void aStuckCanvasTimesOutWhileTheOthersDry() throws Exception {
    Settings settings = settings("--paintings", "3", "--dry", "200ms", "--poll", "50ms", "--stuck", "2",
        "--timeout", "400ms");
    OnVertx.Result run = OnVertx.run(Main::paintAll, settings);
    Timeline timeline = run.timeline();
    assertThat(timeline.outcome(2)).isEqualTo(Outcome.TIMED_OUT);
    assertThat(Duration.ofNanos(timeline.lifetimeNanos(2)))
        .isBetween(Duration.ofMillis(400), Duration.ofMillis(400 + 50 + 100));
    assertThat(timeline.outcome(1)).isEqualTo(Outcome.DRY);
    assertThat(timeline.outcome(3)).isEqualTo(Outcome.DRY);
    assertThat(timeline.checksAfterOutcome()).isZero();
    assertThat(run.blockedThreadWarnings()).isEmpty();
    assertThat(run.unhandledExceptions()).isEmpty();
  }

  @Test
  void failuresLeaveNoWarningAndNoUnhandledException() throws Exception {
    Settings settings = settings("--paintings", "3", "--dry", "200ms", "--poll", "50ms", "--fail", "2");
    OnVertx.Result run = OnVertx.run(Main::paintAll, settings);
    assertThat(run.timeline().count(Outcome.DRY)).isEqualTo(2);
    assertThat(run.timeline().failure(2)).isEqualTo("canvas 2 tore");
    assertThat(run.blockedThreadWarnings()).isEmpty();
    assertThat(run.unhandledExceptions()).isEmpty();
  }

  @Test
  void theDefaultPaintDoesNotBlockTheEventLoop() throws Exception {
    OnVertx.Result run = OnVertx.run(Main::paintAll, settings("--dry", "200ms", "--poll", "50ms"));
    assertThat(run.timeline().count(Outcome.DRY)).isEqualTo(3);
    assertThat(run.blockedThreadWarnings()).isEmpty();
  }

  /** Pitfall: heavy CPU work in a handler blocks the loop, and the BlockedThreadChecker says so. */
  @Test
  void heavyPaintOnTheEventLoopBlocksIt() throws Exception {
    OnVertx.Result run = OnVertx.run(Main::paintAll,
        settings("--dry", "200ms", "--poll", "50ms", "--work", "300000000"));
    assertThat(run.timeline().count(Outcome.DRY)).isEqualTo(3);
    assertThat(run.blockedThreadWarnings()).isNotEmpty()
        .allMatch(warning -> warning.contains("vert.x-eventloop-thread-") && warning.contains("has been blocked"));
  }

  private static Settings settings(String... args) {
    try {
      return Settings.parse(args);
    } catch (Settings.BadOption e) {
      throw new IllegalArgumentException(e);
    }
  }
}
