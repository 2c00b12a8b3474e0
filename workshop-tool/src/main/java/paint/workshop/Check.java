package paint.workshop;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import paint.docs.Exercise;
import paint.docs.Readme;
import paint.stage.Style;
import paint.workshop.TestReports.Result;

/**
 * {@code ./workshop check}: compiles the modules and runs the tests that the READMEs say check their
 * exercises, with Maven (one run for every module asked for), saying every few seconds which test runs;
 * scores each exercise from its tests, prints the scoreboard, then runs the learner's code once per
 * module and prints its timeline above the one the README shows for a correct solution. Only the
 * scoring tests run: the module's other tests (its pitfalls) would not change the score, and would make
 * the learner wait longer. The screen gets sentences; Maven's log, the stack traces and the runs' error
 * streams go to {@code target/}. In a copy, it notes the exercises it scored with the learner's code in
 * them ({@link #TRIED}): their solutions show from then on. Maven and the learner's runs end with the
 * check, however it ends.
 */
final class Check {

  /** The line of a compiler error in Maven's log: {@code [ERROR] /path/Paint.java:[12,5] message}. */
  private static final Pattern COMPILER_ERROR = Pattern.compile("\\[ERROR] (.+?\\.java):\\[(\\d+),\\d+] (.+)");
  /**
   * A line that javac writes under an error, which says what the error is about: {@code   symbol:   method
   * ofVirtul()}, {@code   location: class java.lang.Thread}, {@code   required: ..}, {@code   found: ..}.
   */
  private static final Pattern ERROR_DETAIL = Pattern.compile("(?:\\[ERROR])?\\s+(symbol|location|required|found|reason):\\s+(.+)");
  /** How long the learner's run may take after its first line: five times what a correct solution takes. */
  private static final long RUN_SECONDS = 10;
  /** How long the learner's JVM may take to print its first line (every module's starts at once). */
  private static final long START_SECONDS = 30;
  /** How long Maven may take: a test that hangs is stopped by surefire after {@code surefire.timeout}. */
  private static final long MAVEN_MINUTES = 15;
  /** How often a check says what it is doing while Maven works. */
  private static final long PROGRESS_SECONDS = 5;
  /** The README's run with a torn and a stuck canvas, which the learner's run repeats after such a ✗. */
  private static final String FAILURES = "--fail 2 --stuck 3 --timeout 2.5s";
  /** The tests that score what a style does with a torn or a stuck canvas. */
  private static final Pattern ABOUT_FAILURES = Pattern.compile(".*(Torn|Stuck|[Ff]ailure).*");
  /** The file, in a copy's {@code .workshop} folder, that lists the exercises tried: their solutions may be shown. */
  static final String TRIED_FILE = "tried";
  /** Where a copy lists the exercises that were checked with the learner's code in them, one id a line. */
  static final String TRIED = Exercise.WORKSHOP_FOLDER + "/" + TRIED_FILE;

  private final Path root;
  private final PrintStream out;
  private final PrintStream err;
  /** The modules whose ✗ is about a torn or a stuck canvas: the learner's run shows one. */
  private final Set<String> aboutFailures = new LinkedHashSet<>();
  /** The exercises scored so far that are not right ({@code ✗} or not scored yet). */
  private final Set<Exercise> notRight = new LinkedHashSet<>();
  /** The copy's twins: regions of painting files that hold an exercise's code, copied in by the check. */
  private List<Twins.Twin> twins = List.of();
  /** Whether to run the learner's code and show its timeline after the scores. */
  private final boolean timelines;

  Check(Path root, PrintStream out, PrintStream err, boolean timelines) {
    this.root = root;
    this.out = out;
    this.err = err;
    this.timelines = timelines;
  }

