package paint.futures;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.Checkpoint;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import paint.common.Canvas;
import paint.common.Settings;
import paint.stage.Timeline;
import paint.testing.Expect;

/** What goes wrong with futures when you are not careful, each shown by a test. */
@ExtendWith(VertxExtension.class)
@org.junit.jupiter.api.Timeout(30)
class PitfallsTest {

  /**
   * Future.all fails at the first failure, while the other paintings are still running. What waits for every
   * painting is exercise 03.2's answer, which {@code VertxStyleContract.failuresLeaveNoWarningAndNoUnhandledException}
   * checks; here the test waits for each painting's own future before it ends.
   */
  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void allStopsWaitingAtTheFirstFailure(Vertx vertx, VertxTestContext test) {
    Settings settings = Expect.settings(Expect.shortWith("--fail", "2"));
    Timeline timeline = new Timeline(3);
    Checkpoint ended = test.checkpoint(3);
    vertx.runOnContext(start -> {
      List<Future<Void>> paintings = List.of(
          Paint.paintOne(vertx, new Canvas(1, settings, timeline), settings),
          Paint.paintOne(vertx, new Canvas(2, settings, timeline), settings),
          Paint.paintOne(vertx, new Canvas(3, settings, timeline), settings));
      Future.all(paintings).onComplete(test.failing(error -> test.verify(() -> {
        assertThat(error).hasMessage("canvas 2 tore");
        assertThat(paintings.get(0).isComplete()).as("canvas 1 done when all gave up").isFalse();
      })));
      paintings.forEach(painting -> painting.onComplete(outcome -> ended.flag()));
    });
  }

  /**
   * Vert.x futures cannot be cancelled: {@code timeout} stops the waiting, not the work. That is why
   * the painting checks its own deadline instead.
   */
  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void timeoutStopsTheWaitingButTheChecksGoOn(Vertx vertx, VertxTestContext test) {
    Settings settings = Expect.settings("--paintings", "1", "--dry", "10s", "--poll", "20ms", "--work", "0");
    Timeline timeline = new Timeline(1);
    vertx.runOnContext(start -> Paint.paintOne(vertx, new Canvas(1, settings, timeline), settings)
        .timeout(100, TimeUnit.MILLISECONDS)
        .onComplete(test.failing(error -> {
          int checksWhenTimedOut = timeline.checks(1);
          vertx.setTimer(200, later -> test.verify(() -> {
            assertThat(error).isInstanceOf(TimeoutException.class).hasMessageContaining("Timeout");
            assertThat(timeline.checks(1)).as("checks after the time-out").isGreaterThan(checksWhenTimedOut + 1);
            test.completeNow();
          }));
        })));
  }

  /**
   * The tempting loop, {@code timer.compose(fired -> loop())}, nests one future in the next. When
   * the last one completes, the completion runs back up through every level on one stack: with
   * thousands of checks it overflows, the error goes to Vert.x, and the future never completes.
   * The painting's loop completes a Promise instead.
   */
  @Test
  void aDeepComposeChainOverflowsTheStackAndNeverCompletes() throws Exception {
    Vertx vertx = Vertx.vertx();
    Promise<Throwable> unhandled = Promise.promise();
    vertx.exceptionHandler(unhandled::tryComplete);
    Promise<Future<Void>> chain = Promise.promise();
    vertx.runOnContext(start -> chain.complete(composeLoop(vertx, 100_000)));

    Throwable error = unhandled.future().await(20, TimeUnit.SECONDS);
    assertThat(error).isInstanceOf(StackOverflowError.class);
    assertThat(chain.future().await(5, TimeUnit.SECONDS).isComplete()).isFalse();
    vertx.close().await(5, TimeUnit.SECONDS);
  }

  /** The same 100,000 steps, each completing one Promise, as the painting's loop does: it completes. */
  @Test
  @io.vertx.junit5.Timeout(value = 20, timeUnit = TimeUnit.SECONDS)
  void thePromiseLoopCompletesAfterAnyNumberOfSteps(Vertx vertx, VertxTestContext test) {
    Promise<Void> done = Promise.promise();
    vertx.runOnContext(start -> promiseLoop(vertx, 100_000, done));
    done.future().onComplete(test.succeedingThenComplete());
  }

  /** Counts down through {@code left} later turns of the event loop, then completes {@code done} once. */
  private static void promiseLoop(Vertx vertx, int left, Promise<Void> done) {
    if (left == 0) {
      done.complete();
    } else {
      vertx.runOnContext(turn -> promiseLoop(vertx, left - 1, done));
    }
  }

  /** Counts down through {@code left} later turns of the event loop, each step composed on the last. */
  private static Future<Void> composeLoop(Vertx vertx, int left) {
    if (left == 0) {
      return Future.succeededFuture();
    }
    Promise<Void> nextTurn = Promise.promise();
    vertx.runOnContext(turn -> nextTurn.complete());
    return nextTurn.future().compose(turned -> composeLoop(vertx, left - 1));
  }
}
