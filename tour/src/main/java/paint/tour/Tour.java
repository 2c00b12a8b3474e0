package paint.tour;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import paint.common.Settings;
import paint.stage.BadOption;
import paint.stage.Cli;
import paint.stage.Options;
import paint.stage.Runner;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import paint.stage.Style;
import paint.tour.live.LiveServer;
import paint.tour.style.RunReport;
import paint.tour.style.StyleName;
import paint.tour.style.StyleProcess;

/**
 * The tour: every style, one after another, each in a JVM of its own, then a table that compares
 * them. {@code java -jar tour/target/tour.jar}; {@code --help} lists the options.
 */
public final class Tour {

  public static final String COMMAND = "java -jar tour/target/tour.jar";

  /** The tour's options: those of every style, passed on to each, and the tour's own. */
  static final class Command {
    @Mixin
    Options settings = new Options();

    @Option(names = "--style", paramLabel = "NAME", converter = StyleName.class, completionCandidates = StyleName.All.class,
        description = "run only this style (repeatable), one of: ${COMPLETION-CANDIDATES}")
    List<Style> styles = new ArrayList<>();

    @Option(names = "--repeat", paramLabel = "N", converter = Repeat.class,
        description = "run each style N times and report medians (default 1)")
    int repeat = 1;

    @Option(names = "--quiet", description = "print only the comparison table")
    boolean quiet;

    @Option(names = "--csv", description = "print only the comparison table, as CSV")
    boolean csv;

    @Option(names = "--svg", paramLabel = "FILE", description = "also draw the timelines in an SVG picture")
    Path svg;

    @Option(names = "--serve", description = "serve the live page instead: every style's lanes as the paintings run,"
        + " in a browser; the options above fill its form")
    boolean serve;

