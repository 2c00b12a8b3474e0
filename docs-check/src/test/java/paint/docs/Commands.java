package paint.docs;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import paint.stage.Style;

/**
 * Runs the commands that the READMEs give, exactly as a learner types them: {@code ./mvnw ... exec:java@STYLE}
 * through the Maven wrapper (its Windows twin, {@code mvnw.cmd}, on Windows), {@code java -jar
 * tour/target/tour.jar ...} with this JDK's {@code java}, and {@code ./compare A B} through the code that
 * the script runs. Each command runs once per test run; the checks that need it share the result.
 */
final class Commands {

  /** A style's run: {@code ./mvnw -q -pl 02-callbacks -am compile exec:java@callbacks -Dexec.args="--fail 2"}, or
   * its PowerShell form {@code mvnw.cmd ... exec:java@callbacks "-Dexec.args=--fail 2"}. */
  static final Pattern EXEC = Pattern.compile("(?:\\./mvnw|mvnw\\.cmd) -q -pl (\\S+) -am compile exec:java@([\\w-]+)"
      + "(?: -Dexec\\.args=\"([^\"`]*)\"| \"-Dexec\\.args=([^\"`]*)\")?");
  static final Pattern TOUR = Pattern.compile("java -jar tour/target/tour\\.jar((?: [^`\\n]*)?)");
  static final Pattern COMPARE = Pattern.compile("\\./compare((?: [\\w-]+)+)");

  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  static final Path TOUR_JAR = ROOT.resolve("tour/target/tour.jar");
  private static final Duration LIMIT = Duration.ofMinutes(5);
  private static final Map<String, Ran> RAN = new ConcurrentHashMap<>();

  /** What a command printed, and its exit status. */
  record Ran(int status, List<String> out, List<String> err) {
    String firstLine() {
      return out.isEmpty() ? "" : out.get(0);
    }
  }

  private Commands() { }

  /**
   * The {@code exec:java} executions that are not styles but run until Ctrl-C, such as a JVM of painters only
   * ({@code exec:java@painter}): a README may give them, and they are not run here.
   */
  static final List<String> UNTIL_STOPPED = List.of("painter");

  /** The style that an exec command runs, with its options. */
  record Exec(String module, Style style, List<String> options) {
    static Optional<Exec> of(String command) {
      Matcher m = EXEC.matcher(command);
      if (!m.matches() || UNTIL_STOPPED.contains(m.group(2))) {
        return Optional.empty();
      }
      String args = m.group(3) != null ? m.group(3) : m.group(4);
      Style style = Style.named(m.group(2)).orElseThrow(() ->
          new IllegalArgumentException(command + ": there is no style " + m.group(2)));
      return Optional.of(new Exec(m.group(1), style, words(args)));
    }
  }

