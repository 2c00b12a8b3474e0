package paint.sequential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import paint.common.Settings;
import paint.stage.Format;
import paint.stage.Timeline;
import paint.stage.Timeline.Outcome;
import paint.testing.Expect;
import paint.testing.StyleRun;

@Timeout(10)
class SequentialTest {

  @Test
  void paintsEveryCanvasOneAfterAnother() {
    StyleRun run = StyleRun.of("sequential", Main::paint, Expect.SHORT);

    Expect.endedWell(run);
    assertThat(run.err()).isEmpty();
    Timeline timeline = run.timeline();
    Expect.everyCanvasDryOnce(timeline);
    // One after another: the run takes at least the sum of the drying times...
    assertThat(run.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(3 * 400));
    // ...each canvas is painted only once the one before it is dry...
    for (int n = 2; n <= 3; n++) {
      assertThat(timeline.endNanos(n) - timeline.lifetimeNanos(n)).isGreaterThanOrEqualTo(timeline.endNanos(n - 1));
    }
    // ...and everything happens on the thread that called main.
    assertThat(timeline.threadNames()).containsExactly(Thread.currentThread().getName());
    assertThat(run.summary()).matches("sequential: 3 paintings in \\d+\\.\\d\\d s");
  }

  @Test
  void printsTheStartLineTheTimelineAndTheSummary() {
    StyleRun run = StyleRun.of("sequential", Main::paint, Expect.SHORT);
    assertThat(run.lines().get(0)).isEqualTo("sequential: 3 canvases, 400ms to dry, checked every 100ms");
    assertThat(run.out()).contains("canvas 1 |P", "canvas 3 |", "ran on: t1 = " + Thread.currentThread().getName());
  }

  @Test
  void aTornCanvasIsReportedAndTheOthersStillDry() {
    StyleRun run = StyleRun.of("sequential", Main::paint, Expect.shortWith("--fail", "2"));

    Expect.canvasTwoTore(run, "sequential");
    // The torn canvas costs no drying time: canvas 3 is painted as soon as canvas 2 tore, not a drying time
    // (400 ms) later. Measured between those two events alone, so that the checks' sleeps, which a busy machine
    // stretches, stay out of it.
    Timeline timeline = run.timeline();
    Duration gap = Duration.ofNanos(timeline.paintStartNanos(3) - timeline.endNanos(2));
    Expect.closerTo(gap, Duration.ZERO, Duration.ofMillis(400),
        "canvas 3 was painted %s after canvas 2 tore: did the torn canvas wait for its drying time?",
        Format.seconds(gap.toNanos()));
  }

  @Test
  void aStuckCanvasTimesOutAndTheOthersStillDry() {
    StyleRun run = StyleRun.of("sequential", Main::paint, Expect.shortWith("--stuck", "2", "--timeout", "800ms"));

    assertThat(run.status()).isEqualTo(1);
    Expect.onlyCanvasTimedOut(run.timeline(), 2, Duration.ofMillis(800));
    assertThat(run.out()).containsPattern("canvas 2 timed out after \\d\\.\\d\\d s");
    assertThat(run.summary()).endsWith("(1 timed out)");
  }

  @Test
  void anInterruptEndsTheRunPromptlyAndIsKept() throws Exception {
    Settings settings = Expect.settings("--dry", "10s", "--poll", "1s", "--work", "0");
    Timeline timeline = new Timeline(settings.paintings());
    long start = System.nanoTime();

    Thread.currentThread().interrupt(); // as if someone asked this thread to stop
    Paint.paintAll(timeline.canvases(settings), settings);
    boolean stillInterrupted = Thread.interrupted(); // reads and clears the flag

    assertThat(stillInterrupted).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(timeline.count(Outcome.FAILED)).isEqualTo(3);
    assertThat(timeline.failure(1)).isEqualTo("interrupted");
  }

  @Test
  void refusesARunThatWouldTakeHoursWithoutStartingIt() {
    StyleRun run = StyleRun.of("sequential", Main::paint, "--paintings", "1000000");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.timeline()).isNull();
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().findFirst()).hasValue("error: --paintings 1000000: one after another, "
        + "that takes about 23 days; at most 149 fit in 5 minutes (the other styles take them all at once)");
    assertThat(run.err()).contains("usage: sequential [options]");
  }

  @Test
  void badOptionsExitWithStatusTwoAndTheUsage() {
    StyleRun run = StyleRun.of("sequential", Main::paint, "--poll", "0ms");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines().findFirst()).hasValue("error: --poll 0ms: must be more than 0");
    assertThat(run.err()).contains("usage: sequential [options]").doesNotContain("Exception");
  }

  @Test
  void helpPrintsTheUsage() {
    StyleRun run = StyleRun.of("sequential", Main::paint, "--help");
    Expect.endedWell(run);
    assertThat(run.out()).startsWith("usage: sequential [options]");
  }
}
