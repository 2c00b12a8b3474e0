package paint.coroutines;

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
import paint.testing.Expect;
import paint.testing.OnVertx;
import paint.testing.StyleRun;

@ExtendWith(VertxExtension.class)
@org.junit.jupiter.api.Timeout(20)
class CoroutinesTest {

  private static final Settings SHORT = Expect.settings(Expect.SHORT);

  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void paintsEveryCanvasOnTheEventLoopInOneDryingTime(Vertx vertx, VertxTestContext test) {
    Timeline timeline = new Timeline(SHORT.paintings());
    long start = System.nanoTime();
    Main.paintAll(vertx, SHORT, timeline).onComplete(test.succeeding(done -> test.verify(() -> {
      Expect.everyCanvasDryOnce(timeline);
      Expect.aboutOneDryingTime(Duration.ofNanos(System.nanoTime() - start), SHORT);
      Expect.ranOnOneThread(timeline, "vert.x-eventloop-thread-");
      test.completeNow();
    })));
  }

  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void everyStageOfThePipelineRunsOnTheEventLoop(Vertx vertx, VertxTestContext test) {
    Timeline timeline = new Timeline(SHORT.paintings());
    Checkpoint dry = test.checkpoint(SHORT.paintings());
    vertx.runOnContext(start -> {
      EventLoopScheduler timeouts = new EventLoopScheduler(vertx.getOrCreateContext());
      for (int number = 1; number <= SHORT.paintings(); number++) {
        Canvas canvas = new Canvas(number, SHORT, timeline);
        Paint.paintOne(vertx, canvas, SHORT, timeouts)
            .invoke(() -> test.verify(() ->
                assertThat(Thread.currentThread().getName()).startsWith("vert.x-eventloop-thread-")))
            .subscribe().with(ok -> {
              assertThat(timeline.outcome(canvas.number())).isEqualTo(Outcome.DRY);
              dry.flag();
            }, test::failNow);
      }
    });
  }

  @Test
  void theMainPrintsTheTimelineAndTheSummary() {
    StyleRun run = StyleRun.of(Main.runner(), Expect.SHORT);
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.lines().get(0)).isEqualTo("coroutines-style: 3 canvases, 200ms to dry, checked every 50ms");
    assertThat(run.out()).contains("ran on: t1 = vert.x-eventloop-thread-0");
    assertThat(run.summary()).matches("coroutines-style: 3 paintings in \\d\\.\\d\\d s");
    Expect.aboutOneDryingTime(run.elapsed(), SHORT);
  }

  @Test
  void aTornCanvasIsReportedWithItsNumberAndFailsTheRun() {
    StyleRun run = StyleRun.of(Main.runner(), Expect.shortWith("--fail", "2"));
    Expect.canvasTwoTore(run, "coroutines-style");
    Expect.aboutOneDryingTime(run.elapsed(), SHORT);
  }

  /** The timeout cancels the pipeline: the stuck canvas is not checked again once it timed out. */
  @Test
  void aStuckCanvasTimesOutAndIsNoLongerChecked() throws Exception {
    OnVertx.Result run = OnVertx.run(Main::paintAll,
        Expect.settings(Expect.shortWith("--stuck", "2", "--timeout", "400ms")));
    Expect.onlyCanvasTimedOut(run.timeline(), 2, Duration.ofMillis(400));
    assertThat(run.blockedThreadWarnings()).isEmpty();
    assertThat(run.unhandledExceptions()).isEmpty();
  }

  @Test
  void failuresLeaveNoWarningAndNoUnhandledException() throws Exception {
    OnVertx.Result run = OnVertx.run(Main::paintAll, Expect.settings(Expect.shortWith("--fail", "2")));
    assertThat(run.timeline().count(Outcome.DRY)).isEqualTo(2);
    assertThat(run.timeline().failure(2)).isEqualTo("canvas 2 tore");
    assertThat(run.blockedThreadWarnings()).isEmpty();
    assertThat(run.unhandledExceptions()).isEmpty();
  }

  @Test
  void theDefaultPaintDoesNotBlockTheEventLoop() throws Exception {
    OnVertx.Result run = OnVertx.run(Main::paintAll, SHORT);
    Expect.everyCanvasDryOnce(run.timeline());
    assertThat(run.blockedThreadWarnings()).isEmpty();
  }
}
