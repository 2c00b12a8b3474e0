package paint.virtualthreads;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
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
class VirtualThreadsTest {

  private static final Settings SHORT = Expect.settings(Expect.SHORT);

  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void paintsEveryCanvasOnItsOwnVirtualThreadInOneDryingTime(Vertx vertx, VertxTestContext test) {
    Timeline timeline = new Timeline(SHORT.paintings());
    long start = System.nanoTime();
    Main.paintAll(vertx, SHORT, timeline).onComplete(test.succeeding(done -> test.verify(() -> {
      Expect.everyCanvasDryOnce(timeline);
      Expect.aboutOneDryingTime(Duration.ofNanos(System.nanoTime() - start), SHORT);
      assertThat(timeline.threadNames()).hasSize(3).allMatch(name -> name.startsWith("vert.x-virtual-thread-"));
      assertThat(timeline.threadCount()).isEqualTo(3);
      test.completeNow();
    })));
  }

  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void thePaintingCodeRunsOnAVirtualThreadBeforeAndAfterItAwaits(Vertx vertx, VertxTestContext test) {
    Settings one = Expect.settings("--paintings", "1", "--dry", "50ms", "--poll", "10ms");
    Timeline timeline = new Timeline(1);
    vertx.deployVerticle(new VerticleBase() {
      @Override
      public Future<?> start() {
        test.verify(() -> assertThat(Thread.currentThread().isVirtual()).isTrue());
        Paint.paintOne(vertx, new Canvas(1, one, timeline), one); // awaits several times
        test.verify(() -> {
          assertThat(Thread.currentThread().isVirtual()).isTrue();
          assertThat(timeline.outcome(1)).isEqualTo(Outcome.DRY);
          assertThat(timeline.checks(1)).isGreaterThan(1);
        });
        test.completeNow();
        return Future.succeededFuture();
      }
    }, new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD));
  }

  @Test
  void theMainPrintsTheTimelineAndTheSummary() {
    StyleRun run = StyleRun.of(Main.runner(), Expect.SHORT);
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.lines().get(0)).isEqualTo("virtual-threads: 3 canvases, 200ms to dry, checked every 50ms");
    assertThat(run.out()).contains("t1 = vert.x-virtual-thread-");
    assertThat(run.summary()).matches("virtual-threads: 3 paintings in \\d\\.\\d\\d s");
    Expect.aboutOneDryingTime(run.elapsed(), SHORT);
  }

  @Test
  void aTornCanvasIsReportedWithItsNumberAndFailsTheRun() {
    StyleRun run = StyleRun.of(Main.runner(), Expect.shortWith("--fail", "2"));
    Expect.canvasTwoTore(run, "virtual-threads");
    Expect.aboutOneDryingTime(run.elapsed(), SHORT);
  }

  @Test
  void aStuckCanvasTimesOutWhileTheOthersDry() throws Exception {
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
