package paint.futures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import paint.testing.Expect;
import paint.testing.OnVertx;
import paint.testing.StyleRun;

/** Heavy paint: on the event loop it blocks the loop; offloaded to workers it does not. */
@org.junit.jupiter.api.Timeout(30)
class OffloadTest {

  /**
   * 0.57 to 0.78 s of CPU per painting here ({@code java -cp tour/target/tour.jar bench/PaintTimes.java}):
   * more than the strict limit of 400 ms per event-loop task, and three of them paint in one task. With a time-out of 10 s: on a busy machine the paint takes longer, and
   * what is tested here is where it runs, not how fast.
   */
  private static final String HEAVY = "600000000";

  @Test
  void heavyPaintOnTheEventLoopBlocksIt() throws Exception {
    OnVertx.Result run = OnVertx.run(Main::paintAll, Expect.settings(Expect.shortWith("--work", HEAVY, "--timeout", "10s")));
    Expect.everyCanvasDryOnce(run.timeline());
    assertThat(run.blockedThreadWarnings()).isNotEmpty()
        .allMatch(warning -> warning.contains("vert.x-eventloop-thread-") && warning.contains("has been blocked"));
  }

  @Test
  void offloadedHeavyPaintLeavesTheEventLoopFree() throws Exception {
    OnVertx.Result run = OnVertx.run(OffloadMain::paintAll, Expect.settings(Expect.shortWith("--work", HEAVY, "--timeout", "10s")));

    Expect.everyCanvasDryOnce(run.timeline());
    assertThat(run.blockedThreadWarnings()).isEmpty();
    // Painted on worker threads, checked on the event loop.
    assertThat(run.timeline().threadNames())
        .anyMatch(name -> name.startsWith("vert.x-worker-thread-"))
        .anyMatch(name -> name.startsWith("vert.x-eventloop-thread-"));
  }

  @Test
  void theSidebarsMainPaintsOnWorkersAndChecksOnTheEventLoop() {
    StyleRun.warmUp("futures-offload", OffloadMain::paint);
    StyleRun run = StyleRun.of("futures-offload", OffloadMain::paint, Expect.SHORT);
    Expect.endedWell(run);
    Expect.everyCanvasDryOnce(run.timeline());
    Expect.aboutOneDryingTime(run.timeline(), run.elapsed(), Expect.settings(Expect.SHORT));
    assertThat(run.summary()).matches("futures-offload: 3 paintings in \\d\\.\\d\\d s");
    assertThat(run.timeline().threadNames()).allMatch(
        name -> name.startsWith("vert.x-worker-thread-") || name.startsWith("vert.x-eventloop-thread-"));
  }
}
