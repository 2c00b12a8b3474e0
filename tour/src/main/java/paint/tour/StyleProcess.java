package paint.tour;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import paint.common.Settings;
import paint.stage.Options;
import paint.stage.Style;

/**
 * Runs one style in a JVM of its own, so that its time, threads and memory are its own and not what
 * an earlier style left behind. {@link OneStyle} runs it there and writes its figures to a file that the
 * tour reads.
 */
public final class StyleProcess {

  /** How a style's run ended: its figures, or why there are none. */
  public record Outcome(Style style, RunReport report, String problem) {
    public boolean ran() {
      return report != null;
    }
  }

  /** A style's JVM, started: read its output from {@code process}, then {@link #finish} it. */
  public record Started(Style style, Process process, Path report, Path errors) { }

  private StyleProcess() { }

  /** Runs {@code style}, copying its output to {@code out} as it comes, unless {@code quiet}. */
  static Outcome run(Style style, Settings settings, PrintStream out, boolean quiet)
      throws IOException, InterruptedException {
    Started started = start(style, settings, false, quiet);
    if (!quiet) {
      try (BufferedReader lines = started.process().inputReader()) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          out.println(line);
        }
      }
    }
    return finish(started, System.err::println);
  }

  /**
   * Starts {@code style}'s JVM; with {@code live}, it also streams its events on its standard output
   * (see {@link paint.tour.live.Recorder}). Its output is to be read from the process unless {@code quiet}.
   */
  public static Started start(Style style, Settings settings, boolean live, boolean quiet) throws IOException {
    Path report = Files.createTempFile("paint-" + style.name() + "-", ".report");
    Path errors = Files.createTempFile("paint-" + style.name() + "-", ".err");
    try {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmOptions());
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
      Files.deleteIfExists(started.report());
      Files.deleteIfExists(started.errors());
    }
  }

  /** The tour's own -X options (heap size, garbage collector), passed on to every style. */
  static List<String> jvmOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(option -> option.startsWith("-X"))
        .toList();
  }
}
