package paint.virtualthreads;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxTestContext;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import paint.common.Canvas;
import paint.common.Settings;
import paint.stage.Format;
import paint.stage.Timeline;
import paint.stage.Timeline.Outcome;
import paint.testing.Expect;
import paint.testing.VertxStyleContract;

/** The shared contract of the Vert.x styles (see {@link VertxStyleContract}), and what is particular to virtual-threads. */
class VirtualThreadsTest extends VertxStyleContract {

  VirtualThreadsTest() {
    super("virtual-threads", Main::paint, Main::paintAll, "vert.x-virtual-thread-", 3);
  }

  @Test
  @Order(1) // first: it scores the module's first exercise alone (see paint.testing.FailFast)
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void thePaintingCodeRunsOnAVirtualThreadBeforeAndAfterItAwaits(Vertx vertx, VertxTestContext test) {
    // --work 0: the paint is not the point here, and a cold paint on a busy machine outlasted the time-out (250 ms)
    Settings one = Expect.settings("--paintings", "1", "--dry", "50ms", "--poll", "10ms", "--work", "0");
    Timeline timeline = new Timeline(1);
    Expect.sayWhatNeverCompleted(vertx, test, timeline, one);
    vertx.deployVerticle(new VerticleBase() {
      @Override
      public Future<?> start() {
        test.verify(() -> assertThat(Thread.currentThread().isVirtual()).isTrue());
        AtomicBoolean ranMeanwhile = new AtomicBoolean();
        context.runOnContext(other -> ranMeanwhile.set(true)); // runs only when this task parks or ends
        Paint.paintOne(vertx, new Canvas(1, one, timeline), one); // awaits several times
        test.verify(() -> {
          assertThat(Thread.currentThread().isVirtual()).isTrue();
          assertThat(timeline.outcome(1)).as("canvas 1 should dry, but %s", timeline.outcome(1) == null
              ? "it " + Outcome.NONE : Format.whatBecameOf(timeline, 1)).isEqualTo(Outcome.DRY);
          assertThat(timeline.checks(1)).as("canvas 1 was checked once: check it again every --poll until it is dry")
              .isGreaterThan(1);
          assertThat(timeline.checks(1)).as("canvas 1 was checked %d times while it dried for 50 ms, checked every"
              + " 10 ms: wait a poll between two checks (await the timer)", timeline.checks(1)).isLessThan(20);
          assertThat(ranMeanwhile).as("no other task of the verticle ran while paintOne waited: Thread.sleep holds"
              + " the context, await() lets it run the next task").isTrue();
        });
        test.completeNow();
        return Future.succeededFuture();
      }
    }, new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD)).onFailure(test::failNow);
  }

  /** Exercise 05.2 too: a canvas that never dries is reported timed out at its deadline, and checked no more. */
  @Test
  @Order(2)
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void aStuckCanvasTimesOutAtItsDeadline(Vertx vertx, VertxTestContext test) {
    Settings stuck = Expect.settings(Expect.STUCK_ONE);
    Timeline timeline = Expect.watched(vertx, test, stuck);
    onAVirtualThreadOfAVerticle(vertx, test, () -> {
      Paint.paintOne(vertx, new Canvas(1, stuck, timeline), stuck);
      test.verify(() -> {
        assertThat(timeline.outcome(1)).as("canvas 1 never dries: past its deadline (--timeout %s) paintOne should"
            + " report it with canvas.failed(a TimeoutException), but it ended %s", Format.duration(stuck.timeout()),
            timeline.outcome(1) == null ? Outcome.NONE : Format.whatBecameOf(timeline, 1)).isEqualTo(Outcome.TIMED_OUT);
        assertThat(timeline.checksAfterOutcome()).as("canvas 1 was checked again after it timed out").isZero();
      });
      test.completeNow();
    });
  }

  /**
   * Exercise 05.2 too: closing Vert.x while {@code paintOne} waits (as Ctrl-C does) interrupts it; the painting
   * ends, reported with its canvas, and the interrupt is kept, so that the code after it knows that it was
   * asked to stop. On a Vert.x of its own, which the test closes 100 ms into the drying.
   */
  @Test
  @Order(3)
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void anInterruptEndsThePaintingAndIsKept(VertxTestContext test) {
    Settings slow = Expect.settings("--paintings", "1", "--dry", "5s", "--poll", "20ms", "--work", "0");
    Timeline timeline = new Timeline(slow.paintings());
    Vertx closing = Vertx.vertx();
    onAVirtualThreadOfAVerticle(closing, test, () -> {
      closing.setTimer(100, later -> closing.close()); // while paintOne waits
      Paint.paintOne(closing, new Canvas(1, slow, timeline), slow);
      boolean kept = Thread.interrupted();
      test.verify(() -> {
        assertThat(timeline.outcome(1)).as("canvas 1 was interrupted while it dried (Vert.x closed): paintOne should"
            + " end and report it with canvas.failed(e), but it ended %s", timeline.outcome(1) == null ? Outcome.NONE
            : Format.whatBecameOf(timeline, 1)).isEqualTo(Outcome.FAILED);
        assertThat(kept).as("paintOne caught the interrupt and lost it: call Thread.currentThread().interrupt() before"
            + " canvas.failed(e), so that the run knows it was asked to stop").isTrue();
      });
      test.completeNow();
    });
  }

  /**
   * Runs {@code task} as a task of a virtual-thread verticle's context, as 05's {@code Main} runs the
   * paintings; the verticle's start returns at once, so that closing Vert.x after the test interrupts a
   * task that still waits instead of waiting for it.
   */
  private static void onAVirtualThreadOfAVerticle(Vertx vertx, VertxTestContext test, Runnable task) {
    vertx.deployVerticle(context -> {
      context.runOnContext(start -> task.run());
      return Future.succeededFuture();
    }, new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD)).onFailure(test::failNow);
  }
}
