package paint.stage;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import paint.common.CanvasEvents;
import paint.common.Settings;
import paint.stage.Timeline.Outcome;

/**
 * What every {@code Main} does around its style: read the options, run the style, then print the
 * timeline, what went wrong, and the summary line {@code <style>: <N> paintings in <S.SS> s}. The exit
 * status is 0 when every canvas dried, 1 when any failed or timed out, 2 for bad options, and 130
 * when Ctrl-C interrupted the run.
 */
public final class Runner {

  /** A style's paintings, as its {@code Main}'s {@code paint} method runs them. */
  @FunctionalInterface
  public interface Painting {
    void paint(Run run) throws Exception;
  }

  /** How a run ended: its exit status, its timeline, how long the paintings took, and the most heap they used. */
  public record Result(int status, Timeline timeline, Duration elapsed, long peakHeap) { }

  /** The exit status of a run that Ctrl-C interrupted: 128 + SIGINT, as shells report it. */
  public static final int INTERRUPTED = 130;

  /** How long a run has, after Ctrl-C, to stop its event loop and print what it has. */
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  private static final int PROBLEMS_SHOWN = 10;

  private Runner() { }

  /** Runs {@code style} with the command line's options and exits with its status. */
  public static void main(String style, String[] args, Painting paint) {
    main(style, args, paint, result -> { });
  }

  /** {@link #main(String, String[], Painting)}, handing the result to {@code then} before the exit. */
  public static void main(String style, String[] args, Painting paint, Consumer<Result> then) {
    main(style, args, paint, null, then);
  }

  /**
   * {@link #main(String, String[], Painting)} for a style with options of its own: {@code styleOptions}
   * has them as picocli-annotated fields, which the command line fills and {@code --help} lists beside
   * the options every style takes; the style reads them with {@link Run#options(Class)}.
   */
  public static void main(String style, String[] args, Painting paint, Object styleOptions) {
    main(style, args, paint, null, result -> { }, styleOptions);
  }

  /**
   * {@link #main(String, String[], Painting, Consumer)}, with a {@code watcher} that is given the settings
   * when the canvases are made and returns a listener that hears every canvas event as it happens.
   */
  public static void main(String style, String[] args, Painting paint, Function<Settings, CanvasEvents> watcher,
      Consumer<Result> then) {
    main(style, args, paint, watcher, then, null);
  }

  private static void main(String style, String[] args, Painting paint, Function<Settings, CanvasEvents> watcher,
      Consumer<Result> then, Object styleOptions) {
    CountDownLatch finished = new CountDownLatch(1);
    onCtrlC(Thread.currentThread(), finished);
    Result result = run(style, args, System.out, System.err, paint, SLACK, watcher, styleOptions);
    then.accept(result);
    finished.countDown();
    System.exit(result.status());
  }

  /**
   * On Ctrl-C, interrupts {@code main} and gives it time to finish (to count down {@code finished})
   * before the JVM exits with {@link #INTERRUPTED}.
   */
  public static void onCtrlC(Thread main, CountDownLatch finished) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      main.interrupt(); // nothing happens if main is already done and exiting
      try {
        finished.await(STOP_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "ctrl-c"));
  }

  /** How much longer than its drying time and its time-out a run waits for its paintings before it gives up. */
  public static final Duration SLACK = Duration.ofSeconds(60);

  /** Runs {@code style} with {@code args}, printing to {@code out} and {@code err}. */
  public static Result run(String style, String[] args, PrintStream out, PrintStream err, Painting paint) {
    return run(style, args, out, err, paint, SLACK, null);
  }

  /** {@link #run(String, String[], PrintStream, PrintStream, Painting)}, giving up after {@code slack} more. */
  public static Result run(String style, String[] args, PrintStream out, PrintStream err, Painting paint,
      Duration slack) {
    return run(style, args, out, err, paint, slack, null);
  }

  /**
   * {@link #run(String, String[], PrintStream, PrintStream, Painting, Duration)}, watched as it goes if
   * {@code watcher} is not null.
   */
  public static Result run(String style, String[] args, PrintStream out, PrintStream err, Painting paint,
      Duration slack, Function<Settings, CanvasEvents> watcher) {
    return run(style, args, out, err, paint, slack, watcher, null);
  }

  /**
   * {@link #run(String, String[], PrintStream, PrintStream, Painting, Duration, Function)} for a style with
   * options of its own, read into {@code styleOptions} (see {@link #main(String, String[], Painting, Object)}).
   */
  public static Result run(String style, String[] args, PrintStream out, PrintStream err, Painting paint,
      Duration slack, Function<Settings, CanvasEvents> watcher, Object styleOptions) {
    Options options = new Options();
    Cli cli = styleOptions == null ? new Cli(style, options) : new Cli(style, options, styleOptions);
    Settings settings;
    try {
      if (!cli.parse(args)) {
        out.println(cli.usage());
        return new Result(0, null, Duration.ZERO, 0);
      }
      settings = options.settings();
    } catch (BadOption e) {
      return refuse(e, cli, err);
    }

    Run run = new Run(style, settings, out, slack, watcher, styleOptions);
    String error = null;
    boolean interrupted = false;
    try {
      paint.paint(run);
    } catch (BadOption e) {
      return refuse(e, cli, err); // the style refused the settings before painting anything
    } catch (InterruptedException e) {
      interrupted = true;
    } catch (ExecutionException e) {
      error = String.valueOf(e.getCause());
    } catch (IllegalStateException e) {
      error = e.getMessage();
    } catch (Exception e) {
      error = e.toString();
    }
    interrupted |= Thread.interrupted(); // a blocking style keeps the interrupt, and stops painting

    Timeline timeline = run.timeline() != null ? run.timeline() : new Timeline(settings.paintings());
    out.println(TimelineChart.render(timeline));
    problems(timeline).forEach(out::println);
    if (error != null) {
      err.println("error: " + style + ": " + error);
    }
    Duration took = run.elapsed();
    out.println(summary(style, timeline, took, interrupted));
    out.flush();
    boolean allDry = error == null && timeline.count(Outcome.DRY) == settings.paintings();
    int status = interrupted ? INTERRUPTED : allDry ? 0 : 1;
    return new Result(status, timeline, took, run.peakHeap());
  }

  private static Result refuse(BadOption e, Cli cli, PrintStream err) {
    err.println("error: " + e.getMessage());
    err.println(cli.usage());
    return new Result(2, null, Duration.ZERO, 0);
  }

  /**
   * The summary line, the last one every run prints: {@code futures: 3 paintings in 2.01 s}, then what
   * went wrong, {@code (1 failed, 1 timed out)}, or {@code (interrupted)}.
   */
  public static String summary(String style, Timeline timeline, Duration took, boolean interrupted) {
    String line = String.format(Locale.ROOT, "%s: %d %s in %s", style, timeline.paintings(),
        timeline.paintings() == 1 ? "painting" : "paintings", Format.seconds(took.toNanos()));
    String problems = interrupted ? "interrupted" : timeline.problems();
    return problems.isEmpty() ? line : line + " (" + problems + ")";
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
      lines.add(Format.whatBecameOf(timeline, n));
    }
    if (count > PROBLEMS_SHOWN) {
      lines.add("... and " + (count - PROBLEMS_SHOWN) + " more canvases that did not dry");
    }
    return lines;
  }
}
