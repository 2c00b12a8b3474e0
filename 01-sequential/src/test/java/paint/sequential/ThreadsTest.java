package paint.sequential;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import paint.stage.Timeline;
import paint.stage.Timeline.Outcome;
import paint.stage.Limits;
import paint.testing.Expect;
import paint.testing.StyleRun;

@Timeout(10)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThreadsTest {

  @Test
  @Order(1) // first: the verdict of exercise 01.1 is the first test that fails (see paint.testing.FailFast)
  void paintsEveryCanvasOnItsOwnThreadAtOnce() {
    String[] args = Expect.SHORT;
    StyleRun.warmUp("threads", ThreadsMain::paint);
    StyleRun run = StyleRun.of("threads", ThreadsMain::paint, args);

    Expect.endedWell(run);
    Timeline timeline = run.timeline();
    Expect.everyCanvasDryOnce(timeline);
    Expect.aboutOneDryingTime(run.timeline(), run.elapsed(), Expect.settings(args));
    assertThat(timeline.threadNames()).as("the canvases were painted on %s: each needs a thread of its own, named"
        + " painter-1 to painter-3 after its canvas", timeline.threadNames())
        .containsExactlyInAnyOrder("painter-1", "painter-2", "painter-3");
    assertThat(timeline.threadCount()).as("the canvases were painted on %d threads, not 3", timeline.threadCount())
        .isEqualTo(3);
    assertThat(run.summary()).matches("threads: 3 paintings in \\d+\\.\\d\\d s");
  }

  /** Joining one thread, the first or the last, returns while another painting still runs: every thread is joined. */
  @Test
  @Order(2)
  void paintAllReturnsOnlyOnceEveryPaintingHasEnded() {
    Expect.returnsOnlyOnceEveryPaintingHasEnded("threads", ThreadsMain::paint, "wait for every thread to end (join"
        + " each one, after starting them all) before paintAll returns");
  }

  @Test
  void failuresStayWithTheirCanvas() {
    String[] args = {"--paintings", "3", "--dry", "400ms", "--poll", "50ms", "--work", "0", "--fail", "2",
        "--stuck", "3", "--timeout", "400ms"};
    StyleRun run = StyleRun.of("threads", ThreadsMain::paint, args);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.timeline().outcome(1)).isEqualTo(Outcome.DRY);
    assertThat(run.timeline().outcome(2)).isEqualTo(Outcome.FAILED);
    assertThat(run.timeline().outcome(3)).isEqualTo(Outcome.TIMED_OUT);
    assertThat(run.summary()).endsWith("(1 failed, 1 timed out)");
    // At once, not one after another: every canvas was painted before canvas 1 dried.
    Expect.aboutOneDryingTime(run.timeline(), run.elapsed(), Expect.settings(args));
  }

  @Test
  void refusesMoreThreadsThanTheMachineAllows() {
    long tooMany = Limits.threadLimit();
    StyleRun run = StyleRun.of("threads", ThreadsMain::paint, "--paintings", String.valueOf(tooMany));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.timeline()).isNull();
    assertThat(run.err().lines().findFirst().orElseThrow())
        .startsWith("error: --paintings " + tooMany + ": one thread per painting needs " + tooMany + " threads");
  }
}
