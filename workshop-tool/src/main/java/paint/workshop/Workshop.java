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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import paint.docs.Exercise;
import paint.docs.PaintingDiff;
import paint.docs.Regions;

/**
 * {@code ./workshop}: make a learner's copy with every exercise as a stub, check it with the
 * modules' own tests, give a hint, and show the learner's painting file against the solution.
 */
@Command(name = "./workshop", mixinStandardHelpOptions = true, version = "workshop 1.0",
    subcommands = {Workshop.New.class, Workshop.Check.class, Workshop.Hint.class, Workshop.Solution.class,
        Workshop.Diff.class},
    description = {"The exercises: the painting files with the code to write left out, scored by the tests.",
        "Start with ./workshop new ../my-workshop, then cd there and run ./workshop check 01."})
public final class Workshop implements Callable<Integer> {

  /** The repository (or the learner's copy) that the commands work on. */
  final Path root;
  final PrintStream out;
  final PrintStream err;

  /** For picocli, which makes the subcommands; they find the workshop as their parent command. */
  Workshop() {
    this(Path.of("."), System.out, System.err);
  }

  Workshop(Path root, PrintStream out, PrintStream err) {
    this.root = root.toAbsolutePath().normalize();
    this.out = out;
    this.err = err;
  }

  /** The processes a command started (Maven, the learner's runs): Ctrl-C stops them with the tool. */
  private static final java.util.Set<Process> STARTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Notes that {@code process} runs for this command, so that Ctrl-C stops it too; returns it. */
  static Process started(Process process) {
    STARTED.add(process);
    return process;
  }