  private static final java.util.concurrent.atomic.AtomicBoolean SAID_NO_JAR = new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Whether {@code command} can run in this build: not the tour's before {@code package} has made tour.jar (as in
   * {@code ./mvnw test}). The first time one cannot, it says so in one line on standard output, which Maven shows.
   */
  static boolean canRun(String command) {
    if (!TOUR.matcher(command).matches() || Files.exists(TOUR_JAR)) {
      return true;
    }
    if (SAID_NO_JAR.compareAndSet(false, true)) {
      System.out.println("README checks: the outputs of `java -jar tour/target/tour.jar ...` are not checked here:"
          + " tour.jar is made by `package`, which `./mvnw test` does not reach (`./mvnw verify` checks them)");
    }
    return false;
  }

  /** Runs {@code command} (once: later calls get the first result). */
  static Ran run(String command) {
    return RAN.computeIfAbsent(command, Commands::start);
  }

  /**
   * Whether this build runs {@code command}: on a JDK that runs its style, and there CI's pass for its module
   * ({@link CiPasses}: 01 to 04 on JDK 17, 05 and later on 21+), so that CI runs each command once. A tour
   * that runs 05 needs 21. {@code -Dreadme.everyJdk=true}, or {@code -Dreadme.update=true}, runs them on any
   * JDK that can. (On JDK 17 a 05 command must fail: {@link CommandsTest} checks that there.)
   */
  static boolean runsHere(String command, List<String> sample) {
    int jdk = Runtime.version().feature();
    boolean anyJdk = Boolean.getBoolean("readme.everyJdk") || Boolean.getBoolean("readme.update");
    Optional<Exec> exec = Exec.of(command);
    if (exec.isPresent()) {
      Style style = exec.get().style();
      return jdk >= style.jdk() && (anyJdk || CiPasses.thisPass(style.module()));
    }
    return !TOUR.matcher(command).matches() || jdk >= 21 || sample.stream().noneMatch(l -> l.contains("virtual-threads"));
  }

  /** The duration that {@code option} ({@code --dry}, {@code --poll}) has in {@code command}, or its default. */
  static Duration duration(String command, String option, Duration byDefault) {
    List<String> words = words(command.replace("\"", " "));
    int at = words.indexOf(option);
    return at >= 0 && at + 1 < words.size() ? Duration.ofMillis(millis(words.get(at + 1))) : byDefault;
  }

  private static Ran start(String command) {
    try {
      Matcher compare = COMPARE.matcher(command);
      if (compare.matches()) {
        List<String> names = words(compare.group(1));
        Style a = PaintingDiff.style(names.get(0)).orElseThrow();
        Style b = PaintingDiff.style(names.get(1)).orElseThrow();
        return new Ran(0, PaintingDiff.unified(ROOT, a, b), List.of());
      }
      List<String> process = new ArrayList<>();
      Matcher tour = TOUR.matcher(command);
      Optional<Exec> exec = Exec.of(command);
      if (exec.isPresent()) {
        process.add(mavenWrapper());
        process.addAll(List.of("-q", "-pl", exec.get().module(), "-am", "compile", "exec:java@" + exec.get().style().name()));
        if (!exec.get().options().isEmpty()) {
          process.add("-Dexec.args=" + String.join(" ", exec.get().options()));
        }
      } else if (tour.matches()) {
        process.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
            TOUR_JAR.toString()));
        process.addAll(words(tour.group(1)));
      } else {
        throw new IllegalArgumentException("cannot run: " + command);
      }
      return execute(command, process);
    } catch (IOException e) {
      throw new IllegalStateException(command + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(command + ": interrupted", e);
    }
  }

  /** The Maven wrapper of the repository: {@code mvnw}, or {@code mvnw.cmd} on Windows. */
  static String mavenWrapper() {
    boolean windows = System.getProperty("os.name", "").startsWith("Windows");
    return ROOT.resolve(windows ? "mvnw.cmd" : "mvnw").toString();
  }

  /**
   * Runs {@code process} in the repository, Maven on this JDK, for at most {@link #LIMIT}; {@code command} names
   * it. The process and what it started end with this call, however it ends (a time-out, an interrupt).
   */
  static Ran execute(String command, List<String> process) throws IOException, InterruptedException {
    Path out = Files.createTempFile("readme-command", ".out");
    Path err = Files.createTempFile("readme-command", ".err");
    Process started = null;
    try {
      ProcessBuilder builder = new ProcessBuilder(process).directory(ROOT.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().put("JAVA_HOME", System.getProperty("java.home")); // Maven on this JDK
      started = builder.start();
      started.getOutputStream().close();
      if (!started.waitFor(LIMIT.toMinutes(), TimeUnit.MINUTES)) {
        throw new IllegalStateException(command + " did not finish within " + LIMIT.toMinutes() + " minutes");
      }
      return new Ran(started.exitValue(), Files.readAllLines(out, UTF_8), Files.readAllLines(err, UTF_8));
    } finally {
      if (started != null && started.isAlive()) {
        started.descendants().forEach(ProcessHandle::destroyForcibly);
        started.destroyForcibly();
      }
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static List<String> words(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
  }

  private static long millis(String duration) {
    return duration.endsWith("ms") ? Long.parseLong(duration.replace("ms", ""))
        : (long) (Double.parseDouble(duration.replace("s", "")) * 1000);
  }
}
