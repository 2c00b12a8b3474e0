package paint.workshop;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import paint.testing.CtrlC;

/**
 * Ctrl-C during a check, as a terminal sends it: one line, exit status 130, nothing printed after that line,
 * and no process that the check started left running (seen in the operating system's process list), both
 * while Maven runs and while the learner's code runs.
 */
@Timeout(180)
@EnabledOnOs({OS.LINUX, OS.MAC})
class CtrlCTest {

  @TempDir
  static Path temp;
  /** One copy for both tests (the second compiles only what changed), with 01.1 solved. */
  private static Path copy;

  @Test
  void ctrlCDuringMavenStopsItAndSaysSoInOneLine() throws Exception {
    Path copy = copy();
    Checking check = Checking.start(copy, "02");
    try (Spawned spawned = Spawned.by(check.process.toHandle())) {
      waitFor(() -> !spawned.seen().isEmpty(), "Maven started");

      CtrlC.send(check.process);

      check.assertStoppedWithOneLine();
      assertThat(check.out()).as("nothing on standard output: the scores come after Maven").isEmpty();
      assertThat(spawned.leftAlive()).isEmpty();
    }
  }

  @Test
  void ctrlCDuringYourRunStopsItAndNothingIsPrintedAfterIt() throws Exception {
    Path copy = copy();
    Path printed = copy.resolve("01-sequential/target/workshop-run.txt");
    Checking check = Checking.start(copy, "01");
    try (Spawned spawned = Spawned.by(check.process.toHandle())) {
      waitFor(() -> Files.exists(printed) && printed.toFile().length() > 0, "your run printed its first line");

      CtrlC.send(check.process);

      check.assertStoppedWithOneLine();
      assertThat(check.out()).as("the scores came before Ctrl-C; nothing after it").contains("✓ 01.1 paintAll")
          .doesNotContain("What a correct solution prints", "Every exercise checked passes", "Not yet");
      assertThat(spawned.leftAlive()).isEmpty();
    }
  }

  /** The copy, made at the first call: its exercise 01.1 holds the solution, so that a check of 01 runs it. */
  private static Path copy() throws Exception {
    assumeFalse(Workshops.inACopy(), "a learner's copy");
    CtrlC.assumeItReachesChildren();
    if (copy == null) {
      copy = Workshops.copyWithSolved(temp.resolve("my-workshop"), "01.1");
    }
    return copy;
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!condition.getAsBoolean() && System.nanoTime() < giveUp) {
      Thread.sleep(20);
    }
    assertThat(condition.getAsBoolean()).as(what).isTrue();
  }

  /** {@code ./workshop check MODULE} in a JVM of its own, as the script runs it, its output read as it comes. */
  private record Checking(Process process, ByteArrayOutputStream stdout, ByteArrayOutputStream stderr) {

    static Checking start(Path copy, String module) throws IOException {
      Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), "-Dworkshop.root=" + copy, Workshop.class.getName(), "check", module)
          .start();
      Checking check = new Checking(process, new ByteArrayOutputStream(), new ByteArrayOutputStream());
      drain(process.getInputStream(), check.stdout);
      drain(process.getErrorStream(), check.stderr);
      return check;
    }

    private static void drain(InputStream from, ByteArrayOutputStream to) {
      Thread reader = new Thread(() -> {
        try {
          from.transferTo(to);
        } catch (IOException e) {
          // the process is gone
        }
      });
      reader.setDaemon(true);
      reader.start();
    }

    String out() {
      return stdout.toString(UTF_8);
    }

    /** It ended with 130, and its error stream's last line, after the progress lines, says it stopped. */
    void assertStoppedWithOneLine() throws InterruptedException {
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the check ended").isTrue();
      assertThat(process.exitValue()).isEqualTo(130);
      Thread.sleep(200); // the readers have the last bytes
      List<String> rest = stderr.toString(UTF_8).lines().filter(line -> !line.startsWith("workshop: compiling")
          && !line.startsWith("workshop: running") && !line.contains(" is still running (")).toList();
      assertThat(rest).singleElement().asString().startsWith("workshop: stopped (Ctrl-C)");
    }
  }
}
