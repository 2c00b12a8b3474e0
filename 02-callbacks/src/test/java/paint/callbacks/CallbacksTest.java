package paint.callbacks;

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
import paint.testing.OnVertx;
import paint.testing.VertxStyleContract;

/** The shared contract of the Vert.x styles (see {@link VertxStyleContract}), and what is particular to callbacks. */
class CallbacksTest extends VertxStyleContract {

  CallbacksTest() {
    super("callbacks", Main::paint, Main::paintAll, "vert.x-eventloop-thread-", 1);
  }

  @Test
  @Order(1) // first: it scores the module's first exercise alone (see paint.testing.FailFast)
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void eachPaintingCallsBackOnceWhenItsCanvasIsDry(Vertx vertx, VertxTestContext test) {
    Timeline timeline = new Timeline(SHORT.paintings());
    Expect.sayWhatNeverCompleted(vertx, test, timeline, SHORT);
    Checkpoint dry = test.checkpoint(SHORT.paintings()); // fails the test if flagged more often
    long start = System.nanoTime();
    int[] left = {SHORT.paintings()}; // only the event loop touches it
    vertx.runOnContext(onLoop -> {
      for (int number = 1; number <= SHORT.paintings(); number++) {
        Canvas canvas = new Canvas(number, SHORT, timeline);
        Paint.paintOne(vertx, canvas, SHORT, (ok, error) -> test.verify(() -> {
          assertThat(error).as("canvas %d called back with an error: %s", canvas.number(), error).isNull();
          assertThat(timeline.outcome(canvas.number())).as("canvas %d called back before it was dry",
              canvas.number()).isEqualTo(Outcome.DRY);
          assertThat(Thread.currentThread().getName()).as("the callback ran on %s, not on the event loop",
              Thread.currentThread().getName()).startsWith("vert.x-eventloop-thread-");
          if (--left[0] == 0) {
            Expect.aboutOneDryingTime(timeline, Duration.ofNanos(System.nanoTime() - start), SHORT);
          }
          dry.flag();
        }));
      }
    });
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
