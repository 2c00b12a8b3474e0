package paint.eventbus;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import paint.common.Canvas;
import paint.common.Settings;
import paint.eventbus.stage.CanvasCodec;
import paint.eventbus.stage.PainterOptions;
import paint.stage.Format;
import paint.stage.Lane;
import paint.stage.Lane.Kind;
import paint.stage.Run;
import paint.stage.Timeline;
import paint.stage.Timeline.Outcome;
import paint.testing.Expect;
import paint.testing.StyleRun;
import paint.testing.VertxStyleContract;

/**
 * The shared contract of the Vert.x styles (see {@link VertxStyleContract}), with painters on every core,
 * and what is particular to the event bus: a request per canvas, answered once by a painter on an event loop
 * of its own, with a code and a text when it fails (exercise 06.1); a canvas that no painter answered for,
 * sent again, and a painter's failure reported as it is (exercise 06.2); heavy paint on every core at once.
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

  // Exercise 06.1, the painter's side: the requests are sent here, with no second try, so that these tests
  // score the painter alone (they run first: see paint.testing.FailFast).

  /**
   * Exercise 06.1: a painter paints the canvas of a request on its event loop, checks it every {@code --poll}
   * of the canvas's own settings, and answers once, when it is dry. A painter that never answers is heard
   * within seconds: the request's own time-out, as patient as the other styles' tests with their paintings.
   */
  @Test
  @Order(1)
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void aPainterPaintsTheCanvasOfARequestAndAnswersOnceItIsDry(Vertx vertx, VertxTestContext test) {
    Settings one = Expect.settings(paintings(1));
    Timeline timeline = new Timeline(1);
    Canvas canvas = timeline.canvases(one).get(0);
    Traffic traffic = Traffic.on(vertx);
    Expect.sayWhatThrew(vertx, test);
    DeliveryOptions patient = new DeliveryOptions().setSendTimeout(Run.patience(one, Expect.SLACK).toMillis());
    deployPainters(vertx, 1).onComplete(test.succeeding(deployed -> vertx.runOnContext(onLoop ->
        vertx.eventBus().request(Paint.PAINT, canvas, patient).onComplete((reply, error) -> test.verify(() -> {
          assertThat(error).as("canvas 1 %s, and its painter %s: once the painting has ended, answer the request,"
              + " with a success when the canvas is dry", became(timeline, 1), answered(error)).isNull();
          assertThat(timeline.outcome(1)).as("the painter answered the request for canvas 1 before the canvas was"
              + " dry (%s): answer once the painting's future has completed, not once it has started",
              became(timeline, 1)).isEqualTo(Outcome.DRY);
          Lane lane = timeline.lanes().get(0);
          assertThat(lane.threads()).as("painted and checked by the painter, on its event loop").singleElement()
              .asString().startsWith("vert.x-eventloop-thread-");
          Duration poll = one.poll();
          Duration theTalks = Settings.defaults().poll();
          assertThat(Duration.ofNanos(shortestGapBetweenChecks(lane))).as("canvas 1 was checked every %s or more,"
              + " not every --poll of its run (%s): paint and check it with the settings that came with it, the"
              + " canvas's own", Format.seconds(shortestGapBetweenChecks(lane)), Format.duration(poll))
              .isLessThan(poll.plus(theTalks).dividedBy(2));
          answeredOnceEach(vertx, test, traffic, one, 1);
        })))));
  }

  /**
   * Exercise 06.1 too: a painter fails the request of a canvas that tore with {@code FAILED} and the tear's
   * text, and that of a canvas that timed out with {@code TIMED_OUT}: only a code and a text cross the event
   * bus. Each request gets one answer.
   */
  @Test
  @Order(2)
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void aPainterAnswersAFailureWithItsCodeAndItsText(Vertx vertx, VertxTestContext test) {
    Settings settings = Expect.settings(paintings(2, "--fail", "1", "--stuck", "2", "--timeout", "300ms"));
    Timeline timeline = new Timeline(2);
    List<Canvas> canvases = timeline.canvases(settings);
    Traffic traffic = Traffic.on(vertx);
    Expect.sayWhatThrew(vertx, test);
    DeliveryOptions patient = new DeliveryOptions().setSendTimeout(Run.patience(settings, Expect.SLACK).toMillis());
    deployPainters(vertx, 1).onComplete(test.succeeding(deployed -> vertx.runOnContext(onLoop -> {
      Future<?> torn = vertx.eventBus().request(Paint.PAINT, canvases.get(0), patient);
      Future<?> stuck = vertx.eventBus().request(Paint.PAINT, canvases.get(1), patient);
      Future.join(torn, stuck).onComplete(both -> test.verify(() -> {
        assertThat(failureType(torn.cause())).as("canvas 1 tore, and its painter %s: when the painting fails, fail"
            + " the request with a code and the error's text, so that the sender can report it", answered(torn.cause()))
            .isEqualTo(ReplyFailure.RECIPIENT_FAILURE);
        ReplyException tore = (ReplyException) torn.cause();
        assertThat(tore.failureCode()).as("canvas 1 tore, and its painter failed the request with code %d: a tear"
            + " is FAILED (%d); TIMED_OUT (%d) is for a canvas that did not dry in time", tore.failureCode(),
            Paint.FAILED, Paint.TIMED_OUT).isEqualTo(Paint.FAILED);
        assertThat(tore.getMessage()).as("canvas 1 tore, and its painter failed the request with the text \"%s\":"
            + " give the error's own message, \"canvas 1 tore\", which the sender reports with its canvas",
            tore.getMessage()).isEqualTo("canvas 1 tore");
        assertThat(failureType(stuck.cause())).as("canvas 2 never dries, and its painter %s: when the painting"
            + " times out, at --timeout (%s), fail the request with a code that says so", answered(stuck.cause()),
            Format.duration(settings.timeout())).isEqualTo(ReplyFailure.RECIPIENT_FAILURE);
        assertThat(((ReplyException) stuck.cause()).failureCode()).as("canvas 2 timed out on its painter, which %s:"
            + " only a code and a text cross the event bus, so the code must say a time-out, TIMED_OUT (%d), or"
            + " the sender reports the canvas failed instead of timed out", answered(stuck.cause()), Paint.TIMED_OUT)
            .isEqualTo(Paint.TIMED_OUT);
        answeredOnceEach(vertx, test, traffic, settings, 1, 2);
      }));
    })));
  }

  /** Canvas {@code n}'s state, in words: {@code dried}, {@code was never painted}, {@code was checked 2 times, still wet}. */
  private static String became(Timeline timeline, int n) {
    Outcome outcome = timeline.outcome(n);
    if (outcome != null) {
      return outcome == Outcome.DRY ? "dried" : Format.whatBecameOf(timeline, n).replaceFirst("canvas \\d+ ", "");
    }
    return !timeline.paintBegun(n) ? "was never painted" : timeline.checks(n) == 0 ? "was painted, but never checked"
        : "was checked " + timeline.checks(n) + (timeline.checks(n) == 1 ? " time" : " times") + ", still wet";
  }

  /** What a painter answered to a request that ended with {@code error}, in words. */
  private static String answered(Throwable error) {
    if (error == null) {
      return "answered the request with a success";
    }
    if (error instanceof ReplyException failure) {
      return switch (failure.failureType()) {
        case TIMEOUT -> "never answered the request (it timed out)";
        case RECIPIENT_FAILURE -> "failed the request with code " + failure.failureCode() + " and the text \""
            + failure.getMessage() + "\"";
        default -> "did not get the request (" + said(failure) + ")";
      };
    }
    return "ended the request with " + said(error);
  }

  /** The type of a request's failure, or null when it is none (a success, or not a {@code ReplyException}). */
  private static ReplyFailure failureType(Throwable error) {
    return error instanceof ReplyException failure ? failure.failureType() : null;
  }

  /**
   * A failure, in words: {@code a ReplyException of type TIMEOUT}, {@code ... of type RECIPIENT_FAILURE (code 2,
   * "canvas 2 tore")}, {@code a TimeoutException}; {@code a success} for none.
   */
  private static String said(Throwable error) {
    if (error == null) {
      return "a success";
    }
    if (error instanceof ReplyException failure) {
      String of = "a ReplyException of type " + failure.failureType();
      return switch (failure.failureType()) {
        case TIMEOUT, NO_HANDLERS -> of;
        case RECIPIENT_FAILURE -> of + " (code " + failure.failureCode() + ", \"" + failure.getMessage() + "\")";
        default -> of + " (\"" + failure.getMessage() + "\")";
      };
    }
    String name = error.getClass().getSimpleName();
    return ("AEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name
        + (error.getMessage() == null ? "" : " (\"" + error.getMessage() + "\")");
  }

  /** How many times, in words: {@code not once}, {@code once}, {@code twice}, {@code 3 times}. */
  private static String times(int n) {
    return switch (n) {
      case 0 -> "not once";
      case 1 -> "once";
      case 2 -> "twice";
      default -> n + " times";
    };
  }

  /** The shortest time between two checks of a canvas, in nanoseconds; when it was checked once, its whole life. */
  private static long shortestGapBetweenChecks(Lane lane) {
    List<Long> checks = lane.marks().stream().filter(mark -> mark.kind() == Kind.WET || mark.kind() == Kind.DRY)
        .map(Lane.Mark::at).toList();
    long shortest = lane.end() - lane.paintStart();
    for (int i = 1; i < checks.size(); i++) {
      shortest = Math.min(shortest, checks.get(i) - checks.get(i - 1));
    }
    return shortest;
  }

  /**
   * A poll after the first answers, canvases {@code numbers} were answered once each: a second answer never
   * reaches the sender, who took the first, but the interceptor sees it. Completes {@code test}.
   */
  private static void answeredOnceEach(Vertx vertx, VertxTestContext test, Traffic traffic, Settings settings,
      int... numbers) {
    vertx.setTimer(settings.poll().toMillis(), later -> test.verify(() -> {
      for (int n : numbers) {
        assertThat(traffic.answers(n)).as("the painter answered the request for canvas %d %s (%s): answer once,"
            + " when the painting has ended; the sender takes the first answer, and the others find nobody waiting",
            n, times(traffic.answers(n).size()), String.join(", then ", traffic.answers(n))).hasSize(1);
      }
      test.completeNow();
    }));
  }

  // Exercise 06.2, the sender: send, with the painter of 06.1 (or a fake one that never answers, or was lost).
  // Before the style contract, so that a mistake in send is told in a sentence about send.

  /**
   * The request's time-out when a painter never answers, shorter than Vert.x's 30 s: five times what a painter
   * takes to answer for a canvas of {@link #SHORT}, so that a busy machine's painter still answers in time.
   */
  private static final Duration NO_ANSWER_AFTER = Duration.ofSeconds(2);
  /** What a sender does with each kind of failed request; the sentences below end with it. */
  private static final String ONLY_UNANSWERED = "a painter's failure (RECIPIENT_FAILURE) is its answer, to report"
      + " with the canvas as it is; only a request that no painter answered (any other type) is sent again";

  /**
   * Exercise 06.2: a painter's failure is the painter's answer: send reports it with its canvas (a tear with
   * its text, a time-out as a {@code TimeoutException}), and does not send the canvas again.
   */
  @Test
  @Order(3)
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void aPaintersFailureIsReportedWithItsCanvasAndNotSentAgain(Vertx vertx, VertxTestContext test) {
    Settings settings = Expect.settings(paintings(2, "--fail", "1", "--stuck", "2", "--timeout", "300ms"));
    List<Canvas> canvases = new Timeline(2).canvases(settings);
    Traffic traffic = Traffic.on(vertx);
    DeliveryOptions request = new DeliveryOptions().setSendTimeout(Run.patience(settings, Expect.SLACK).toMillis());
    deployPainters(vertx, 1).onComplete(test.succeeding(deployed -> vertx.runOnContext(onLoop -> {
      List<Future<Void>> sends = sends(vertx, test, traffic, canvases, request, 2);
      Future.join(sends).onComplete(both -> test.verify(() -> {
        for (int n = 1; n <= 2; n++) {
          assertThat(traffic.requests(n)).as("canvas %d %s on its painter, and send sent it %s: %s", n,
              n == 1 ? "tore" : "timed out", times(traffic.requests(n)), ONLY_UNANSWERED).isEqualTo(1);
        }
        Throwable tore = sends.get(0).cause();
        assertThat(tore).as("canvas 1 tore on its painter, yet send's future succeeded: fail it with the painter's"
            + " failure, so that paintAll reports it with its canvas").isNotNull();
        assertThat(tore.getMessage()).as("canvas 1 tore on its painter, and send failed with %s: fail with the"
            + " painter's failure as it is, whose text, \"canvas 1 tore\", paintAll reports with the canvas", said(tore))
            .isEqualTo("canvas 1 tore");
        Throwable stuck = sends.get(1).cause();
        assertThat(stuck).as("canvas 2 timed out on its painter (code TIMED_OUT), but send %s: turn TIMED_OUT back"
            + " into a TimeoutException, so that paintAll reports the canvas timed out, not failed",
            stuck == null ? "succeeded" : "failed with " + said(stuck)).isInstanceOf(TimeoutException.class);
        test.completeNow();
      }));
    })));
  }

  /**
   * A painter that takes a canvas and never answers: it vanished. The request's own time-out fails it; the
   * sender sends the canvas again, and the next painter paints it.
   */
  @Test
  @Order(4)
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void aCanvasWhosePainterNeverAnswersIsSentAgainToAnother(Vertx vertx, VertxTestContext test) {
    sentAgainAfter(vertx, test, "never answered", request -> { }); // takes it, and is gone
  }

  /**
   * A painter whose node left the cluster: the cluster's stage fails the requests it held with a
   * {@code ReplyException} of type {@code ERROR} ({@code stage.Relay#lost}). The sender sends the canvas
   * again, and the next painter paints it.
   */
  @Test
  @Order(5)
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void aCanvasWhosePainterWasLostIsSentAgainToAnother(Vertx vertx, VertxTestContext test) {
    sentAgainAfter(vertx, test, "was lost (ERROR, as the cluster's stage says it)", request ->
        request.reply(new ReplyException(ReplyFailure.ERROR, -1, "its painter was lost: node 2 left the cluster")));
  }

  /**
   * Sends canvas 1 with two tries to a fake painter that does {@code first} with its request ({@code what}: how
   * it failed), then to a painter: it dries, sent twice.
   */
  private static void sentAgainAfter(Vertx vertx, VertxTestContext test, String what,
      io.vertx.core.Handler<Message<Canvas>> first) {
    Timeline timeline = new Timeline(1);
    Canvas canvas = timeline.canvases(SHORT).get(0);
    Traffic traffic = Traffic.on(vertx);
    AtomicInteger taken = new AtomicInteger();
    vertx.eventBus().registerDefaultCodec(Canvas.class, new CanvasCodec());
    vertx.eventBus().<Canvas>consumer(Paint.PAINT, request -> {
      taken.incrementAndGet();
      first.handle(request);
    }).completion()
        .compose(fake -> vertx.deployVerticle(new Painter())) // the painter after it, in the event bus's turn
        .onComplete(test.succeeding(deployed -> vertx.runOnContext(onLoop -> {
          DeliveryOptions request = new DeliveryOptions().setSendTimeout(NO_ANSWER_AFTER.toMillis());
          Future<Void> send = sends(vertx, test, traffic, List.of(canvas), request, 2).get(0);
          send.onComplete((dry, error) -> test.verify(() -> {
            assertThat(taken).as("the fake painter had canvas 1 first, in the event bus's turn").hasValue(1);
            assertThat(traffic.requests(1)).as("canvas 1's first painter %s, and send sent it %s, then %s: %s,"
                + " up to tries times in all (2 here)", what, times(traffic.requests(1)), error == null ? "succeeded"
                : "failed with " + said(error), ONLY_UNANSWERED).isEqualTo(2);
            assertThat(error).as("canvas 1 was sent to a second painter, yet send failed with %s", said(error)).isNull();
            assertThat(timeline.outcome(1)).as("send succeeded, yet canvas 1 %s", became(timeline, 1))
                .isEqualTo(Outcome.DRY);
            test.completeNow();
          }));
        })));
  }

  /** No painter answers at all: after its last try, the canvas fails with the last request's failure. */
  @Test
  @Order(6)
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void aCanvasThatNoPainterAnswersForFailsAfterItsLastTry(Vertx vertx, VertxTestContext test) {
    Traffic traffic = Traffic.on(vertx);
    vertx.eventBus().<Canvas>consumer(Paint.PAINT, request -> { // takes each request, and never answers
      if (traffic.requests(1) > 2) {
        test.failNow(new AssertionError("[canvas 1 was sent a third time to a painter that never answers: send it"
            + " tries times in all (2 here), then fail with the last request's failure]"));
      }
    }).completion().onComplete(test.succeeding(silent -> failsAfterTwoTries(vertx, test, traffic,
        ReplyFailure.TIMEOUT, "no painter ever answered for canvas 1")));
  }

  /** No painter listens: each request fails at once with {@code NO_HANDLERS}; the canvas is sent again all the same. */
  @Test
  @Order(7)
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void aCanvasThatNoPainterListensForIsSentAgainThenFails(Vertx vertx, VertxTestContext test) {
    failsAfterTwoTries(vertx, test, Traffic.on(vertx), ReplyFailure.NO_HANDLERS,
        "no painter listened for canvas 1 (NO_HANDLERS)");
  }

  /**
   * Sends canvas 1 with two tries of 300 ms, which no painter answers ({@code what}): it is sent twice, then
   * fails with the last request's failure, of type {@code type}.
   */
  private static void failsAfterTwoTries(Vertx vertx, VertxTestContext test, Traffic traffic, ReplyFailure type,
      String what) {
    Canvas canvas = new Timeline(1).canvases(SHORT).get(0);
    vertx.eventBus().registerDefaultCodec(Canvas.class, new CanvasCodec());
    DeliveryOptions request = new DeliveryOptions().setSendTimeout(300);
    vertx.runOnContext(onLoop -> sends(vertx, test, traffic, List.of(canvas), request, 2).get(0)
        .onComplete((dry, error) -> test.verify(() -> {
          assertThat(error).as("%s, yet send's future succeeded: after the last try, fail it, so that paintAll"
              + " reports the canvas failed", what).isNotNull();
          assertThat(traffic.requests(1)).as("%s, and send sent it %s, then failed: %s, up to tries times in all (2"
              + " here)", what, times(traffic.requests(1)), ONLY_UNANSWERED).isEqualTo(2);
          assertThat(failureType(error)).as("%s, and after its last try send failed with %s: fail with the last"
              + " request's own failure, a ReplyException of type %s, which says that no painter answered", what,
              said(error), type).isEqualTo(type);
          test.completeNow();
        })));
  }

  /**
   * Sends each of {@code canvases} with {@code tries}, from the event loop this runs on; and fails {@code test}
   * with a sentence when an exception escapes a handler, or when a send has not completed a second after its
   * tries' time-outs (a send that never completes would wait for the test's own time-out, and say less).
   */
  private static List<Future<Void>> sends(Vertx vertx, VertxTestContext test, Traffic traffic, List<Canvas> canvases,
      DeliveryOptions request, int tries) {
    Expect.sayWhatThrew(vertx, test);
    List<Future<Void>> sends = new ArrayList<>();
    for (Canvas canvas : canvases) {
      sends.add(Paint.send(vertx, canvas, request, tries));
    }
    Duration patience = Duration.ofMillis(request.getSendTimeout() * tries).plus(Expect.SLACK);
    vertx.setTimer(patience.toMillis(), late -> {
      for (int i = 0; i < sends.size(); i++) {
        int n = canvases.get(i).number();
        if (!sends.get(i).isComplete()) {
          test.failNow(new AssertionError("[send's future for canvas " + n + " never completed (within "
              + Format.duration(patience) + "; sent " + times(traffic.requests(n)) + ", answered "
              + times(traffic.answers(n).size()) + "): every path of send must end in a future that completes:"
              + " the painter's answer, the last failure, or the next try's]"));
          return;
        }
      }
    });
    return sends;
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
