package paint.workshop;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Parameters;
import paint.docs.Exercise;

/**
 * {@code ./workshop}: make a learner's copy with every exercise as a stub, check it with the
 * modules' own tests, give a hint, and show the learner's painting file against the solution.
 */
@Command(name = "./workshop", mixinStandardHelpOptions = true, version = "workshop 1.0",
    subcommands = {Workshop.New.class, Workshop.Check.class, Workshop.Hint.class, Workshop.Diff.class},
    description = {"The exercises: the painting files with the code to write left out, scored by the tests.",
        "Start with ./workshop new ../my-workshop, then cd there and run ./workshop check 01."})
public final class Workshop implements Callable<Integer> {

  static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
  static final PrintStream ERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

  /** The repository's root: where the {@code ./workshop} script is (it says so), else the working directory. */
  static Path root() {
    return Path.of(System.getProperty("workshop.root", ".")).toAbsolutePath().normalize();
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line {@code args}; returns the exit status. {@code compare ...} is {@code ./compare}'s. */
  static int run(String... args) {
    if (args.length > 0 && args[0].equals("compare")) {
      return Compare.run(root(), OUT, ERR, java.util.Arrays.copyOfRange(args, 1, args.length));
    }
    CommandLine picocli = new CommandLine(new Workshop());
    picocli.setOut(new java.io.PrintWriter(OUT, true)).setErr(new java.io.PrintWriter(ERR, true));
    picocli.setParameterExceptionHandler((e, badArgs) -> {
      ERR.println("error: " + e.getMessage());
      ERR.println(e.getCommandLine().getUsageMessage(Ansi.OFF).stripTrailing());
      return 2;
    });
    picocli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
      if (e instanceof Refused refused) {
        ERR.println("error: " + refused.getMessage());
        ERR.println(commandLine.getUsageMessage(Ansi.OFF).stripTrailing());
        return 2;
      }
      ERR.println("error: the workshop tool failed: " + e); // a bug of the tool: one line, no stack trace
      return 1;
    });
    return picocli.execute(args);
  }

  /** {@code ./workshop} alone: which command? */
  @Override
  public Integer call() {
    ERR.println("error: name a command: new, check, hint or diff");
    ERR.println(new CommandLine(this).getUsageMessage(Ansi.OFF).stripTrailing());
    return 2;
  }

  /** Bad input that picocli cannot see: a module or an exercise that does not exist, a full folder. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  @Command(name = "new", mixinStandardHelpOptions = true,
      description = "Makes your copy of the repository at DIR, its own git repository, every exercise a stub.")
  static final class New implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "a folder that does not exist yet, or is empty")
    Path dir;

    @Override
    public Integer call() throws Exception {
      Path root = root();
      if (Copy.isCopy(root)) {
        throw new Refused("new: this is a workshop copy already; run ./workshop new in the repository you cloned");
      }
      Path target = dir.toAbsolutePath().normalize();
      if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
        throw new Refused("new " + dir + ": " + (Files.isDirectory(target) ? "the folder is not empty" : "a file is there")
            + "; choose a new folder");
      }
      List<Exercise> exercises = Copy.make(root, target, OUT);
      OUT.println("Your workshop is in " + dir + ": " + exercises.size() + " exercises, each a method that throws"
          + " UnsupportedOperationException until you write it.");
      OUT.println("Next: cd " + dir + " && ./workshop check 01   (each module's README says what to write,"
          + " under Exercises)");
      return 0;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {"Scores the exercises of MODULE with its tests, then shows your timeline.",
          "Compiles MODULE, runs the tests of its exercises, prints one line per exercise (✓ or ✗ and why),",
          "then runs your code once and prints your timeline above a correct solution's."})
  static final class Check implements Callable<Integer> {
    @Parameters(paramLabel = "MODULE", arity = "0..1", description = "01 to 05, or the module's folder; every module when left out")
    String module;

    @Override
    public Integer call() throws Exception {
      List<String> modules = module == null ? List.of() : List.of(module(module, "check"));
      return new paint.workshop.Check(root(), OUT, ERR).run(modules);
    }
  }

  @Command(name = "hint", mixinStandardHelpOptions = true, description = "Prints the hint of an exercise.")
  static final class Hint implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "the exercise's number, as in 02.1")
    String id;

    @Override
    public Integer call() throws Exception {
      List<Exercise> all = Exercise.all(root());
      String wanted = id.matches("\\d\\..*") ? "0" + id : id; // 2.1 for 02.1
      Exercise exercise = all.stream().filter(e -> e.id().equals(wanted)).findFirst().orElseThrow(() -> new Refused(
          "hint " + id + ": no such exercise; the exercises are " + String.join(", ", all.stream().map(Exercise::id).toList())));
      OUT.println(exercise.name() + ": " + exercise.title());
      OUT.println(exercise.hint());
      OUT.println("More in " + exercise.module() + "/README.md, under Exercises.");
      return 0;
    }
  }

  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = "Shows your painting files of MODULE against the solution's (- yours, + the solution).")
  static final class Diff implements Callable<Integer> {
    @Parameters(paramLabel = "MODULE", description = "01 to 05, or the module's folder")
    String module;

    @Override
    public Integer call() throws Exception {
      Path root = root();
      String folder = module(module, "diff");
      if (!Copy.isCopy(root)) {
        throw new Refused("diff " + module + ": there are no solutions to compare with here; run it in a copy that"
            + " ./workshop new made");
      }
      List<String> files = Exercise.all(root).stream().filter(e -> e.module().equals(folder)).map(Exercise::file)
          .distinct().toList();
      for (String file : files) {
        Path solution = Path.of(Copy.SOLUTIONS, file);
        List<String> command = hasGit()
            ? List.of("git", "--no-pager", "diff", "--no-index", "--", file, solution.toString())
            : List.of("diff", "-u", file, solution.toString());
        int status = new ProcessBuilder(command).directory(root.toFile()).inheritIO().start().waitFor();
        if (status > 1) {
          return status;
        }
      }
      return 0;
    }

    private static boolean hasGit() {
      try {
        return new ProcessBuilder("git", "--version").redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
      } catch (IOException | InterruptedException e) {
        return false;
      }
    }
  }

  /** The folder of the module that {@code name} names ({@code 02} or {@code 02-callbacks}), if it has exercises. */
  static String module(String given, String command) throws Refused {
    String trimmed = given.replaceAll("[/\\\\]+$", ""); // 02-callbacks/, as the shell completes it
    String name = trimmed.matches("\\d") ? "0" + trimmed : trimmed; // 2 for 02
    List<String> modules = Exercise.all(root()).stream().map(Exercise::module).distinct().toList();
    return modules.stream().filter(m -> m.equals(name) || m.startsWith(name + "-")).findFirst()
        .orElseThrow(() -> new Refused(command + " " + given + ": no such module; the modules with exercises are "
            + String.join(", ", modules.stream().map(m -> m.substring(0, 2)).toList())));
  }

  /** The command that runs the repository's Maven wrapper. */
  static List<String> mavenWrapper(Path root) {
    boolean windows = System.getProperty("os.name", "").startsWith("Windows");
    return windows ? List.of("cmd", "/c", root.resolve("mvnw.cmd").toString())
        : List.of(root.resolve("mvnw").toString());
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
