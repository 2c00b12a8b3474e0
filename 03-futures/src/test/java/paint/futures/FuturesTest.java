package paint.futures;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.Checkpoint;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import paint.common.Canvas;
import paint.stage.Timeline;
import paint.stage.Timeline.Outcome;
import paint.testing.Expect;
import paint.testing.VertxStyleContract;

/** The shared contract of the Vert.x styles (see {@link VertxStyleContract}), and what is particular to futures. */
class FuturesTest extends VertxStyleContract {

  FuturesTest() {
    super("futures", Main::paint, Main::paintAll, "vert.x-eventloop-thread-", 1);
  }

  @Test
  @Order(1) // first: it scores the module's first exercise alone (see paint.testing.FailFast)
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void eachPaintingIsAFutureThatCompletesWhenItsCanvasIsDry(Vertx vertx, VertxTestContext test) {
    Timeline timeline = new Timeline(SHORT.paintings());
    Expect.sayWhatNeverCompleted(vertx, test, timeline, SHORT);
    Checkpoint dry = test.checkpoint(SHORT.paintings());
    long start = System.nanoTime();
    int[] left = {SHORT.paintings()}; // only the event loop touches it
    vertx.runOnContext(onLoop -> {
      for (int number = 1; number <= SHORT.paintings(); number++) {
        Canvas canvas = new Canvas(number, SHORT, timeline);
        Paint.paintOne(vertx, canvas, SHORT).onComplete(test.succeeding(ok -> test.verify(() -> {
          assertThat(timeline.outcome(canvas.number())).as("canvas %d's future completed before it was dry",
              canvas.number()).isEqualTo(Outcome.DRY);
          assertThat(Thread.currentThread().getName()).as("the future completed on %s, not on the event loop",
              Thread.currentThread().getName()).startsWith("vert.x-eventloop-thread-");
          if (--left[0] == 0) {
            Expect.aboutOneDryingTime(timeline, Duration.ofNanos(System.nanoTime() - start), SHORT);
          }
          dry.flag();
        })));
      }
    });
  }
}
