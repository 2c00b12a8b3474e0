package paint.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The talk's {@code @timed} decorator: wraps a call and reports how long it took.
 *
 * <p>An asynchronous call returns long before its work is done. Timing it with {@link #run} or
 * {@link #call} measures how long it took to <em>start</em> the work, about 0 ms; {@link #stage}
 * stops the clock when the returned stage <em>completes</em>.
 */
public final class Timed {

  /** Work that returns nothing and may throw, such as painting every canvas one after another. */
  @FunctionalInterface
  public interface Work {
    void run() throws Exception;
  }

  private Timed() { }

  /** Runs {@code work} and hands its duration to {@code report}, even when it throws. */
  public static void run(Work work, Consumer<Duration> report) throws Exception {
    call(() -> {
      work.run();
      return null;
    }, report);
  }

  /** Runs {@code call}, hands its duration to {@code report}, and returns its result. */
  public static <T> T call(Callable<T> call, Consumer<Duration> report) throws Exception {
    long start = System.nanoTime();
    try {
      return call.call();
    } finally {
      report.accept(Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /**
   * Starts {@code call} and reports its duration when the stage it returns completes, whether it
   * succeeds or fails. The stage it returns completes after the report.
   */
  public static <T> CompletionStage<T> stage(
      Supplier<? extends CompletionStage<T>> call, Consumer<Duration> report) {
    long start = System.nanoTime();
    return call.get()
        .whenComplete((value, error) -> report.accept(Duration.ofNanos(System.nanoTime() - start)));
  }
}
