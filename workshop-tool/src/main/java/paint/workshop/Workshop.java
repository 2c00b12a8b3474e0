package paint.workshop;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * modules' own tests, give hints in three steps, and, once the learner has tried an exercise, show its
 * solution and the learner's painting file against it.
 */
@Command(name = "./workshop", mixinStandardHelpOptions = true, version = "workshop 1.0",
    subcommands = {Workshop.NewCommand.class, Workshop.CheckCommand.class, Workshop.HintCommand.class,
        Workshop.SolutionCommand.class, Workshop.DiffCommand.class},
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

  /**
   * The processes that commands started (Maven, the learner's runs) and that still run. Every path ends
   * them: the command that started one stops it in a {@code finally}, and the JVM's shutdown hook stops
   * what is left (after Ctrl-C, or when a command failed on its way out).
   */
  private static final Map<Process, String> STARTED = new LinkedHashMap<>();
  /** Set once Ctrl-C has stopped the tool: no process may start, and nothing more is printed. */
  private static boolean stopping;

  /**
   * Starts {@code builder}'s process for a command, noting it so that the tool stops it on every path;
   * {@code what} names it for Ctrl-C's line ({@code Maven}, {@code your run}).
   * After Ctrl-C it starts nothing, and throws {@link InterruptedException}: the command ends. Starting and
   * noting happen under one lock, which Ctrl-C takes too: no process starts unnoted while the tool stops.
   */
  static Process start(ProcessBuilder builder, String what) throws IOException, InterruptedException {
    synchronized (STARTED) {
      if (stopping) {
        throw new InterruptedException("stopped (Ctrl-C)");
      }
      Process process = builder.start();
      STARTED.put(process, what);
      return process;
    }
  }

  /**
   * Stops {@code process} and what it started (Maven's test JVM; on Windows, what {@code cmd /c} started), if
   * it still runs, and waits a little for it to end. An interrupt does not cut that short: it is kept for
   * the caller, so that a {@code finally} stops every process it holds.
   */
  static void stop(Process process) {
    List<ProcessHandle> children = process.descendants().toList(); // before it ends: then they are orphans
    process.destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
    boolean interrupted = Thread.interrupted();
    try {
      process.onExit().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      interrupted |= e instanceof InterruptedException; // it was killed: it will be gone in a moment
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (STARTED) {
      STARTED.remove(process);
    }
  }

  /** Stops every process still running; returns what was running, as {@code Maven and your run}, or "". */
  private static String stopAll() {
    Map<Process, String> running;
    synchronized (STARTED) {
      stopping = true;
      running = new LinkedHashMap<>(STARTED);
    }
    List<String> stopped = running.entrySet().stream().filter(process -> process.getKey().isAlive())
        .map(Map.Entry::getValue).distinct().toList();
    running.keySet().forEach(Workshop::stop);
    return String.join(" and ", stopped);
  }

  /**
   * The script says where the repository is ({@code -Dworkshop.root}); else the working directory. On
   * Ctrl-C, the JVM exits with 130 after this says so in one line and stops what the command started;
   * after that line, nothing more is printed.
   */
  public static void main(String[] args) {
    Silenceable out = new Silenceable(new FileOutputStream(FileDescriptor.out));
    Silenceable err = new Silenceable(new FileOutputStream(FileDescriptor.err));
    AtomicBoolean finished = new AtomicBoolean();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (finished.get()) {
        stopAll(); // a command that failed on its way out may have left a run behind
        return;
      }
      out.silence();
      PrintStream said = err.silence();
      String stopped = stopAll();
      said.println("workshop: stopped (Ctrl-C)" + (stopped.isEmpty() ? "" : ", and with it " + stopped));
    }, "ctrl-c"));
    int status = run(Path.of(System.getProperty("workshop.root", ".")), out.stream(), err.stream(), args);
    finished.set(true);
    System.exit(status);
  }

  /** A stream that Ctrl-C silences: once it has said it stopped, the tool prints nothing more. */
  private static final class Silenceable extends java.io.FilterOutputStream {
    private final PrintStream stream = new PrintStream(this, true, StandardCharsets.UTF_8);
    private final PrintStream raw;
    private boolean silent;

    Silenceable(java.io.OutputStream out) {
      super(out);
      raw = new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    PrintStream stream() {
      return stream;
    }

    /** From now on, what the tool prints is dropped; returns a stream that still prints, for the last line. */
    synchronized PrintStream silence() {
      silent = true;
      return raw;
    }

    @Override
    public synchronized void write(int b) throws IOException {
      if (!silent) {
        out.write(b);
      }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
      if (!silent) {
        out.write(b, off, len);
      }
    }
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
      if (e instanceof InterruptedException) { // what it started is stopped already (see started)
        Thread.currentThread().interrupt();
        err.println("workshop: stopped");
        return 130;
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
  static final class NewCommand implements Callable<Integer> {
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
          "then runs your code once and prints your timeline above a correct solution's.",
          "Once an exercise was checked with your code in it, ./workshop solution and diff show its solution."})
  static final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    Workshop workshop;

    @Parameters(paramLabel = "MODULE", arity = "0..*",
        description = "01 to 05, or the module's folder; several at once; every module when left out")
    List<String> given = List.of();

    @Option(names = "--solutions", description = "score the repository's own solutions (outside a copy)")
    boolean solutions;

    @Option(names = "--no-timeline", description = "only the scores: do not run your code to show its timeline")
    boolean noTimeline;

    @Override
    public Integer call() throws Exception {
      List<String> modules = new java.util.ArrayList<>();
      for (String module : given) {
        modules.add(module(workshop.root, module, "check"));
      }
      if (!Copy.isCopy(workshop.root) && !solutions) {
        throw new Refused("check: this is the repository, whose painting files are the solutions: run it in your copy"
            + " (./workshop new ../my-workshop), or add --solutions to score the solutions here");
      }
      return new Check(workshop.root, workshop.out, workshop.err, !noTimeline).run(modules);
    }
  }

  @Command(name = "hint", mixinStandardHelpOptions = true,
      description = {"Prints a hint of an exercise, in three steps:",
          "  ./workshop hint ID           the idea, in words (as in the README)",
          "  ./workshop hint ID --more    the shape of the code",
          "  ./workshop hint ID --line    the one line that matters",
          "Then ./workshop solution ID shows the whole solution, once you have checked your try."})
  static final class HintCommand implements Callable<Integer> {
    @ParentCommand
    Workshop workshop;

    @Parameters(paramLabel = "ID", description = "the exercise's number, as in 02.1")
    String id;

    @Option(names = "--more", description = "the second step: the shape of the code")
    boolean more;

    @Option(names = "--line", description = "the third step: the one line that matters")
    boolean line;

    @Override
    public Integer call() throws Exception {
      Exercise exercise = exercise(workshop.root, id, "hint");
      if (more && line) {
        throw new Refused("hint " + id + ": --more or --line, one step at a time");
      }
      PrintStream out = workshop.out;
      out.println(exercise.name() + ": " + exercise.title());
      String command = "./workshop hint " + exercise.id();
      if (line) {
        out.println("The line that matters: " + Solutions.of(workshop.root).line(exercise));
        out.println("The whole solution, once you have checked your try: ./workshop solution " + exercise.id());
      } else if (more) {
        out.println(Solutions.of(workshop.root).more(exercise));
        out.println("Last step, the one line that matters: " + command + " --line");
      } else {
        out.println(exercise.hint());
        out.println("Next step, the shape of the code: " + command + " --more");
      }
      return 0;
    }
  }

  @Command(name = "solution", mixinStandardHelpOptions = true,
      description = {"Prints the solution of an exercise, and the README's explanation of it, once you have tried it:",
          "after a ./workshop check of its module with your code in it (right or wrong)."})
  static final class SolutionCommand implements Callable<Integer> {
    @ParentCommand
    Workshop workshop;

    @Parameters(paramLabel = "ID", description = "the exercise's number, as in 02.1")
    String id;

    @Option(names = "--anyway", description = "show it even though you have not tried it yet")
    boolean anyway;

    @Override
    public Integer call() throws Exception {
      Path root = workshop.root;
      Exercise exercise = exercise(root, id, "solution");
      if (!anyway && !Check.wasTried(root, exercise)) {
        workshop.out.println(tryFirst(exercise));
        return 1;
      }
      Solutions solutions = Solutions.of(root);
      workshop.out.println(exercise.name() + ": " + exercise.title() + " (" + exercise.file() + ")");
      Regions.read(solutions.file(exercise.file()), exercise.method()).forEach(workshop.out::println);
      for (Solutions.Answer answer : solutions.answers(exercise.id())) {
        List<String> untried = answer.ids().stream().filter(other -> !anyway && !Check.wasTried(root, other)).toList();
        workshop.out.println();
        if (untried.isEmpty()) {
          workshop.out.println("What " + answer.page() + " says about it:");
          answer.text().forEach(workshop.out::println);
        } else {
          workshop.out.println(answer.page() + " says more about it once you have tried " + (untried.size() == 1
              ? untried.get(0) : String.join(", ", untried.subList(0, untried.size() - 1)) + " and "
              + untried.get(untried.size() - 1)) + " too.");
        }
      }
      return 0;
    }
  }

  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = {"Shows your painting files of MODULE against the solution's (- yours, + the solution):",
          "the code only; with --all, the comments too. Given an exercise (02.1), only its method.",
          "It shows the solution of the exercises you have tried (checked with your code in it)."})
  static final class DiffCommand implements Callable<Integer> {
    @ParentCommand
    Workshop workshop;

    @Parameters(paramLabel = "MODULE|ID", description = "01 to 05, or the module's folder; or an exercise, as in 02.1")
    String which;

    @Option(names = "--all", description = "show differences in comments too")
    boolean all;

    @Option(names = "--anyway", description = "show the solutions of exercises you have not tried yet too")
    boolean anyway;

    @Override
    public Integer call() throws Exception {
      Path root = workshop.root;
      boolean oneExercise = which.matches("\\d{1,2}\\.\\d+");
      List<Exercise> asked = oneExercise ? List.of(exercise(root, which, "diff"))
          : exercises(root, module(root, which, "diff"));
      if (!Copy.isCopy(root)) {
        throw new Refused("diff " + which + ": there are no solutions to compare with here; run it in a copy that"
            + " ./workshop new made");
      }
      List<Exercise> untried = asked.stream().filter(e -> !anyway && !Check.wasTried(root, e)).toList();
      if (untried.size() == asked.size()) {
        workshop.out.println(tryFirst(untried.get(0)));
        return 1;
      }
      Solutions solutions = Solutions.of(root);
      List<Exercise> hidden = Exercise.all(root).stream().filter(e -> !anyway && !Check.wasTried(root, e)).toList();
      for (String file : asked.stream().map(Exercise::file).distinct().toList()) {
        List<String> yours = Files.readAllLines(root.resolve(file));
        List<String> theirs = solutions.showing(file, yours, hidden, Twins.listed(root, Exercise.all(root)));
        if (oneExercise) {
          yours = Regions.read(yours, asked.get(0).method());
          theirs = Regions.read(theirs, asked.get(0).method());
        }
        PaintingDiff.unified(all ? yours : Code.only(yours), all ? theirs : Code.only(theirs), "yours: " + file,
            "the solution: " + file).forEach(workshop.out::println);
      }
      for (Exercise exercise : untried) {
        workshop.out.println("(" + exercise.name() + " is not shown: " + tryFirst(exercise) + ")");
      }
      return 0;
    }
  }

  /** What {@code solution} and {@code diff} say before the learner has tried {@code exercise}. */
  static String tryFirst(Exercise exercise) {
    return "Try first: write " + exercise.name() + ", run ./workshop check " + exercise.module().substring(0, 2)
        + ", and ask again (or add --anyway). The hints: ./workshop hint " + exercise.id() + ", then --more and --line.";
  }

  /** The exercises of module {@code folder}. */
  static List<Exercise> exercises(Path root, String folder) {
    return Exercise.all(root).stream().filter(e -> e.module().equals(folder)).toList();
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
