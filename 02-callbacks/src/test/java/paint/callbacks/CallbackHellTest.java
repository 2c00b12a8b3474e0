package paint.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Completable;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import paint.common.Canvas;
import paint.common.Settings;
import paint.stage.Timeline;
import paint.stage.Timeline.Outcome;
import paint.testing.Expect;

/** The nested callbacks and the named steps of the sidebar behave the same. */
@ExtendWith(VertxExtension.class)
class CallbackHellTest {

  /** One way of writing the four steps. */
  interface Steps {
    void paint(Vertx vertx, Canvas canvas, Settings settings, Consumer<String> step, Completable<Void> whenDone);
  }

  private static Steps steps(String name) {
    return name.equals("nested") ? CallbackHell::nested : CallbackHell::namedSteps;
  }

  @ParameterizedTest
  @ValueSource(strings = {"nested", "namedSteps"})
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void takesTheFourStepsInOrder(String way, Vertx vertx, VertxTestContext test) throws Exception {
    Settings settings = Expect.settings("--paintings", "1", "--dry", "200ms", "--poll", "50ms", "--work", "0");
    Timeline timeline = new Timeline(1);
    List<String> steps = new CopyOnWriteArrayList<>();
    long start = System.nanoTime();
    vertx.runOnContext(go -> steps(way).paint(vertx, new Canvas(1, settings, timeline), settings, steps::add,
        (ok, error) -> test.verify(() -> {
          assertThat(error).isNull();
          assertThat(steps).containsExactly("prime", "paint", "dry", "varnish", "done");
          assertThat(timeline.outcome(1)).isEqualTo(Outcome.DRY);
          // priming (one poll), drying (200 ms, checked every 50 ms) and varnishing (one poll): each step waited
          assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50 + 200 + 50));
          test.completeNow();
        })));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nested", "namedSteps"})
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void aTearInsideACallbackReachesTheErrorCallback(String way, Vertx vertx, VertxTestContext test) throws Exception {
    Settings settings = Expect.settings("--paintings", "1", "--dry", "200ms", "--poll", "50ms", "--fail", "1");
    List<String> steps = new CopyOnWriteArrayList<>();
    vertx.runOnContext(go -> steps(way).paint(vertx, new Canvas(1, settings, new Timeline(1)), settings, steps::add,
        (ok, error) -> test.verify(() -> {
          assertThat(error).hasMessage("canvas 1 tore");
          assertThat(steps).containsExactly("prime", "paint");
          test.completeNow();
        })));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nested", "namedSteps"})
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void aStuckCanvasTimesOut(String way, Vertx vertx, VertxTestContext test) throws Exception {
    Settings settings = Expect.settings("--paintings", "1", "--dry", "100ms", "--poll", "50ms", "--stuck", "1",
        "--timeout", "300ms");
    List<String> steps = new CopyOnWriteArrayList<>();
    vertx.runOnContext(go -> steps(way).paint(vertx, new Canvas(1, settings, new Timeline(1)), settings, steps::add,
        (ok, error) -> test.verify(() -> {
          assertThat(error).isInstanceOf(java.util.concurrent.TimeoutException.class);
          assertThat(steps).containsExactly("prime", "paint", "dry");
          test.completeNow();
        })));
  }
}
