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
 */
public final class OnVertx {

  /** Much less than the 2 s default, so that blocking the loop with a heavy paint shows up. */
  public static final Duration MAX_EVENT_LOOP_TIME = Duration.ofMillis(100);

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
   * Paints a few canvases here first, so that the JIT has compiled the paint loop: a cold first
   * painting can take ten times as long, and the strict checker would blame the style for it.
   */
  private static void warmUp() {
    new Timeline(5).canvases(Settings.defaults()).forEach(Canvas::paint);
  }

  /** The options of a Vert.x that warns about any task that keeps an event loop for 100 ms. */
  public static VertxOptions strictOptions() {
    return new VertxOptions()
        .setMaxEventLoopExecuteTime(MAX_EVENT_LOOP_TIME.toMillis())
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
      Duration patience = Run.patience(settings);
      try {
        style.paintAll(vertx, timeline.canvases(settings), settings).toCompletionStage().toCompletableFuture()
            .get(patience.toMillis(), MILLISECONDS);
      } catch (TimeoutException e) {
        throw new AssertionError("the paintings did not finish within " + Format.duration(patience), e);
      } catch (ExecutionException e) {
        throw new AssertionError("the paintings' future failed (" + e.getCause() + "): report each failure with its"
            + " canvas (canvas.failed), and let the paintings complete", e.getCause());
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      vertx.close().toCompletionStage().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
      return new Result(timeline, elapsed, log.blockedThreadWarnings(), log.unhandledExceptions());
    } finally {
      vertx.close();
    }
  }
}
