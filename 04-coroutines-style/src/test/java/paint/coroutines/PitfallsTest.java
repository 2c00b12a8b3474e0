package paint.coroutines;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Timer;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import paint.common.Canvas;
import paint.common.Settings;
import paint.stage.Timeline;
import paint.testing.Expect;

/** What goes wrong with Mutiny on Vert.x when you are not careful, each shown by a test. */
@ExtendWith(VertxExtension.class)
@org.junit.jupiter.api.Timeout(20)
class PitfallsTest {

  @AfterEach
  void resetMutiny() {
    Infrastructure.resetDroppedExceptionHandler();
    Infrastructure.resetCanCallerThreadBeBlockedSupplier();
  }

  /** A Uni is a recipe, not a result: nothing runs until something subscribes, and each subscription runs it again. */
  @Test
  void aPipelineThatNobodySubscribesToDoesNothing() {
    AtomicInteger calls = new AtomicInteger();
    Uni<Integer> counted = Uni.createFrom().item(calls::incrementAndGet);
    assertThat(calls).hasValue(0);

    counted.subscribe().with(item -> { });
    counted.subscribe().with(item -> { });
    assertThat(calls).hasValue(2);
  }

  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void aPaintingThatNobodySubscribesToIsNeverPainted(Vertx vertx, VertxTestContext test) {
    Settings settings = Expect.settings("--paintings", "1", "--dry", "50ms", "--poll", "10ms");
    Timeline timeline = new Timeline(1);
    vertx.runOnContext(start -> {
      Uni<Void> painting = Paint.paintOne(vertx, new Canvas(1, settings, timeline), settings);
      vertx.setTimer(200, later -> test.verify(() -> {
        assertThat(timeline.checks(1)).isZero();
        assertThat(timeline.threadNames()).isEmpty(); // not even painted
        painting.subscribe().with(dry -> test.verify(() -> {
          assertThat(timeline.checks(1)).isPositive();
          test.completeNow();
        }), test::failNow);
      }));
    });
  }

  /**
   * Eager sources start when the pipeline is assembled: here the timer runs before anyone subscribes.
   * The lazy form, which makes the timer only when subscribed to, is exercise 04.1's {@code sleep}, and
   * {@code CoroutinesTest.sleepSetsAVertxTimerWhenSubscribedAndNeverBlocks} checks it.
   */
  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void aReadyCompletionStageStartsAtAssemblyTime(Vertx vertx, VertxTestContext test) {
    vertx.runOnContext(start -> {
      Timer[] eager = new Timer[1];
      Uni<Void> assembled = Uni.createFrom().completionStage((eager[0] = vertx.timer(50)).toCompletionStage());
      vertx.setTimer(200, later -> test.verify(() -> {
        assertThat(eager[0].isComplete()).as("the eager timer fired without a subscriber").isTrue();
        assertThat(assembled).isNotNull();
        test.completeNow();
      }));
    });
  }

  /** subscribe().with(onItem) alone drops failures: nobody hears of them but a global handler. */
  @Test
  void aSubscriberWithoutAFailureHandlerDropsTheFailure() {
    List<Throwable> dropped = new CopyOnWriteArrayList<>();
    Infrastructure.setDroppedExceptionHandler(dropped::add);
    List<Object> items = new CopyOnWriteArrayList<>();

    Uni.createFrom().failure(new IllegalStateException("canvas 2 tore")).subscribe().with(items::add);

    assertThat(items).isEmpty();
    assertThat(dropped).singleElement().satisfies(error -> assertThat(error).hasMessage("canvas 2 tore"));
  }

  /** With the check installed, await() on the event loop throws instead of freezing the loop. */
  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void awaitOnTheEventLoopFailsLoudly(Vertx vertx, VertxTestContext test) {
    Settings settings = Expect.settings("--paintings", "1", "--dry", "10ms", "--poll", "5ms");
    Main.paintAll(vertx, new Timeline(1).canvases(settings), settings)
        .onComplete(test.succeeding(installed -> vertx.runOnContext(onLoop -> test.verify(() -> {
          Uni<Void> slow = Paint.sleep(vertx, Duration.ofMillis(10));
          try {
            slow.await().indefinitely();
            test.failNow("await() blocked the event loop instead of failing");
          } catch (IllegalStateException e) {
            assertThat(e).hasMessageContaining("blocked");
            test.completeNow();
          }
        }))));
  }

  /**
   * Mutiny's time operators keep their own threads: without {@code .on(executor)}, the timeout of
   * {@code ifNoItem().after(..)} fires on Mutiny's worker pool, off the event loop. That is why this
   * style checks its deadline between polls, like every other style.
   */
  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void mutinysOwnTimeoutFiresOffTheEventLoop(Vertx vertx, VertxTestContext test) {
    vertx.runOnContext(start -> Paint.sleep(vertx, Duration.ofSeconds(5))
        .ifNoItem().after(Duration.ofMillis(50)).failWith(TimeoutException::new)
        .subscribe().with(item -> test.failNow("no timeout"), error -> test.verify(() -> {
          assertThat(error).isInstanceOf(TimeoutException.class);
          // a thread of Mutiny's default worker pool (a cached thread pool): "pool-2-thread-1", say
          assertThat(Thread.currentThread().getName()).doesNotStartWith("vert.x-").matches("pool-\\d+-thread-\\d+");
          test.completeNow();
        })));
  }
}