    @Option(names = "--port", paramLabel = "N", converter = Port.class,
        description = "with --serve: the port to listen on (default 8080; 0 picks a free one)")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS",
        description = "with --serve: the address to listen on (default 127.0.0.1: this machine only)")
    String host;
  }

  /** What the options ask for. */
  record Plan(List<Style> styles, boolean csv, boolean quiet, Path svg, int repeat, Settings settings) {

    /** Whether each style's own output is shown, or only the table. */
    boolean showStyles() {
      return !csv && !quiet;
    }

    /** Whether the tour is long enough to show where it is, on a terminal. */
    boolean isLong() {
      return repeat > 1 || settings.paintings() >= 100_000;
    }
  }

  private Tour() { }

  public static void main(String[] args) throws Exception {
    CountDownLatch finished = new CountDownLatch(1);
    Runner.onCtrlC(Thread.currentThread(), finished);
    // On a terminal, Ctrl-C reaches the style's JVM too; if only the tour was told, tell the style.
    Runtime.getRuntime().addShutdownHook(new Thread(
        () -> ProcessHandle.current().children().forEach(ProcessHandle::destroy), "stop-the-style"));
    int status = run(args, System.out, System.err);
    finished.countDown();
    System.exit(status);
  }

  /** Runs the tour; returns 0 if every style painted every canvas, 1 if not, 2 for bad options, 130 on Ctrl-C. */
  public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    Command command = new Command();
    Cli cli = new Cli(COMMAND, command);
    Plan plan;
    try {
      if (!cli.parse(args)) {
        out.println(cli.usage());
        return 0;
      }
      if (command.serve) {
        return serve(command, cli, out, err);
      }
      if (command.port != null || command.host != null) {
        throw new BadOption(command.port != null ? "--port " + command.port + ": only with --serve"
            : "--host " + command.host + ": only with --serve");
      }
      plan = new Plan(command.styles.isEmpty() ? Style.defaults() : List.copyOf(command.styles), command.csv,
          command.quiet, command.svg, command.repeat, command.settings.settings());
    } catch (BadOption e) {
      err.println("error: " + e.getMessage());
      err.println(cli.usage());
      return 2;
    }
    boolean progress = plan.isLong() && onATerminal();
    List<ComparisonTable.Row> rows = new ArrayList<>();
    try {
      for (int i = 0; i < plan.styles().size(); i++) {
        Style style = plan.styles().get(i);
        if (plan.showStyles()) {
          out.printf("%n== %d/%d %s (%s): %s%n", i + 1, plan.styles().size(), style.name(), style.module(),
              style.idea());
          out.flush();
        }
        rows.add(runStyle(style, plan, out, err, progress, i + 1));
      }
    } catch (InterruptedException e) {
      err.println("tour: interrupted");
      return Runner.INTERRUPTED;
    }
    if (plan.csv()) {
      out.println(ComparisonTable.csv(rows, plan.settings()));
    } else {
      if (plan.showStyles()) {
        out.println();
      }
      out.println(ComparisonTable.text(rows, plan.settings(), plan.repeat()));
    }
    if (plan.svg() != null) {
      Files.writeString(plan.svg(), SvgTimelines.render(rows, plan.settings()));
      if (!plan.csv()) {
        out.println("timelines drawn in " + plan.svg());
      }
    }
    return status(rows);
  }

  /** {@code --serve}: the live page, until Ctrl-C. */
  private static int serve(Command command, Cli cli, PrintStream out, PrintStream err) throws BadOption {
    if (command.csv || command.quiet || command.svg != null || command.repeat != 1) {
      String option = command.csv ? "--csv" : command.quiet ? "--quiet" : command.svg != null ? "--svg" : "--repeat";
      throw new BadOption(option + ": not with --serve (the page shows each style and the table as they come)");
    }
    LiveServer.Config config = new LiveServer.Config(COMMAND, command.host != null ? command.host : "127.0.0.1",
        command.port != null ? command.port : 8080,
        command.styles.isEmpty() ? Style.defaults() : List.copyOf(command.styles), command.settings.settings());
    return LiveServer.serve(config, out, err, cli.usage());
  }

  private static ComparisonTable.Row runStyle(Style style, Plan plan, PrintStream out, PrintStream err,
      boolean progress, int number) throws IOException, InterruptedException {
    if (style.unavailable().isPresent()) {
      if (plan.showStyles()) {
        out.println("skipped: " + style.unavailable().get());
      }
      return new ComparisonTable.Row(style, List.of(), style.unavailable().get());
    }
    List<RunReport> runs = new ArrayList<>();
    for (int run = 1; run <= plan.repeat(); run++) {
      if (progress) {
        err.printf("tour: style %d of %d, %s: run %d of %d%n", number, plan.styles().size(), style.name(),
            run, plan.repeat());
      }
      boolean quiet = !plan.showStyles() || run > 1;
      StyleProcess.Outcome outcome = StyleProcess.run(style, plan.settings(), out, err, quiet);
      if (!outcome.ran()) {
        if (plan.showStyles()) {
          out.println(style.name() + ": " + outcome.problem());
        }
        return new ComparisonTable.Row(style, List.of(), outcome.problem());
      }
      runs.add(outcome.report());
      if (run > 1 && plan.showStyles()) {
        out.printf("run %d of %d: %.2f s%n", run, plan.repeat(), outcome.report().nanos() / 1e9);
      }
    }
    return new ComparisonTable.Row(style, runs, null);
  }

  /** 0 when every style that ran dried every canvas; 2 when no style could run; 1 otherwise. */
  static int status(List<ComparisonTable.Row> rows) {
    boolean anyRan = rows.stream().anyMatch(row -> !row.runs().isEmpty());
    boolean allDry = rows.stream().allMatch(row -> row.runs().isEmpty()
        || row.runs().stream().allMatch(run -> run.status() == 0));
    boolean allRefused = rows.stream().allMatch(row -> row.runs().isEmpty() && row.problem() != null
        && !row.style().unavailable().isPresent());
    if (!anyRan && allRefused) {
      return 2;
    }
    return allDry ? 0 : 1;
  }

  /** Whether a person is watching: a console, and on JDK 22+, one that is a terminal. */
  static boolean onATerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // before JDK 22, System.console() is null unless the JVM runs on a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** A port to listen on: 0 (any free one) to 65535. */
  static final class Port implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return between(value, 0, 65535, "must be a port number from 0 to 65535 (0 picks a free one)");
    }
  }

  /** How many times to run each style: 1 to 99. */
  static final class Repeat implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return between(value, 1, 99, "must be a whole number from 1 to 99");
    }
  }

  /** {@code value} as a whole number from {@code min} to {@code max}; otherwise {@code problem}. */
  private static int between(String value, int min, int max, String problem) {
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new TypeConversionException(problem);
  }
}