  /** Checks the exercises of {@code modules} (every module when empty); 0 when every exercise checked passes. */
  int run(List<String> modules) throws IOException, InterruptedException {
    List<Exercise> all = Exercise.all(root);
    Map<String, List<Exercise>> byModule = new LinkedHashMap<>();
    for (Exercise exercise : all) {
      if (modules.isEmpty() || modules.contains(exercise.module())) {
        byModule.computeIfAbsent(exercise.module(), m -> new ArrayList<>()).add(exercise);
      }
    }
    List<String> skipped = new ArrayList<>();
    int jdk = Runtime.version().feature();
    for (String module : List.copyOf(byModule.keySet())) {
      int needs = byModule.get(module).stream().mapToInt(e -> e.style().jdk()).max().orElse(17);
      if (jdk < needs) {
        byModule.remove(module);
        skipped.add(module.substring(0, 2));
        out.println("- " + module.substring(0, 2) + " skipped: needs JDK " + needs + "+; set JAVA_HOME to one"
            + " (this is JDK " + jdk + ")");
      }
    }
    if (byModule.isEmpty()) {
      out.println("Nothing was checked.");
      return 1;
    }
    twins = Twins.listed(root, all);
    for (Twins.Twin twin : Twins.fill(root, twins)) {
      err.println("workshop: your " + twin.of().name() + " copied into " + twin.file() + ", which uses it too");
    }
    String log = maven(byModule);
    boolean allPass = true;
    for (Map.Entry<String, List<Exercise>> module : byModule.entrySet()) {
      allPass &= scoreboard(module.getKey(), module.getValue(), log);
    }
    noteTried(byModule.values().stream().flatMap(List::stream).toList());
    if (timelines) {
      Map<String, LearnerRun> runs = new LinkedHashMap<>(); // every module's run at once: they mostly wait
      try {
        for (Map.Entry<String, List<Exercise>> module : byModule.entrySet()) {
          runs.put(module.getKey(), start(module.getKey(), module.getValue(), log));
        }
        for (Map.Entry<String, List<Exercise>> module : byModule.entrySet()) {
          timelines(module.getKey(), module.getValue(), log, runs.get(module.getKey()));
        }
      } finally { // on every path: a run that failed to print, or an interrupt, leaves no JVM behind
        for (LearnerRun run : runs.values()) {
          if (run != null) {
            Workshop.stop(run.process());
          }
        }
      }
    }
    String notChecked = skipped.isEmpty() ? "" : " Not checked: " + String.join(", ", skipped) + " (see above).";
    out.println((allPass ? "Every exercise checked passes." : "Not yet: fix the first ✗ above; ./workshop hint ID"
        + " gives a hint.") + notChecked);
    return allPass ? 0 : 1;
  }

