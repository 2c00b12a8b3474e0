package paint.tour;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import paint.common.Settings;
import paint.stage.Options;
import paint.stage.Style;

/**
 * Runs one style in a JVM of its own, so that its time, threads and memory are its own and not what
 * an earlier style left behind. {@link OneStyle} runs it there and writes its figures to a file that the
 * tour reads.
 */
final class StyleProcess {

  /** How a style's run ended: its figures, or why there are none. */
  record Outcome(Style style, RunReport report, String problem) {
    boolean ran() {
      return report != null;
    }
  }

  private StyleProcess() { }

  /** Runs {@code style}, copying its output to {@code out} as it comes, unless {@code quiet}. */
  static Outcome run(Style style, Settings settings, PrintStream out, boolean quiet)
      throws IOException, InterruptedException {
    Path report = Files.createTempFile("paint-" + style.name() + "-", ".report");
    Path errors = Files.createTempFile("paint-" + style.name() + "-", ".err");
    try {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmOptions());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(OneStyle.class.getName());
      command.add(report.toString());
      command.add(style.name());
      command.addAll(Options.toArgs(settings));
      Process process = new ProcessBuilder(command)
          .redirectOutput(quiet ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.PIPE)
          .redirectError(errors.toFile())
          .start();
      if (!quiet) {
        try (BufferedReader lines = process.inputReader()) {
          for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            out.println(line);
          }
        }
      }
      int status = process.waitFor();
      List<String> err = Files.readAllLines(errors);
      if (status == 2) { // refused its settings: the first line says why, the usage is not needed here
        return new Outcome(style, null, err.isEmpty() ? "refused" : err.get(0).replaceFirst("^error: ", ""));
      }
      err.forEach(System.err::println);
      if (Files.size(report) == 0) {
        return new Outcome(style, null, "stopped with exit status " + status + " and no figures");
      }
      return new Outcome(style, RunReport.read(report), null);
    } finally {
      Files.deleteIfExists(report);
      Files.deleteIfExists(errors);
    }
  }

  /** The tour's own -X options (heap size, garbage collector), passed on to every style. */
  static List<String> jvmOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(option -> option.startsWith("-X"))
        .toList();
  }
}
