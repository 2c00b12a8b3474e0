package paint.workshop;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every process that {@code ./workshop check} starts (Maven, its test JVM, the learner's run) ends with the
 * check, on every path: an exception on the way (a printer that fails while the learner's run is going), an
 * interrupt of the thread that runs the check, during Maven and during the learner's run. A normal end is
 * {@link WorkshopTest}'s (every round), Ctrl-C {@link CtrlCTest}'s. The processes are seen in the operating
 * system's process list ({@link Spawned}), in one copy whose exercise 01.1 holds the solution, so that its
 * run starts.
 */
@Timeout(300)
class NothingLeftBehindTest {

  @TempDir
  static Path temp;
  static Path copy;

  @BeforeAll
  static void aCopyWhose01IsSolved() throws Exception {
    assumeFalse(Workshops.inACopy(), "a learner's copy");
    copy = Workshops.copyWithSolved(temp.resolve("my-workshop"), "01.1");
  }

  /** The learner's run has started when the timelines are printed; a printer that fails then must not leave it. */
  @Test
  void aCheckThatFailsOnItsWayLeavesNoProcess() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream failing = new PrintStream(new ByteArrayOutputStream(), true, UTF_8) {
      @Override
      public void println(String line) {
        if (line.startsWith("Your timeline (")) {
          throw new IllegalStateException("a printer that broke");
        }
        super.println(line);
      }
    };
    try (Spawned spawned = Spawned.by(ProcessHandle.current())) {
      int status = Workshop.run(copy, failing, new PrintStream(err, true, UTF_8), "check", "01");

      assertThat(status).isEqualTo(1);
      assertThat(err.toString(UTF_8)).contains("error: the workshop tool failed: java.lang.IllegalStateException: a"
          + " printer that broke");
      assertThat(copy.resolve("01-sequential/target/workshop-run.txt")).as("your run had started").exists();
      assertThat(spawned.leftAlive()).isEmpty();
    }
  }

  @Test
  void anInterruptDuringMavenLeavesNoProcess() throws Exception {
    interrupted(spawned -> !spawned.seen().isEmpty());
  }

  @Test
  void anInterruptDuringTheLearnersRunLeavesNoProcess() throws Exception {
    Path printed = copy.resolve("01-sequential/target/workshop-run.txt");
    Files.deleteIfExists(printed);
    interrupted(spawned -> Files.exists(printed) && printed.toFile().length() > 0);
  }

  /** Runs {@code check 01} on a thread of its own, interrupts it once {@code now} holds, and looks at what is left. */
  private static void interrupted(java.util.function.Predicate<Spawned> now) throws Exception {
    AtomicInteger status = new AtomicInteger(-1);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (Spawned spawned = Spawned.by(ProcessHandle.current())) {
      Thread checking = new Thread(() -> status.set(Workshop.run(copy, new PrintStream(new ByteArrayOutputStream(), true,
          UTF_8), new PrintStream(err, true, UTF_8), "check", "01")), "check 01");
      checking.start();
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!now.test(spawned) && checking.isAlive() && System.nanoTime() < giveUp) {
        Thread.sleep(20);
      }
      assertThat(checking.isAlive()).as("the check was still going when the test meant to interrupt it").isTrue();

      checking.interrupt();
      checking.join(TimeUnit.SECONDS.toMillis(30));

      assertThat(checking.isAlive()).as("the check ended").isFalse();
      assertThat(status.get()).as(err.toString(UTF_8)).isEqualTo(130);
      assertThat(err.toString(UTF_8)).contains("workshop: stopped");
      assertThat(spawned.seen()).isNotEmpty();
      assertThat(spawned.leftAlive()).isEmpty();
    }
  }
}
