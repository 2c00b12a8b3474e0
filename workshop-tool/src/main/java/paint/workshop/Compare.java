package paint.workshop;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import paint.docs.PaintingDiff;
import paint.stage.Style;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./compare A B}: what changed between two styles' painting files, as a unified diff. The
 * {@code ./compare} script runs it through the workshop's jar ({@code ./workshop compare A B}).
 */
@Command(name = "./compare", mixinStandardHelpOptions = true, version = "compare 1.0",
    description = {"Shows what changed between two styles' painting files, as a diff (- A, + B).",
        "A and B are module numbers (01 to 05) or style names: "
            + "sequential, threads, callbacks, futures, futures-offload, coroutines-style, jdk-virtual-threads,"
            + " virtual-threads."})
final class Compare implements Callable<Integer> {

  @Option(names = "-y", description = "side by side, in two columns as wide as the terminal ($COLUMNS)")
  boolean sideBySide;

  @Option(names = "--file", description = "print only the painting file of A")
  boolean file;

  @Parameters(paramLabel = "STYLE", arity = "1..2", description = "A and B")
  List<String> styles;

  @Spec
  CommandSpec spec;

  private final Path root;
  private final PrintStream out;

  Compare(Path root, PrintStream out) {
    this.root = root;
    this.out = out;
  }

  /** Runs {@code ./compare args}; returns the exit status: 0, or 2 for bad input. */
  static int run(Path root, PrintStream out, PrintStream err, String... args) {
    CommandLine picocli = new CommandLine(new Compare(root, out));
    picocli.setOut(new java.io.PrintWriter(out, true)).setErr(new java.io.PrintWriter(err, true));
    CommandLine.IParameterExceptionHandler refuse = (e, badArgs) -> {
      err.println("error: " + e.getMessage());
      err.println(e.getCommandLine().getUsageMessage(Ansi.OFF).stripTrailing());
      return 2;
    };
    picocli.setParameterExceptionHandler(refuse);
    return picocli.execute(args);
  }

  @Override
  public Integer call() throws Exception {
    CommandLine self = spec.commandLine();
    if (styles.size() != (file ? 1 : 2)) {
      throw new CommandLine.ParameterException(self, file ? "--file takes one style, got " + styles.size()
          : "compare takes two styles, got " + styles.size() + ": " + String.join(" ", styles));
    }
    Style a = style(self, styles.get(0));
    if (file) {
      out.println(a.paintingFile());
      return 0;
    }
    Style b = style(self, styles.get(1));
    List<String> lines;
    if (sideBySide) {
      int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "160").trim());
      lines = PaintingDiff.sideBySide(root, a, b, Math.max(20, (columns - 3) / 2));
    } else {
      lines = PaintingDiff.unified(root, a, b);
    }
    lines.forEach(out::println);
    return 0;
  }

  private static Style style(CommandLine self, String name) {
    return PaintingDiff.style(name).orElseThrow(() ->
        new CommandLine.ParameterException(self, name + ": not a module number (01 to 05) or a style name"));
  }
}