  /** Compiles the modules and runs the tests of their exercises, with Maven; returns Maven's log. */
  private String maven(Map<String, List<Exercise>> byModule) throws IOException, InterruptedException {
    List<String> tests = new ArrayList<>();
    for (Map.Entry<String, List<Exercise>> module : byModule.entrySet()) {
      deleteTree(root.resolve(module.getKey()).resolve("target/surefire-reports"));
      Files.deleteIfExists(classpath(module.getKey())); // a failed build leaves none: no stale run
      for (Exercise exercise : module.getValue()) { // CallbacksTest.someMethod runs all of CallbacksTest
        exercise.checkedBy().stream().map(ref -> exercise.testPackage() + "." + ref.replaceAll("\\..*", ""))
            .filter(test -> !tests.contains(test)).forEach(tests::add);
      }
    }
    Path log = root.resolve("target/workshop-check.log");
    Path progress = root.resolve("target/workshop-progress.txt");
    Files.createDirectories(log.getParent());
    Files.deleteIfExists(progress);
    List<String> command = new ArrayList<>(Workshop.mavenWrapper(root));
    command.addAll(List.of("-B", "-Dstyle.color=never", "-fae", "-pl", String.join(",", byModule.keySet()), "-am",
        "test", "dependency:build-classpath", "-Dmdep.outputFile=target/workshop.classpath",
        "-Dmaven.test.failure.ignore=true", "-Dsurefire.failIfNoSpecifiedTests=false", "-Dsurefire.timeout=300",
        "-Dworkshop.progress=" + progress, "-Dtest=" + String.join(",", tests),
        // the first failure of a test class is the verdict: its other tests are skipped (paint.testing.FailFast)
        "-Dworkshop.failFast=true", "-Djunit.jupiter.extensions.autodetection.enabled=true"));
    err.println("workshop: compiling " + String.join(", ", byModule.keySet()) + " and running the tests of "
        + (byModule.size() == 1 ? "its" : "their") + " exercises (about 20 s a module; Maven's log:"
        + " target/workshop-check.log)");
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home")); // Maven on the tool's own JDK
    Process maven = Workshop.start(builder, "Maven");
    try {
      long start = System.nanoTime();
      long said = start;
      while (!maven.waitFor(1, TimeUnit.SECONDS)) {
        long now = System.nanoTime();
        if (now - start > TimeUnit.MINUTES.toNanos(MAVEN_MINUTES)) {
          err.println("workshop: Maven did not finish within " + MAVEN_MINUTES + " minutes, and was stopped");
          break;
        }
        if (now - said >= TimeUnit.SECONDS.toNanos(PROGRESS_SECONDS)) { // a line every few seconds: it is not stuck
          said = now;
          err.println("workshop: " + doing(progress) + " (" + TimeUnit.NANOSECONDS.toSeconds(now - start) + " s so far)");
        }
      }
    } finally { // ended, too slow, or this thread interrupted: Maven and its test JVM end with the check
      Workshop.stop(maven);
    }
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /** What Maven is doing now: the test that started last, or compiling before the first test. */
  private static String doing(Path progress) throws IOException {
    List<String> started = Files.exists(progress) ? Files.readAllLines(progress, StandardCharsets.UTF_8) : List.of();
    return started.isEmpty() ? "compiling" : "running " + started.get(started.size() - 1)
        + ", test " + started.size();
  }

  /** Prints one line per exercise of {@code module}; true when every one passes. */
  private boolean scoreboard(String module, List<Exercise> exercises, String log) throws IOException {
    out.println(module);
    List<String> compileErrors = compileErrors(module, log);
    List<Result> results = TestReports.read(root.resolve(module).resolve("target/surefire-reports"));
    boolean allPass = true;
    Map<String, Exercise> firstNotDoneIn = new LinkedHashMap<>(); // by painting file: its later exercises use it
    for (Exercise exercise : exercises) {
      Exercise firstNotDone = firstNotDoneIn.get(exercise.file());
      if (firstNotDone == null) { // its file holds the code of an exercise of a module checked before, not right
        firstNotDone = twins.stream().filter(twin -> twin.file().equals(exercise.file()) && notRight.contains(twin.of()))
            .map(Twins.Twin::of).findFirst().orElse(null);
      }
      List<String> file = Files.readAllLines(root.resolve(exercise.file()));
      String reason = null;
      List<Result> mine = results.stream()
          .filter(result -> exercise.checkedBy().stream().anyMatch(result::matches)).toList();
      Result failed = mine.stream().filter(result -> !result.passed()) // a test that ran, and a sentence written
          .min(Comparator.comparing(Result::skipped).thenComparing(result -> !result.described())) // for a learner, first
          .orElse(null);
      if (!compileErrors.isEmpty()) {
        reason = "the module does not compile: " + compileErrors.get(0);
      } else if (mine.isEmpty()) {
        reason = "its tests did not run: see target/workshop-check.log";
      } else if (failed != null && Stubs.isStub(file, exercise)) { // the tests say ✗; the stub says why
        reason = "not written yet: it still throws UnsupportedOperationException";
      } else if (failed != null && firstNotDone != null) { // its tests run the exercise before it, which fails
        out.println("  - " + exercise.name() + ": not scored yet: its tests run your " + firstNotDone.method()
            + (firstNotDone.module().equals(module) ? "" : " (copied in from " + firstNotDone.module() + ")")
            + " too, and " + firstNotDone.id() + " is not right yet");
        allPass = false;
        notRight.add(exercise);
        continue;
      } else if (failed != null) {
        reason = failed.failure();
        if (mine.stream().anyMatch(result -> !result.passed() && !result.skipped() && ABOUT_FAILURES.matcher(result.method()).matches())) {
          aboutFailures.add(module);
        }
      }
      out.println("  " + (reason == null ? "✓ " + exercise.name() : "✗ " + exercise.name() + ": " + reason));
      if (reason != null) {
        allPass = false;
        firstNotDoneIn.putIfAbsent(exercise.file(), exercise);
        notRight.add(exercise);
      }
    }
    if (compileErrors.size() > 1) {
      compileErrors.subList(1, Math.min(compileErrors.size(), 6)).forEach(error -> out.println("    also: " + error));
    }
    return allPass;
  }

  /** The compiler's errors in {@code module}, as {@code Paint.java:12: message}. */
  private List<String> compileErrors(String module, String log) {
    List<String> errors = new ArrayList<>();
    List<String> lines = log.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher error = COMPILER_ERROR.matcher(lines.get(i));
      if (error.find() && error.group(1).replace('\\', '/').contains("/" + module + "/")) {
        String said = shortError(error, lines.subList(i + 1, lines.size()));
        if (!errors.contains(said)) {
          errors.add(said);
        }
      }
    }
    if (errors.isEmpty() && log.contains("BUILD FAILURE") && !Files.exists(root.resolve(module).resolve("target/classes"))) {
      errors.add("see target/workshop-check.log");
    }
    return errors;
  }

