package paint.common;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import paint.common.Settings.BadOption;
import paint.common.Settings.Extra;
import paint.common.Timeline.Outcome;

/**
 * What every main does around its style: read the options, paint every canvas under the timing
 * wrapper, then print the timeline, what went wrong, and the summary line
 * {@code <style>: <N> paintings in <S.SS> s}. The exit status is 0 when every canvas dried, 1 when
 * any failed or timed out, and 2 for bad options.
 */
public final class Runner {

  /** A style that returns when every painting has an outcome (01-sequential). */
  @FunctionalInterface
  public interface Blocking {
    void paintAll(Settings settings, Timeline timeline) throws Exception;
  }

  /**
   * A style that paints on an event loop {@code L} (a Vert.x instance): it returns at once, with a
   * stage that completes when every painting has an outcome.
   */
  @FunctionalInterface
  public interface Async<L> {
    CompletionStage<Void> paintAll(L loop, Settings settings, Timeline timeline);
  }

  /** Refuses settings that a style cannot run, such as more threads than the machine has. */
  @FunctionalInterface
  public interface Check {
    void check(Settings settings) throws BadOption;
  }

  /** How a run ended: its exit status, and, when it ran, its timeline and how long it took. */
  public record Result(int status, Timeline timeline, Duration elapsed) { }

  /** The system property that asks for the run's figures in a file (the tour sets it). */
  public static final String REPORT_PROPERTY = "paint.report";

  /** How long closing the event loop may take. */
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  private static final int PROBLEMS_SHOWN = 10;

  /**
   * Paints a timeline made by {@code start}, handing the time it took to {@code elapsed}; the
   * timeline is made, and the clock started, once everything the style needs is ready.
   */
  private interface Job {
    void run(Settings settings, Supplier<Timeline> start, Consumer<Duration> elapsed, Duration patience)
        throws Exception;
  }

  private final String style;
  private final Job job;
  private Set<Extra> extras = EnumSet.noneOf(Extra.class);
  private Check check = settings -> { };
  private Duration patience;

  private Runner(String style, Job job) {
    this.style = style;
    this.job = job;
  }

  /** A blocking style, timed with {@link Timed#call}. */
  public static Runner blocking(String style, Blocking paintAll) {
    return new Runner(style, (settings, start, elapsed, patience) -> {
      Timeline[] timeline = new Timeline[1];
      Callable<Void> paint = () -> {
        paintAll.paintAll(settings, timeline[0]);
        return null;
      };
      timeline[0] = start.get();
      Timed.call(paint, elapsed);
    });
  }

