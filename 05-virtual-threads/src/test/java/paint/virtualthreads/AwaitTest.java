package paint.virtualthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import paint.common.Canvas;
import paint.common.Settings;
import paint.stage.Timeline;
import paint.testing.Expect;

/** What {@code future.await()} does depends on the thread that calls it. */
@ExtendWith(VertxExtension.class)
@org.junit.jupiter.api.Timeout(20)
class AwaitTest {

  /** On an event loop it throws: blocking there would stall every other task of the loop. */
  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void onAnEventLoopAwaitThrows(Vertx vertx, VertxTestContext test) {
    vertx.runOnContext(onLoop -> test.verify(() -> {
      assertThatThrownBy(() -> vertx.timer(10).await()).isInstanceOf(IllegalStateException.class);
      test.completeNow();
    }));
  }

  /**
   * On a virtual thread it parks only that thread: the verticle's context runs one task at a time, yet the
   * second wait begins while the first one still waits. Decided by the order of the events, not the clock: a
   * wait that blocked the context would let the second task start only after the first one had ended.
   */
  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void onAVirtualThreadAwaitSuspendsWithoutBlocking(Vertx vertx, VertxTestContext test) {
    List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
    vertx.deployVerticle(new VerticleBase() {
      @Override
      public Future<?> start() {
        Future<Void> first = Future.future(done -> context.runOnContext(go -> {
          events.add("first waits");
          vertx.timer(300).await();
          events.add("first woke");
          done.complete();
        }));
        Future<Void> second = Future.future(done -> context.runOnContext(go -> {
          events.add("second waits");
          vertx.timer(300).await();
          events.add("second woke");
          done.complete();
        }));
        Future.all(first, second).await();
        test.verify(() -> assertThat(events).as("both waits began before either ended")
            .startsWith("first waits", "second waits"));
        test.completeNow();
        return Future.succeededFuture();
      }
    }, new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD));
  }

  /**
   * Pitfall, fake concurrency: 01's loop, awaiting each painting before starting the next, reads the
   * same on a virtual thread and takes the sum of the drying times. Awaiting is not overlapping:
   * {@code Paint.paintAll} starts every painting first, then awaits them all.
   */
  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void awaitingEachPaintingInTurnTakesTheSum(Vertx vertx, VertxTestContext test) {
    Settings settings = Expect.settings(Expect.SHORT);
    Timeline timeline = new Timeline(settings.paintings());
    vertx.deployVerticle(new VerticleBase() {
      @Override
      public Future<?> start() {
        long start = System.nanoTime();
        for (int number = 1; number <= settings.paintings(); number++) {
          Paint.paintOne(vertx, new Canvas(number, settings, timeline), settings); // awaits inside
        }
        test.verify(() -> {
          Expect.everyCanvasDryOnce(timeline);
          assertThat(Duration.ofNanos(System.nanoTime() - start))
              .isGreaterThanOrEqualTo(settings.dry().multipliedBy(settings.paintings()));
        });
        test.completeNow();
        return Future.succeededFuture();
      }
    }, new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD));
  }

  /** On a worker thread it throws too, as on an event loop: a worker may block, but await() is for virtual threads. */
  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void onAWorkerThreadAwaitThrows(Vertx vertx, VertxTestContext test) {
    vertx.executeBlocking(() -> {
      test.verify(() -> {
        assertThat(Thread.currentThread().getName()).startsWith("vert.x-worker-thread-");
        assertThatThrownBy(() -> vertx.timer(10).await()).isInstanceOf(IllegalStateException.class);
      });
      return null;
    }).onComplete(test.succeedingThenComplete());
  }

  /**
   * Pitfall: {@code Thread.sleep} instead of {@code await()} on a virtual thread of a verticle. The
   * verticle's context runs its tasks one at a time and moves on to the next only when one parks in
   * {@code await()}; a sleeping task keeps it. Three waits of 200 ms take 600 ms, one after another.
   */
  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void threadSleepInAVirtualThreadVerticleRunsTheTasksOneAfterAnother(Vertx vertx, VertxTestContext test) {
    vertx.deployVerticle(context -> {
      long start = System.nanoTime();
      List<Future<Void>> sleepers = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        sleepers.add(Future.future(done -> context.runOnContext(go -> {
          try {
            Thread.sleep(200); // what 01 does: fine on a plain virtual thread, not on a verticle's
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          done.complete();
        })));
      }
      Future.all(sleepers).onComplete(test.succeeding(all -> test.verify(() -> {
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
        test.completeNow();
      })));
      return Future.succeededFuture();
    }, new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD));
  }

  /** On a thread Vert.x does not own, such as this test's, it simply blocks until the result is there. */
  @Test
  void onAnOrdinaryThreadAwaitBlocks(Vertx vertx) {
    long start = System.nanoTime();
    vertx.timer(200).await();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }
}