  /**
   * The script says where the repository is ({@code -Dworkshop.root}); else the working directory. On
   * Ctrl-C, the JVM exits with 130 after this says so in one line and stops what the command started.
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (!finished.get()) {
        err.println("workshop: stopped (Ctrl-C)" + (STARTED.stream().anyMatch(Process::isAlive)
            ? ", and with it Maven and your run" : ""));
        for (Process process : STARTED) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
        }
      }
    }, "ctrl-c"));
    int status = run(Path.of(System.getProperty("workshop.root", ".")), out, err, args);
    finished.set(true);
    System.exit(status);
  }

  /** Runs the command line {@code args} on the repository at {@code root}; returns the exit status. */
  static int run(Path root, PrintStream out, PrintStream err, String... args) {
    if (args.length > 0 && args[0].equals("compare")) { // ./compare's, through the same jar
      return Compare.run(root, out, err, java.util.Arrays.copyOfRange(args, 1, args.length));
    }
    CommandLine picocli = new CommandLine(new Workshop(root, out, err));
    picocli.setOut(new java.io.PrintWriter(out, true)).setErr(new java.io.PrintWriter(err, true));
    picocli.setParameterExceptionHandler((e, badArgs) -> {
      err.println("error: " + e.getMessage());
      err.println(e.getCommandLine().getUsageMessage(Ansi.OFF).stripTrailing());
      return 2;
    });
    picocli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
      if (e instanceof Refused refused) {
        err.println("error: " + refused.getMessage());
        err.println(commandLine.getUsageMessage(Ansi.OFF).stripTrailing());
        return 2;
      }
      err.println("error: the workshop tool failed: " + e); // a bug of the tool: one line, no stack trace
      return 1;
    });
    return picocli.execute(args);
  }

  /** {@code ./workshop} alone: which command? */
  @Override
  public Integer call() {
    err.println("error: name a command: new, check, hint, solution or diff");
    err.println(new CommandLine(this).getUsageMessage(Ansi.OFF).stripTrailing());
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
    @ParentCommand
    Workshop workshop;

    @Parameters(paramLabel = "DIR", description = "a folder that does not exist yet, or is empty")
    Path dir;

    @Override
    public Integer call() throws Exception {
      Path root = workshop.root;
      if (Copy.isCopy(root)) {
        throw new Refused("new: this is a workshop copy already; run ./workshop new in the repository you cloned");
      }
      Path target = dir.toAbsolutePath().normalize();
      if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
        throw new Refused("new " + dir + ": " + (Files.isDirectory(target) ? "the folder is not empty" : "a file is there")
            + "; choose a new folder");
      }
      List<Exercise> exercises = Copy.make(root, target, workshop.out);
      workshop.out.println("Your workshop is in " + dir + ": " + exercises.size() + " exercises, each a method that throws"
          + " UnsupportedOperationException until you write it.");
      workshop.out.println("Next: cd " + dir + " && ./workshop check 01   (workshop.cmd check 01 on Windows; each"
          + " module's README says what to write, under Exercises)");
      return 0;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {"Scores the exercises of MODULE with its tests, then shows your timeline.",
          "Compiles MODULE, runs the tests of its exercises, prints one line per exercise (✓ or ✗ and why),",
          "then runs your code once and prints your timeline above a correct solution's."})
  static final class Check implements Callable<Integer> {
    @ParentCommand
    Workshop workshop;

    @Parameters(paramLabel = "MODULE", arity = "0..1", description = "01 to 05, or the module's folder; every module when left out")
    String module;

    @Option(names = "--solutions", description = "score the repository's own solutions (outside a copy)")
    boolean solutions;

    @Override
    public Integer call() throws Exception {
      List<String> modules = module == null ? List.of() : List.of(module(workshop.root, module, "check"));
      if (!Copy.isCopy(workshop.root) && !solutions) {
        throw new Refused("check: this is the repository, whose painting files are the solutions: run it in your copy"
            + " (./workshop new ../my-workshop), or add --solutions to score the solutions here");
      }
      return new paint.workshop.Check(workshop.root, workshop.out, workshop.err).run(modules);
    }
  }

  @Command(name = "hint", mixinStandardHelpOptions = true,
      description = {"Prints the hint of an exercise: the idea in words; with --more, the shape of the code.",
          "Then ./workshop solution ID shows the solution, once you have checked your try."})
  static final class Hint implements Callable<Integer> {
    @ParentCommand
    Workshop workshop;

    @Parameters(paramLabel = "ID", description = "the exercise's number, as in 02.1")
    String id;

    @Option(names = "--more", description = "the second hint: the shape of the code")
    boolean more;

    @Override
    public Integer call() throws Exception {
      Exercise exercise = exercise(workshop.root, id, "hint");
      workshop.out.println(exercise.name() + ": " + exercise.title());
      if (more) {
        workshop.out.println(exercise.more());
        workshop.out.println("Last step, once you have tried: ./workshop solution " + exercise.id());
      } else {
        workshop.out.println(exercise.hint());
        workshop.out.println("Next step, the shape of the code: ./workshop hint " + exercise.id() + " --more");
      }
      return 0;
    }
  }

  @Command(name = "solution", mixinStandardHelpOptions = true,
      description = {"Prints the solution of an exercise, once you have tried it: after a ./workshop check of its module."})
  static final class Solution implements Callable<Integer> {
    @ParentCommand
    Workshop workshop;

    @Parameters(paramLabel = "ID", description = "the exercise's number, as in 02.1")
    String id;

    @Override
    public Integer call() throws Exception {
      Path root = workshop.root;
      Exercise exercise = exercise(root, id, "solution");
      Path file = root.resolve(exercise.file());
      if (Copy.isCopy(root)) {
        if (!paint.workshop.Check.wasChecked(root, exercise.module())) {
          workshop.out.println("Try first: write " + exercise.name() + ", run ./workshop check "
              + exercise.module().substring(0, 2) + ", and ask again. The hints: ./workshop hint " + exercise.id()
              + " (and --more).");
          return 1;
        }
        file = root.resolve(Copy.SOLUTIONS).resolve(exercise.file());
      }
      workshop.out.println(exercise.name() + ": " + exercise.title() + " (" + exercise.file() + ")");
      Regions.read(Files.readAllLines(file), exercise.method()).forEach(workshop.out::println);
      return 0;
    }
  }

  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = {"Shows your painting files of MODULE against the solution's (- yours, + the solution):",
          "the code only; with --all, the comments too."})
  static final class Diff implements Callable<Integer> {
    @ParentCommand
    Workshop workshop;

    @Parameters(paramLabel = "MODULE", description = "01 to 05, or the module's folder")
    String module;

    @Option(names = "--all", description = "show differences in comments too")
    boolean all;

    @Override
    public Integer call() throws Exception {
      Path root = workshop.root;
      String folder = module(root, module, "diff");
      if (!Copy.isCopy(root)) {
        throw new Refused("diff " + module + ": there are no solutions to compare with here; run it in a copy that"
            + " ./workshop new made");
      }
      List<String> files = Exercise.all(root).stream().filter(e -> e.module().equals(folder)).map(Exercise::file)
          .distinct().toList();
      for (String file : files) {
        String solution = Copy.SOLUTIONS + "/" + file;
        List<String> yours = Files.readAllLines(root.resolve(file));
        List<String> theirs = Files.readAllLines(root.resolve(solution));
        PaintingDiff.unified(all ? yours : Code.only(yours), all ? theirs : Code.only(theirs), "yours: " + file,
            "the solution: " + solution).forEach(workshop.out::println);
      }
      return 0;
    }
  }

  /** The exercise that {@code given} names ({@code 02.1}, or {@code 2.1}), for {@code command}. */
  static Exercise exercise(Path root, String given, String command) throws Refused {
    List<Exercise> all = Exercise.all(root);
    String wanted = given.matches("\\d\\..*") ? "0" + given : given; // 2.1 for 02.1
    return all.stream().filter(e -> e.id().equals(wanted)).findFirst().orElseThrow(() -> new Refused(
        command + " " + given + ": no such exercise; the exercises are "
            + String.join(", ", all.stream().map(Exercise::id).toList())));
  }

  /** The folder of the module that {@code name} names ({@code 02} or {@code 02-callbacks}), if it has exercises. */
  static String module(Path root, String given, String command) throws Refused {
    String trimmed = given.replaceAll("[/\\\\]+$", ""); // 02-callbacks/, as the shell completes it
    String name = trimmed.matches("\\d") ? "0" + trimmed : trimmed; // 2 for 02
    List<String> modules = Exercise.all(root).stream().map(Exercise::module).distinct().toList();
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
