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
    Settings one = Expect.settings("--paintings", "1", "--dry", "50ms", "--poll", "10ms");
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
          assertThat(timeline.outcome(1)).as("canvas 1 ended %s, not dry", timeline.outcome(1)).isEqualTo(Outcome.DRY);
          assertThat(timeline.checks(1)).isGreaterThan(1);
          assertThat(ranMeanwhile).as("no other task of the verticle ran while paintOne waited: Thread.sleep holds"
              + " the context, await() lets it run the next task").isTrue();
        });
        test.completeNow();
        return Future.succeededFuture();
      }
    }, new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD)).onFailure(test::failNow);
  }
}