  /**
   * An asynchronous style, timed with {@link Timed#stage}. Its event loop is started before the
   * clock starts, so that the time is the paintings' alone, and stopped once they are done.
   */
  public static <L> Runner async(String style, Supplier<L> startLoop, Async<L> paintAll,
      Function<L, CompletionStage<?>> stopLoop) {
    return new Runner(style, (settings, start, elapsed, patience) -> {
      L loop = startLoop.get();
      try {
        Timeline[] timeline = new Timeline[1];
        Supplier<CompletionStage<Void>> paint = () -> paintAll.paintAll(loop, settings, timeline[0]);
        timeline[0] = start.get();
        Timed.stage(paint, elapsed)
            .toCompletableFuture()
            .get(patience.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        throw new IllegalStateException("did not finish within " + Settings.format(patience)
            + ": a painting never completed", e);
      } finally {
        stopLoop.apply(loop).toCompletableFuture().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    });
  }

  /** Options that this style takes beyond the shared ones. */
  public Runner extras(Extra... more) {
    extras = EnumSet.copyOf(Arrays.asList(more));
    return this;
  }

  /** How long an asynchronous style may take before the run gives up; by default {@link #patience}. */
  public Runner giveUpAfter(Duration limit) {
    patience = limit;
    return this;
  }

  /** A check that refuses settings before anything is painted. */
  public Runner check(Check refuse) {
    check = refuse;
    return this;
  }

  /** Runs the style with the command line's options and exits with its status. */
  public void main(String[] args) {
    System.exit(run(args, System.out, System.err).status());
  }

  /** Runs the style with {@code args}, printing to {@code out} and {@code err}. */
  public Result run(String[] args, PrintStream out, PrintStream err) {
    Settings settings;
    try {
      settings = Settings.parse(List.of(args), extras);
      check.check(settings);
    } catch (BadOption e) {
      err.println("error: " + e.getMessage());
      err.println(Settings.usage(style, extras));
      return new Result(2, null, null);
    }
    if (settings.help()) {
      out.println(Settings.usage(style, extras));
      return new Result(0, null, null);
    }
    out.printf("%s: %d %s, %s to dry, checked every %s%n", style, settings.paintings(),
        settings.paintings() == 1 ? "canvas" : "canvases", Settings.format(settings.dry()),
        Settings.format(settings.poll()));
    out.flush();

    List<MemoryPoolMXBean> heap = RunReport.heapPools();
    AtomicReference<Timeline> started = new AtomicReference<>();
    AtomicReference<Duration> elapsed = new AtomicReference<>();
    String error = null;
    try {
      job.run(settings, () -> {
        // What the style needs is ready (Vert.x started): count only the heap the paintings use.
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        started.set(new Timeline(settings.paintings()));
        return started.get();
      }, elapsed::set, patience != null ? patience : patience(settings));
    } catch (ExecutionException e) {
      error = String.valueOf(e.getCause());
    } catch (IllegalStateException e) {
      error = e.getMessage();
    } catch (Exception e) {
      error = e.toString();
    }
    long peakHeap = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    Timeline timeline = started.get() != null ? started.get() : new Timeline(settings.paintings());

    out.println(TimelineChart.render(timeline));
    problems(timeline).forEach(out::println);
    if (error != null) {
      err.println("error: " + style + ": " + error);
    }
    Duration took = elapsed.get() != null ? elapsed.get() : Duration.ZERO;
    out.println(summary(style, timeline, took));
    out.flush();
    boolean allDry = error == null && timeline.count(Outcome.DRY) == settings.paintings();
    int status = allDry ? 0 : 1;
    report(timeline, took, peakHeap, status);
    return new Result(status, timeline, took);
  }

  /** The summary line, the last one every main prints: {@code futures: 3 paintings in 2.01 s}. */
  public static String summary(String style, Timeline timeline, Duration took) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %d %s in %.2f s", style,
        timeline.paintings(), timeline.paintings() == 1 ? "painting" : "paintings",
        took.toNanos() / 1e9));
    List<String> wrong = new ArrayList<>();
    if (timeline.count(Outcome.FAILED) > 0) {
      wrong.add(timeline.count(Outcome.FAILED) + " failed");
    }
    if (timeline.count(Outcome.TIMED_OUT) > 0) {
      wrong.add(timeline.count(Outcome.TIMED_OUT) + " timed out");
    }
    if (timeline.unsettled() > 0) {
      wrong.add(timeline.unsettled() + " never finished");
    }
    if (!wrong.isEmpty()) {
      line.append(" (").append(String.join(", ", wrong)).append(')');
    }
    return line.toString();
  }

  /** A line for each canvas that did not dry, at most {@value #PROBLEMS_SHOWN} of them. */
  static List<String> problems(Timeline timeline) {
    List<String> lines = new ArrayList<>();
    int count = 0;
    for (int n = 1; n <= timeline.paintings(); n++) {
      Outcome outcome = timeline.outcome(n);
      if (outcome == Outcome.DRY) {
        continue;
      }
      if (++count > PROBLEMS_SHOWN) {
        continue;
      }
      lines.add(outcome == Outcome.FAILED ? "canvas " + n + " failed: " + timeline.failure(n)
          : outcome == Outcome.TIMED_OUT
              ? String.format(Locale.ROOT, "canvas %d timed out after %.2f s", n,
                  timeline.lifetimeNanos(n) / 1e9)
              : "canvas " + n + " never finished");
    }
    if (count > PROBLEMS_SHOWN) {
      lines.add("... and " + (count - PROBLEMS_SHOWN) + " more canvases that did not dry");
    }
    return lines;
  }

  /** How long an async style may take before the run is declared stuck: far more than it needs. */
  public static Duration patience(Settings settings) {
    long paintNanos = 2 * settings.work() * settings.paintings();
    return settings.timeout().plus(settings.dry()).plusSeconds(60).plusNanos(paintNanos);
  }

  /** Writes the run's figures where the tour asked for them (the system property {@value #REPORT_PROPERTY}). */
  private void report(Timeline timeline, Duration took, long peakHeap, int status) {
    String file = System.getProperty(REPORT_PROPERTY);
    if (file == null) {
      return;
    }
    try {
      RunReport.write(Path.of(file), style, timeline, took, peakHeap, status);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
