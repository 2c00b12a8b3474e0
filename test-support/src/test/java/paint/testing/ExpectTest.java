package paint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxTestContext;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import paint.common.Settings;
import paint.stage.Timeline;

class ExpectTest {

  @Test
  @Timeout(10)
  void anExceptionThatEscapesAHandlerFailsTheTestAtOnceAndSaysWhere() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      Settings settings = Expect.settings(Expect.SHORT);
      VertxTestContext test = new VertxTestContext();
      long start = System.nanoTime();
      Expect.sayWhatNeverCompleted(vertx, test, new Timeline(settings.paintings()), settings);

      vertx.runOnContext(onLoop -> PaintThatThrows.checkUntilDry());

      assertThat(test.awaitCompletion(5, TimeUnit.SECONDS)).as("the test ended").isTrue();
      assertThat(test.failed()).isTrue();
      assertThat(test.causeOfFailure()).hasMessageStartingWith("[a handler threw java.lang.IllegalStateException:"
          + " Cannot be called on a Vert.x event-loop thread at PaintThatThrows.java:9, and nobody handled it");
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
          .as("at once, not after the paintings' patience").isLessThan(Expect.SLACK.toMillis());
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void whereNamesNoFileOutsideAPaintingFile() {
    assertThat(Expect.where(new IllegalStateException("not from a painting"))).isEmpty();
  }
}
