package paint.coroutines;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.Checkpoint;
import io.vertx.junit5.VertxTestContext;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import paint.common.Canvas;
import paint.stage.Timeline;
import paint.stage.Timeline.Outcome;
import paint.testing.VertxStyleContract;

/** The shared contract of the Vert.x styles (see {@link VertxStyleContract}), and what is particular to coroutines-style. */
class CoroutinesTest extends VertxStyleContract {

  CoroutinesTest() {
    super("coroutines-style", Main::paint, Main::paintAll, "vert.x-eventloop-thread-", 1);
  }

  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void everyStageOfThePipelineRunsOnTheEventLoop(Vertx vertx, VertxTestContext test) {
    Timeline timeline = new Timeline(SHORT.paintings());
    Checkpoint dry = test.checkpoint(SHORT.paintings());
    vertx.runOnContext(start -> {
      for (int number = 1; number <= SHORT.paintings(); number++) {
        Canvas canvas = new Canvas(number, SHORT, timeline);
        Paint.paintOne(vertx, canvas, SHORT)
            .invoke(() -> test.verify(() ->
                assertThat(Thread.currentThread().getName()).startsWith("vert.x-eventloop-thread-")))
            .subscribe().with(ok -> test.verify(() -> {
              assertThat(timeline.outcome(canvas.number())).isEqualTo(Outcome.DRY);
              dry.flag();
            }), test::failNow);
      }
    });
  }
}
