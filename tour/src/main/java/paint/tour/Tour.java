package paint.tour;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import paint.common.RunReport;
import paint.common.Settings;
import paint.common.Settings.BadOption;

/**
 * The tour: every style, one after another, each in a JVM of its own, then a table that compares
 * them. {@code java -jar tour/target/tour.jar}; {@code --help} lists the options.
 */
public final class Tour {

  static final String COMMAND = "java -jar tour/target/tour.jar";

  /** The tour's own options, and the settings passed on to every style. */
  record Options(List<Style> styles, boolean csv, boolean quiet, Path svg, int repeat, Settings settings) {

    /** Whether each style's own output is shown, or only the table. */
    boolean showStyles() {
      return !csv && !quiet;
    }
  }

  private Tour() { }

  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the tour; returns the exit status: 0 if every style painted every canvas, 1 if not, 2 for bad options. */
  static int run(String[] args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
    Options options;
    try {
      options = parse(args);
    } catch (BadOption e) {
      err.println("error: " + e.getMessage());
      err.println(usage());
      return 2;
    }
    if (options.settings().help()) {
      out.println(usage());
      return 0;
    }
    List<ComparisonTable.Row> rows = new ArrayList<>();
    for (int i = 0; i < options.styles().size(); i++) {
      Style style = options.styles().get(i);
      if (options.showStyles()) {
        out.printf("%n== %d/%d %s (%s): %s%n", i + 1, options.styles().size(), style.name(), style.module(),
            style.idea());
        out.flush();
      }
      rows.add(runStyle(style, options, out));
    }
    if (options.csv()) {
      out.println(ComparisonTable.csv(rows, options.settings()));
    } else {
      if (options.showStyles()) {
        out.println();
      }
      out.println(ComparisonTable.text(rows, options.settings(), options.repeat()));
    }
    if (options.svg() != null) {
      Files.writeString(options.svg(), SvgTimelines.render(rows, options.settings()));
      if (!options.csv()) {
        out.println("timelines drawn in " + options.svg());
      }
    }
    return status(rows);
  }

  private static ComparisonTable.Row runStyle(Style style, Options options, PrintStream out)
      throws IOException, InterruptedException {
    if (style.unavailable().isPresent()) {
      if (options.showStyles()) {
        out.println("skipped: " + style.unavailable().get());
      }
      return new ComparisonTable.Row(style, List.of(), style.unavailable().get());
    }
    List<RunReport> runs = new ArrayList<>();
    for (int run = 1; run <= options.repeat(); run++) {
      boolean quiet = !options.showStyles() || run > 1;
      StyleProcess.Outcome outcome = StyleProcess.run(style, options.settings(), out, quiet);
      if (!outcome.ran()) {
        if (options.showStyles()) {
          out.println(style.name() + ": " + outcome.problem());
        }
        return new ComparisonTable.Row(style, List.of(), outcome.problem());
      }
      runs.add(outcome.report());
      if (run > 1 && options.showStyles()) {
        out.printf("run %d of %d: %.2f s%n", run, options.repeat(), outcome.report().nanos() / 1e9);
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

  static Options parse(String[] args) throws BadOption {
    List<Style> styles = new ArrayList<>();
    boolean csv = false;
    boolean quiet = false;
    Path svg = null;
    int repeat = 1;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--csv" -> csv = true;
        case "--quiet" -> quiet = true;
        case "--style", "--svg", "--repeat" -> {
          if (i + 1 == args.length) {
            throw new BadOption(option + " needs a value");
          }
          String value = args[++i];
          if (option.equals("--style")) {
            styles.add(Style.named(value).orElseThrow(() -> new BadOption("--style " + value
                + ": unknown style (choose from " + Style.ALL.stream().map(Style::name)
                .collect(Collectors.joining(", ")) + ")")));
          } else if (option.equals("--svg")) {
            svg = Path.of(value);
          } else {
            repeat = repeat(value);
          }
        }
        default -> rest.add(option);
      }
    }
    Settings settings = Settings.parse(rest, EnumSet.noneOf(Settings.Extra.class));
    return new Options(styles.isEmpty() ? Style.defaults() : List.copyOf(styles), csv, quiet, svg, repeat,
        settings);
  }

  private static int repeat(String value) throws BadOption {
    try {
      int repeat = Integer.parseInt(value);
      if (repeat >= 1 && repeat <= 99) {
        return repeat;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadOption("--repeat " + value + ": must be a whole number from 1 to 99");
  }

  static String usage() {
    String styles = Style.ALL.stream().map(Style::name).collect(Collectors.joining(", "));
    return Settings.usage(COMMAND, EnumSet.noneOf(Settings.Extra.class)).replace("  --help ", String.join(
        System.lineSeparator(),
        "  --style NAME         run only this style (repeatable), one of:",
        "                       " + styles,
        "  --repeat N           run each style N times and report medians (default 1)",
        "  --quiet              print only the comparison table",
        "  --csv                print only the comparison table, as CSV",
        "  --svg FILE           also draw the timelines in an SVG picture",
        "  --help "));
  }
}
