package paint.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import paint.common.Canvas;
import paint.common.Settings;
import paint.stage.Timeline;
import paint.stage.Timeline.Outcome;
import paint.testing.Expect;
import paint.testing.OnVertx;
import paint.testing.VertxStyleContract;

/** The shared contract of the Vert.x styles (see {@link VertxStyleContract}), and what is particular to callbacks. */
class CallbacksTest extends VertxStyleContract {

  CallbacksTest() {
    super("callbacks", Main::paint, Main::paintAll, "vert.x-eventloop-thread-", 1);
  }

  /**
   * Exercise 02.1: each painting calls back once, when its canvas is dry, on the event loop, the paintings
   * overlap, and no canvas is checked again once it is done: the test waits three polls after the last
   * callback for a timer that keeps firing (or a check set up after the callback).
   */
  @Test
  @Order(1) // first: it scores the module's first exercise alone (see paint.testing.FailFast)
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void eachPaintingCallsBackOnceWhenItsCanvasIsDry(Vertx vertx, VertxTestContext test) {
    Timeline timeline = Expect.watched(vertx, test, SHORT);
    long start = System.nanoTime();
    int[] callbacks = new int[SHORT.paintings() + 1]; // by canvas; only the event loop touches them
    vertx.runOnContext(onLoop -> {
      for (int number = 1; number <= SHORT.paintings(); number++) {
        Canvas canvas = new Canvas(number, SHORT, timeline);
        Paint.paintOne(vertx, canvas, SHORT, (ok, error) -> test.verify(() -> {
          int n = canvas.number();
          assertThat(++callbacks[n]).as("canvas %d called back %d times: call whenDone once per painting, and stop"
              + " checking once the canvas is dry", n, callbacks[n]).isEqualTo(1);
          assertThat(error).as("canvas %d called back with an error: %s", n, error).isNull();
          assertThat(timeline.outcome(n)).as("canvas %d called back before it was dry", n).isEqualTo(Outcome.DRY);
          assertThat(Thread.currentThread().getName()).as("the callback ran on %s, not on the event loop",
              Thread.currentThread().getName()).startsWith("vert.x-eventloop-thread-");
          if (java.util.Arrays.stream(callbacks).sum() == SHORT.paintings()) {
            Expect.aboutOneDryingTime(timeline, Duration.ofNanos(System.nanoTime() - start), SHORT);
            Expect.checkedNoMoreOnceDone(vertx, test, timeline, SHORT);
          }
        }));
      }
    });
  }

  /** Exercise 02.1 too: a canvas that never dries calls back with a {@code TimeoutException} at its deadline. */
  @Test
  @Order(2)
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void aStuckCanvasCallsBackWithATimeoutAtItsDeadline(Vertx vertx, VertxTestContext test) {
    Settings stuck = Expect.settings(Expect.STUCK_ONE);
    Timeline timeline = Expect.watched(vertx, test, stuck);
    vertx.runOnContext(onLoop -> Paint.paintOne(vertx, new Canvas(1, stuck, timeline), stuck, (ok, error) ->
        test.verify(() -> {
          Expect.timedOut(timeline, error, stuck);
          Expect.checkedNoMoreOnceDone(vertx, test, timeline, stuck);
        })));
  }

  /** Pitfall: heavy CPU work in a handler blocks the loop, and the BlockedThreadChecker says so. */
  @Test
  void heavyPaintOnTheEventLoopBlocksIt() throws Exception {
    OnVertx.Result run = OnVertx.run(Main::paintAll, Expect.settings(Expect.shortWith("--work", "600000000", "--timeout", "10s")));
    Expect.everyCanvasDryOnce(run.timeline());
    assertThat(run.blockedThreadWarnings()).isNotEmpty()
        .allMatch(warning -> warning.contains("vert.x-eventloop-thread-") && warning.contains("has been blocked"));
  }
}