  /**
   * {@code PaintOnThreads.java:19: cannot find symbol: method ofVirtul() (in class java.lang.Thread)}: the
   * file, the line and the message of {@code error}, then what javac writes on the lines {@code after} it,
   * which name what does not compile.
   */
  private static String shortError(Matcher error, List<String> after) {
    String file = error.group(1).replace('\\', '/');
    StringBuilder said = new StringBuilder(file.substring(file.lastIndexOf('/') + 1) + ":" + error.group(2) + ": "
        + error.group(3).strip());
    for (String line : after) {
      Matcher detail = ERROR_DETAIL.matcher(line);
      if (!detail.matches()) {
        break;
      }
      String what = detail.group(2).strip();
      said.append(switch (detail.group(1)) {
        case "symbol" -> ": " + what;
        case "location" -> " (in " + what + ")";
        default -> "; " + detail.group(1) + ": " + what;
      });
    }
    return said.toString();
  }

  /**
   * In a copy, notes which of {@code exercises} were tried: checked with something else than the stub in
   * them, right or wrong. {@code ./workshop solution} and {@code diff} show theirs from now on.
   */
  private void noteTried(List<Exercise> exercises) throws IOException {
    if (!Copy.isCopy(root)) {
      return;
    }
    List<String> tried = new ArrayList<>();
    for (Exercise exercise : exercises) {
      if (!Stubs.isStub(Files.readAllLines(root.resolve(exercise.file())), exercise) && !wasTried(root, exercise)) {
        tried.add(exercise.id());
      }
    }
    Files.write(root.resolve(TRIED), tried, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** Whether {@code exercise} was tried in the copy at {@code root}; in the repository, everything is shown. */
  static boolean wasTried(Path root, Exercise exercise) {
    return wasTried(root, exercise.id());
  }

  /** Whether exercise {@code id} was tried in the copy at {@code root}; in the repository, everything is shown. */
  static boolean wasTried(Path root, String id) {
    if (!Copy.isCopy(root)) {
      return true;
    }
    Path tried = root.resolve(TRIED);
    try {
      return Files.exists(tried) && Files.readAllLines(tried, StandardCharsets.UTF_8).contains(id);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The exercise whose run the timeline shows: the one in the painting file of the module's own style
   * (05's {@code Paint.java}, not its sidebar), else the first.
   */
  private static Exercise shown(String module, List<Exercise> exercises) {
    String file = Style.ofModule(module).map(Style::paintingFile).orElse("");
    return exercises.stream().filter(e -> e.file().replace('\\', '/').equals(file)).findFirst().orElse(exercises.get(0));
  }

  private void timelines(String module, List<Exercise> exercises, String log, LearnerRun started)
      throws IOException, InterruptedException {
    out.println();
    Exercise exercise = shown(module, exercises);
    String command = exercise.runCommand() + (aboutFailures.contains(module) ? " -Dexec.args=\"" + FAILURES + "\"" : "");
    if (!compileErrors(module, log).isEmpty() || !Files.exists(classpath(module))) {
      out.println("Your timeline of " + module + ": not run, the code does not compile.");
      return;
    }
    Exercise stub = stub(exercise, exercises);
    if (stub != null) { // it would only throw
      out.println("Your timeline (" + command + "): not run yet, " + stub.name()
          + " still throws UnsupportedOperationException.");
    } else {
      out.println("Your timeline (" + command + "):");
      started.print(out, err, module);
    }
    out.println();
    out.println("What a correct solution prints (" + module + "/README.md; the times vary a little):");
    Readme.read(root.resolve(module).resolve("README.md")).outputOf(command)
        .orElse(List.of("(the README shows no output for " + command + ")")).forEach(out::println);
  }

  private Path classpath(String module) {
    return root.resolve(module).resolve("target/workshop.classpath");
  }

  /** The first exercise in {@code shown}'s painting file that is still a stub, or null. */
  private Exercise stub(Exercise shown, List<Exercise> exercises) throws IOException {
    for (Exercise e : exercises) {
      if (e.file().equals(shown.file()) && Stubs.isStub(Files.readAllLines(root.resolve(e.file())), e)) {
        return e;
      }
    }
    return null;
  }

  /** Starts the learner's code of {@code module} if it compiled and has no stub left; null if not. */
  private LearnerRun start(String module, List<Exercise> exercises, String log) throws IOException,
      InterruptedException {
    Exercise exercise = shown(module, exercises);
    if (!compileErrors(module, log).isEmpty() || !Files.exists(classpath(module)) || stub(exercise, exercises) != null) {
      return null;
    }
    String classpath = root.resolve(module).resolve("target/classes") + File.pathSeparator
        + Files.readString(classpath(module)).strip();
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path printed = root.resolve(module).resolve("target/workshop-run.txt");
    Path errors = root.resolve(module).resolve("target/workshop-run.err");
    List<String> command = new ArrayList<>(List.of(javaBin, "-cp", classpath, exercise.mainClass()));
    if (aboutFailures.contains(module)) {
      command.addAll(List.of(FAILURES.split(" ")));
    }
    Process run = Workshop.start(new ProcessBuilder(command).directory(root.toFile())
        .redirectOutput(printed.toFile()).redirectError(errors.toFile()), "your run");
    run.getOutputStream().close();
    return new LearnerRun(run, printed, errors, System.nanoTime());
  }

  /**
   * The learner's code, running in a JVM of its own, printing to files, stopped {@link #RUN_SECONDS} after its
   * first line (the JVM's start is not counted: every module's run starts at once, and a busy laptop may take
   * seconds to start them), or {@link #START_SECONDS} after it started if it printed nothing by then.
   */
  private record LearnerRun(Process process, Path printed, Path errors, long started) {

    /** Waits for the run, saying every few seconds that it waits, then prints what it printed, and its error lines. */
    void print(PrintStream out, PrintStream err, String module) throws IOException, InterruptedException {
      long firstLine = 0;
      long said = System.nanoTime();
      boolean ended;
      while (!(ended = process.waitFor(100, TimeUnit.MILLISECONDS))) {
        long now = System.nanoTime();
        if (firstLine == 0 && Files.size(printed) > 0) {
          firstLine = now;
        }
        long deadline = firstLine != 0 ? firstLine + TimeUnit.SECONDS.toNanos(RUN_SECONDS)
            : started + TimeUnit.SECONDS.toNanos(START_SECONDS);
        if (now - deadline > 0) {
          break;
        }
        if (now - said >= TimeUnit.SECONDS.toNanos(PROGRESS_SECONDS)) {
          said = now;
          err.println("workshop: your " + module + " is still running (" + TimeUnit.NANOSECONDS.toSeconds(now - started)
              + " s so far; a correct solution takes about 2 s)");
        }
      }
      if (!ended) {
        process.destroy(); // as Ctrl-C would: where the JVM can, the run prints its timeline so far
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          Workshop.stop(process);
        }
      }
      out.print(Files.readString(printed, StandardCharsets.UTF_8));
      // its own error lines, not the Vert.x log or stack traces: those stay in the file
      Files.readAllLines(errors, StandardCharsets.UTF_8).stream().filter(line -> line.startsWith("error: "))
          .forEach(out::println);
      if (!ended) {
        out.println("(stopped " + RUN_SECONDS + " s after its first line, as Ctrl-C would: a correct solution takes"
            + " about 2 s; its error stream is in " + errors.getParent().getParent().getFileName() + "/target/"
            + errors.getFileName() + ")");
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
