package paint.eventbus;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import paint.common.Canvas;
import paint.common.Settings;
import paint.eventbus.stage.CanvasCodec;
import paint.eventbus.stage.PainterOptions;
import paint.stage.Lane;
import paint.stage.Timeline;
import paint.stage.Timeline.Outcome;
import paint.testing.Expect;
import paint.testing.StyleRun;
import paint.testing.VertxStyleContract;

/**
 * The shared contract of the Vert.x styles (see {@link VertxStyleContract}), with painters on every core,
 * and what is particular to the event bus: a request per canvas, answered by a painter on an event loop of
 * its own; heavy paint on every core at once; a canvas whose painter never answers, sent again.
 */
class EventBusTest extends VertxStyleContract {

  /** Painters on every core: three canvases go to as many painters as there are, up to three. */
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  EventBusTest() {
    super("event-bus", Main::paint, EventBusTest::paintAll, "vert.x-eventloop-thread-", Math.min(3, CORES));
  }

  /** The style on a Vert.x that a test gives: the codec, a painter per core, then the paintings. */
  static Future<Void> paintAll(Vertx vertx, List<Canvas> canvases, Settings settings) {
    return deployPainters(vertx, CORES).compose(deployed -> Main.paintAll(vertx, canvases, settings));
  }

  static Future<String> deployPainters(Vertx vertx, int painters) {
    vertx.eventBus().registerDefaultCodec(Canvas.class, new CanvasCodec());
    return vertx.deployVerticle(Painter::new, new DeploymentOptions().setInstances(painters));
  }

  @Test
  @Order(1) // first: it scores the painter's side alone (see paint.testing.FailFast)
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void aPainterPaintsTheCanvasOfARequestAndAnswersOnceItIsDry(Vertx vertx, VertxTestContext test) {
    Timeline timeline = new Timeline(1);
    Canvas canvas = timeline.canvases(SHORT).get(0);
    Expect.sayWhatNeverCompleted(vertx, test, timeline, SHORT);
    deployPainters(vertx, 1).onComplete(test.succeeding(deployed -> vertx.runOnContext(onLoop ->
        vertx.eventBus().request(Paint.PAINT, canvas).onComplete(test.succeeding(reply -> test.verify(() -> {
          assertThat(timeline.outcome(1)).as("the painter answered before the canvas was dry").isEqualTo(Outcome.DRY);
          Lane lane = timeline.lanes().get(0);
          assertThat(lane.threads()).as("painted and checked by the painter, on its event loop").singleElement()
              .asString().startsWith("vert.x-eventloop-thread-");
          test.completeNow();
        }))))));
  }

  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void aPainterFailsTheRequestWithWhatWentWrong(Vertx vertx, VertxTestContext test) {
    Settings settings = Expect.settings(paintings(2, "--fail", "1", "--stuck", "2", "--timeout", "300ms"));
    List<Canvas> canvases = new Timeline(2).canvases(settings);
    deployPainters(vertx, 1).onComplete(test.succeeding(deployed -> vertx.runOnContext(onLoop -> {
      Future<?> torn = vertx.eventBus().request(Paint.PAINT, canvases.get(0));
      Future<?> stuck = vertx.eventBus().request(Paint.PAINT, canvases.get(1));
      Future.join(torn, stuck).onComplete(both -> test.verify(() -> {
        ReplyException tore = (ReplyException) torn.cause();
        assertThat(tore.failureType()).isEqualTo(ReplyFailure.RECIPIENT_FAILURE);
        assertThat(tore.failureCode()).isEqualTo(Paint.FAILED);
        assertThat(tore.getMessage()).isEqualTo("canvas 1 tore");
        assertThat(((ReplyException) stuck.cause()).failureCode()).as("a canvas that did not dry by --timeout")
            .isEqualTo(Paint.TIMED_OUT);
        test.completeNow();
      }));
    })));
  }

  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void inOneJvmThePainterPaintsTheVeryCanvasThatWasSent(Vertx vertx, VertxTestContext test) {
    Canvas canvas = new Timeline(1).canvases(SHORT).get(0);
    vertx.eventBus().registerDefaultCodec(Canvas.class, new CanvasCodec());
    vertx.eventBus().<Canvas>consumer(Paint.PAINT, request -> test.verify(() -> {
      assertThat(request.body()).as("a local codec hands the object over as it is").isSameAs(canvas);
      test.completeNow();
    })).completion().onComplete(test.succeeding(registered -> vertx.eventBus().send(Paint.PAINT, canvas)));
  }

