package paint.testing;

import static java.util.concurrent.TimeUnit.HOURS;
import static java.util.concurrent.TimeUnit.MILLISECONDS;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import paint.common.Canvas;
import paint.common.Settings;
import paint.stage.Format;
import paint.stage.Run;
import paint.stage.Timeline;

/**
 * Runs a Vert.x style on a fresh Vert.x whose BlockedThreadChecker is strict: it warns as soon as
 * one task keeps an event loop for more than {@link #MAX_EVENT_LOOP_TIME}. Returns the timeline,
 * how long the paintings took, and what Vert.x logged meanwhile.
 *
 * <p>The limit lies halfway between what the lesson tells apart: a healthy task holds the loop for
 * milliseconds (a busy laptop may stretch that to a hundred), a blocking mistake for a poll interval
 * ({@link Expect#POLL_800MS}: 800 ms) or for a drying time. Vert.x's own default is 2 s.
 */
public final class OnVertx {

  /** A fifth of the 2 s default: half the poll interval of {@link Expect#POLL_800MS}. */
  public static final Duration MAX_EVENT_LOOP_TIME = Duration.ofMillis(400);

  private static final java.util.concurrent.atomic.AtomicBoolean WARM = new java.util.concurrent.atomic.AtomicBoolean();

  /** A style's paintings on a given Vert.x: a future that completes when every canvas has an outcome. */
  @FunctionalInterface
  public interface VertxStyle {
    Future<?> paintAll(Vertx vertx, List<Canvas> canvases, Settings settings);
  }

  /** What a run left behind. */
  public record Result(Timeline timeline, Duration elapsed, List<String> blockedThreadWarnings,
      List<String> unhandledExceptions) { }

  private OnVertx() { }

  /**
   * Paints default canvases here until the paint is warm, so that the JIT has compiled the paint loop:
   * the first paints of a JVM take several times a warm one (15 to 63 ms against 10 to 14 ms here, idle:
   * {@code java -cp tour/target/tour.jar bench/PaintTimes.java}), and the strict checker would blame the
   * style for the JIT. Warm means no paint has been faster than the fastest so far for a second (at
   * least 20 paints): a paint that runs interpreted is as steady as a compiled one, only slower, so it
   * waits for the speed-up to stop. At most 5 s (a busy machine), once per JVM.
   */
  public static void warmUp() {
    if (!WARM.compareAndSet(false, true)) {
      return;
    }
    long fastest = Long.MAX_VALUE;
    long fastestAt = System.nanoTime();
    long giveUpAt = fastestAt + 5_000_000_000L;
    int painted = 0;
    for (Canvas canvas : new Timeline(1_000).canvases(Settings.defaults())) {
      long start = System.nanoTime();
      canvas.paint();
      long took = System.nanoTime() - start;
      painted++;
      if (took < fastest * 4 / 5) { // a real speed-up, not noise
        fastestAt = System.nanoTime();
      }
      fastest = Math.min(fastest, took);
      long now = System.nanoTime();
      if (painted >= 20 && now - fastestAt > 1_000_000_000L || now - giveUpAt >= 0) {
        return;
      }
    }
  }

  /** The options of a Vert.x that warns about any task that keeps an event loop for {@link #MAX_EVENT_LOOP_TIME}. */
  public static VertxOptions strictOptions() {
    return strictOptions(MAX_EVENT_LOOP_TIME);
  }

  /** The options of a Vert.x that warns about any task that keeps an event loop for {@code limit}. */
  public static VertxOptions strictOptions(Duration limit) {
    return new VertxOptions()
        .setMaxEventLoopExecuteTime(limit.toMillis())
        .setMaxEventLoopExecuteTimeUnit(MILLISECONDS)
        .setBlockedThreadCheckInterval(20)
        .setBlockedThreadCheckIntervalUnit(MILLISECONDS)
        .setWarningExceptionTime(1)
        .setWarningExceptionTimeUnit(HOURS); // the warning line, without a stack trace
  }

  /** Runs {@code style} with {@code settings}; fails if it does not finish in good time. */
  public static Result run(VertxStyle style, Settings settings) throws Exception {
    warmUp();
    Vertx vertx = Vertx.vertx(strictOptions());
    try (VertxLog log = VertxLog.capture()) {
      Timeline timeline = new Timeline(settings.paintings());
      long start = System.nanoTime();
      Duration patience = Run.patience(settings, Expect.SLACK);
      try {
        style.paintAll(vertx, timeline.canvases(settings), settings).toCompletionStage().toCompletableFuture()
            .get(patience.toMillis(), MILLISECONDS);
      } catch (TimeoutException e) {
        throw new AssertionError("the paintings did not finish within " + Format.duration(patience) + ": "
            + Format.neverCompleted(timeline, settings.poll()), e);
      } catch (ExecutionException e) {
        throw new AssertionError("paintAll's future failed (" + e.getCause() + "): a painting's failure belongs to its"
            + " canvas (canvas.failed), and the paintings as a whole succeed once every painting has ended, even when"
            + " one failed", e.getCause());
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      vertx.close().toCompletionStage().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
      return new Result(timeline, elapsed, log.blockedThreadWarnings(), log.unhandledExceptions());
    } finally {
      vertx.close();
    }
  }
}
