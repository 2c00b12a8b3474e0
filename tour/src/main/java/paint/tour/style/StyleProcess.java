package paint.tour.style;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import paint.common.Settings;
import paint.eventbus.stage.Cluster;
import paint.stage.Options;
import paint.stage.Style;

/**
 * Runs one style in a JVM of its own, so that its time, threads and memory are its own and not what
 * an earlier style left behind. {@link OneStyle} runs it there and writes its figures to a file that the
 * tour reads. A JVM started here ends with its owner: when the run is interrupted or fails, it is stopped
 * as Ctrl-C would stop it, and killed if it has not ended {@value #KILL_AFTER_MS} ms later.
 */
public final class StyleProcess {

  /** How long a style's JVM has to stop after it is told to, before it is killed. */
  public static final long KILL_AFTER_MS = 5_000;

  /** How a style's run ended: its figures, or why there are none. */
  public record Outcome(Style style, RunReport report, String problem) {
    public boolean ran() {
      return report != null;
    }
  }

  /** A style's JVM, started: read its output from {@code process}, then {@link #finish} it. */
  public record Started(Style style, Process process, Path report, Path errors) { }

  private StyleProcess() { }

  /**
   * Runs {@code style}, copying its output to {@code out} as it comes, unless {@code quiet}, and what it wrote
   * on standard error to {@code err} once it has ended. Interrupted, or failing to copy, it stops the style's
   * JVM (see {@link #stop}) before it throws.
   */
  public static Outcome run(Style style, Settings settings, PrintStream out, PrintStream err, boolean quiet)
      throws IOException, InterruptedException {
    Started started = start(style, settings, false, quiet);
    Process process = started.process();
    AtomicReference<RuntimeException> copyFailed = new AtomicReference<>();
    // A thread of its own copies the output, so that this one waits where an interrupt reaches it.
    Thread copier = quiet ? null : new Thread(() -> {
      try (BufferedReader lines = process.inputReader()) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          out.println(line);
        }
      } catch (IOException | RuntimeException e) {
        copyFailed.set(e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e);
        stop(process);
      }
    }, "copy-" + style.name());
    try {
      if (copier != null) {
        copier.setDaemon(true);
        copier.start();
      }
      process.waitFor();
      if (copier != null) {
        copier.join(); // the last lines, which the JVM wrote just before it ended
      }
      if (copyFailed.get() != null) {
        throw copyFailed.get();
      }
      return finish(started, err::println);
    } finally {
      if (process.isAlive()) { // interrupted, or failed: it stops with its owner, what it printed meanwhile copied
        stop(process);
        joinForAWhile(copier);
      }
      forget(started);
    }
  }

  /**
   * Starts {@code style}'s JVM; with {@code live}, it also streams its events on its standard output
   * (see {@link Recorder}). Its output is to be read from the process unless {@code quiet}.
   */
  public static Started start(Style style, Settings settings, boolean live, boolean quiet) throws IOException {
    Path report = Files.createTempFile("paint-" + style.name() + "-", ".report");
    Path errors = Files.createTempFile("paint-" + style.name() + "-", ".err");
    try {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmOptions(style));
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(OneStyle.class.getName());
      if (live) {
        command.add(OneStyle.LIVE);
      }
      command.add(report.toString());
      command.add(style.name());
      command.addAll(Options.toArgs(settings));
      Process process = new ProcessBuilder(command)
          .redirectOutput(quiet ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.PIPE)
          .redirectError(errors.toFile())
          .start();
      return new Started(style, process, report, errors);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(report);
      Files.deleteIfExists(errors);
      throw e;
    }
  }

  /**
   * Waits for a started style's JVM to end, and reads its figures, or why it has none; what it wrote on
   * standard error goes to {@code errors}, unless it only refused its settings.
   */
  public static Outcome finish(Started started, Consumer<String> errors) throws IOException, InterruptedException {
    try {
      int status = started.process().waitFor();
      List<String> err = Files.readAllLines(started.errors());
      if (status == 2) { // refused its settings: the first line says why, the usage is not needed here
        return new Outcome(started.style(), null, err.isEmpty() ? "refused" : err.get(0).replaceFirst("^error: ", ""));
      }
      err.forEach(errors);
      if (Files.size(started.report()) == 0) {
        return new Outcome(started.style(), null, "stopped with exit status " + status + " and no figures");
      }
      return new Outcome(started.style(), RunReport.read(started.report()), null);
    } finally {
      forget(started);
    }
  }

  /** Deletes the files of a started JVM that will not be {@link #finish}ed: its report and its errors. */
  public static void forget(Started started) throws IOException {
    Files.deleteIfExists(started.report());
    Files.deleteIfExists(started.errors());
  }

  /**
   * Stops a style's JVM as Ctrl-C would (SIGTERM on Linux and macOS: its run stops, prints what it has and
   * writes its report), kills it if it has not ended {@value #KILL_AFTER_MS} ms later, and returns once it
   * has ended. Through the process handle, which leaves the output open, so that what the style prints as
   * it stops is still read. An interrupt meanwhile is kept for the caller.
   */
  public static void stop(Process process) {
    boolean interrupted = Thread.interrupted();
    try {
      process.toHandle().destroy();
      if (!endsWithin(process, KILL_AFTER_MS)) {
        process.toHandle().destroyForcibly();
        endsWithin(process, KILL_AFTER_MS);
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Whether {@code process} ends within {@code millis}: waits that long at most, and an interrupt does not cut it short. */
  private static boolean endsWithin(Process process, long millis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          interrupted = true; // kept for the caller: the JVM must not outlive its owner
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void joinForAWhile(Thread thread) {
    if (thread == null) {
      return;
    }
    boolean interrupted = Thread.interrupted();
    try {
      thread.join(KILL_AFTER_MS);
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The options of a style's JVM: the tour's own -X options (heap size, garbage collector), passed on to every
   * style; and what a style needs besides, as its {@code exec:java} gets it from {@code .mvn/jvm.config}: the
   * cluster runs Hazelcast, which JDK 23 and newer would warn about on the screen ({@link Cluster#QUIET_UNSAFE}).
   */
  static List<String> jvmOptions(Style style) {
    List<String> options = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(option -> option.startsWith("-X"))
        .toList());
    if (style.name().equals(Cluster.STYLE)) {
      options.add(Cluster.QUIET_UNSAFE);
    }
    return options;
  }
}