  /**
   * A painter that takes a canvas and never answers: it vanished. The request's own time-out, about a
   * second past --timeout, fails it; the sender sends the canvas again, and the next painter paints it.
   */
  @Test
  @io.vertx.junit5.Timeout(value = 15, timeUnit = TimeUnit.SECONDS)
  void aCanvasWhosePainterNeverAnswersIsSentAgainToAnother(Vertx vertx, VertxTestContext test) {
    Settings settings = Expect.settings(paintings(1, "--timeout", "400ms"));
    Timeline timeline = new Timeline(1);
    Canvas canvas = timeline.canvases(settings).get(0);
    AtomicInteger taken = new AtomicInteger();
    vertx.eventBus().registerDefaultCodec(Canvas.class, new CanvasCodec());
    vertx.eventBus().<Canvas>consumer(Paint.PAINT, request -> taken.incrementAndGet()) // takes it, and is gone
        .completion()
        .compose(silent -> vertx.deployVerticle(new Painter())) // the painter after it, in the event bus's turn
        .onComplete(test.succeeding(deployed -> vertx.runOnContext(onLoop -> {
          long start = System.nanoTime();
          DeliveryOptions request = new DeliveryOptions().setSendTimeout(1500);
          Paint.send(vertx, canvas, request, 2).onComplete(test.succeeding(dry -> test.verify(() -> {
            assertThat(taken).as("the silent painter had the canvas first").hasValue(1);
            assertThat(timeline.outcome(1)).isEqualTo(Outcome.DRY);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("one time-out, then one painting")
                .isGreaterThanOrEqualTo(Duration.ofMillis(1500 + 400));
            test.completeNow();
          })));
        })));
  }

  @Test
  @io.vertx.junit5.Timeout(value = 15, timeUnit = TimeUnit.SECONDS)
  void aCanvasThatNoPainterAnswersForFailsAfterItsLastTry(Vertx vertx, VertxTestContext test) {
    Canvas canvas = new Timeline(1).canvases(SHORT).get(0);
    AtomicInteger taken = new AtomicInteger();
    vertx.eventBus().registerDefaultCodec(Canvas.class, new CanvasCodec());
    vertx.eventBus().<Canvas>consumer(Paint.PAINT, request -> taken.incrementAndGet()).completion()
        .onComplete(test.succeeding(silent -> vertx.runOnContext(onLoop ->
            Paint.send(vertx, canvas, new DeliveryOptions().setSendTimeout(300), 2)
                .onComplete(test.failing(error -> test.verify(() -> {
                  assertThat(taken).as("sent twice, to the only painter there is").hasValue(2);
                  assertThat(error).isInstanceOf(ReplyException.class)
                      .extracting(e -> ((ReplyException) e).failureType()).isEqualTo(ReplyFailure.TIMEOUT);
                  test.completeNow();
                }))))));
  }

  /**
   * Heavy paint: two painters paint two canvases at once, each on its own event loop (their paints
   * overlap in time, on two threads); one painter paints them one after the other. The order of the
   * events decides, not the wall clock: a busy machine slows both.
   */
  @Test
  void paintersOnEveryCorePaintAtOnceAndOnePainterPaintsOneAfterAnother() {
    String[] heavy = paintings(2, "--work", "300000000", "--timeout", "10s");
    StyleRun.warmUp("event-bus", Main::paint);
    StyleRun two = StyleRun.withOptions("event-bus", Main::paint, new PainterOptions(), Expect.with(heavy, "--painters", "2"));
    StyleRun one = StyleRun.withOptions("event-bus", Main::paint, new PainterOptions(), Expect.with(heavy, "--painters", "1"));
    Expect.endedWell(two);
    Expect.endedWell(one);
    assertThat(paintsOverlap(two.timeline())).as("two painters: the two paints overlap, on two threads").isTrue();
    assertThat(two.timeline().threadNames()).hasSize(2);
    assertThat(paintsOverlap(one.timeline())).as("one painter: one paint after the other, on one thread").isFalse();
    assertThat(one.timeline().threadNames()).hasSize(1);
  }

  @Test
  void theMainDeploysAPainterPerCoreByDefault() {
    StyleRun run = StyleRun.of("event-bus", Main::paint, paintings(6));
    Expect.endedWell(run);
    assertThat(run.timeline().threadNames()).as("6 canvases spread over a painter per core (%d)", CORES)
        .hasSize(Math.min(6, CORES)).allMatch(name -> name.startsWith("vert.x-eventloop-thread-"));
  }

  @Test
  void badPaintersAreRefusedInOneLine() {
    StyleRun run = StyleRun.withOptions("event-bus", Main::paint, new PainterOptions(), "--painters", "0");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: --painters 0: must be at least 1").contains("usage: event-bus [options]");
    assertThat(StyleRun.withOptions("event-bus", Main::paint, new PainterOptions(), "--help").out())
        .contains("--painters=N");
  }

  /** {@link Expect#SHORT}'s settings with {@code n} paintings, and {@code more}. */
  static String[] paintings(int n, String... more) {
    String[] args = Expect.shortWith(more);
    args[1] = String.valueOf(n);
    return args;
  }

  private static boolean paintsOverlap(Timeline timeline) {
    Lane a = timeline.lanes().get(0);
    Lane b = timeline.lanes().get(1);
    return a.paintStart() < b.paintEnd() && b.paintStart() < a.paintEnd();
  }
}
