package paint.futures;

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
import paint.testing.VertxStyleContract;

/** The shared contract of the Vert.x styles (see {@link VertxStyleContract}), and what is particular to futures. */
class FuturesTest extends VertxStyleContract {

  FuturesTest() {
    super("futures", Main::paint, Main::paintAll, "vert.x-eventloop-thread-", 1);
  }

  /**
   * Exercise 03.1: each painting is a future that completes once, when its canvas is dry, on the event loop;
   * the paintings overlap, and no canvas is checked again once its future has completed.
   */
  @Test
  @Order(1) // first: it scores the module's first exercise alone (see paint.testing.FailFast)
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void eachPaintingIsAFutureThatCompletesWhenItsCanvasIsDry(Vertx vertx, VertxTestContext test) {
    Timeline timeline = Expect.watched(vertx, test, SHORT);
    long start = System.nanoTime();
    int[] completed = {0}; // only the event loop touches it
    vertx.runOnContext(onLoop -> {
      for (int number = 1; number <= SHORT.paintings(); number++) {
        Canvas canvas = new Canvas(number, SHORT, timeline);
        Paint.paintOne(vertx, canvas, SHORT).onComplete(test.succeeding(ok -> test.verify(() -> {
          assertThat(timeline.outcome(canvas.number())).as("canvas %d's future completed before it was dry",
              canvas.number()).isEqualTo(Outcome.DRY);
          assertThat(Thread.currentThread().getName()).as("the future completed on %s, not on the event loop",
              Thread.currentThread().getName()).startsWith("vert.x-eventloop-thread-");
          if (++completed[0] == SHORT.paintings()) {
            Expect.aboutOneDryingTime(timeline, Duration.ofNanos(System.nanoTime() - start), SHORT);
            Expect.checkedNoMoreOnceDone(vertx, test, timeline, SHORT);
          }
        })));
      }
    });
  }

  /** Exercise 03.1 too: a canvas that never dries fails its future with a {@code TimeoutException}, not a success. */
  @Test
  @Order(2)
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void aStuckCanvasFailsItsFutureWithATimeout(Vertx vertx, VertxTestContext test) {
    Settings stuck = Expect.settings(Expect.STUCK_ONE);
    Timeline timeline = Expect.watched(vertx, test, stuck);
    vertx.runOnContext(onLoop -> Paint.paintOne(vertx, new Canvas(1, stuck, timeline), stuck)
        .onComplete((ok, error) -> test.verify(() -> {
          Expect.timedOut(timeline, error, stuck);
          Expect.checkedNoMoreOnceDone(vertx, test, timeline, stuck);
        })));
  }
}
