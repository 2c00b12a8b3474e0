package paint.virtualthreads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import paint.common.Canvas;
import paint.common.CanvasEvents;
import paint.common.Settings;
import paint.stage.Timeline;
import paint.testing.Expect;
import paint.testing.StyleRun;

/** The sidebar: 01's blocking code, with {@code Thread.sleep}, on one JDK virtual thread per painting. */
@Timeout(30)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JdkVirtualThreadsTest {

  @org.junit.jupiter.api.BeforeEach
  void warmUp() {
    StyleRun.warmUp("jdk-virtual-threads", ThreadsMain::paint);
  }

  @Test
  @Order(1) // first: it scores exercise 05.1 (see paint.testing.FailFast)
  void paintsEveryCanvasOnAVirtualThreadOfItsOwnAtOnce() throws InterruptedException {
    StyleRun run = StyleRun.of("jdk-virtual-threads", ThreadsMain::paint, Expect.SHORT);

    Expect.endedWell(run);
    Timeline timeline = run.timeline();
    Expect.everyCanvasDryOnce(timeline);
    Expect.aboutOneDryingTime(run.timeline(), run.elapsed(), Expect.settings(Expect.SHORT));
    assertThat(timeline.threadNames()).as("the canvases were painted on %s: each needs a thread of its own, named"
        + " painter-1 to painter-3 after its canvas", timeline.threadNames())
        .containsExactlyInAnyOrder("painter-1", "painter-2", "painter-3");
    assertThat(run.summary()).matches("jdk-virtual-threads: 3 paintings in \\d+\\.\\d\\d s");
    Set<String> platform = platformThreadsThatPaint();
    assertThat(platform).as("the canvases were painted on platform threads, %s: make each painter a virtual thread",
        platform).isEmpty();
  }

  /** Joining one thread, the first or the last, returns while another painting still runs: every thread is joined. */
  @Test
  @Order(2)
  void paintAllReturnsOnlyOnceEveryPaintingHasEnded() {
    Expect.returnsOnlyOnceEveryPaintingHasEnded("jdk-virtual-threads", ThreadsMain::paint, "wait for every thread to"
        + " end (join each one, after starting them all) before paintAll returns");
  }

  /** The names of the threads that paint three canvases in {@code PaintOnThreads.paintAll} and are not virtual. */
  private static Set<String> platformThreadsThatPaint() throws InterruptedException {
    Settings settings = Expect.settings("--paintings", "3", "--dry", "10ms", "--poll", "5ms", "--work", "0");
    Timeline timeline = new Timeline(settings.paintings());
    Set<String> platform = ConcurrentHashMap.newKeySet();
    CanvasEvents watched = new CanvasEvents() {
      @Override
      public void paintStarted(int n) {
        if (!Thread.currentThread().isVirtual()) {
          platform.add(Thread.currentThread().getName());
        }
        timeline.paintStarted(n);
      }

      @Override
      public void paintEnded(int n) {
        timeline.paintEnded(n);
      }

      @Override
      public void checked(int n, boolean dry) {
        timeline.checked(n, dry);
      }

      @Override
      public void failed(int n, Throwable error) {
        timeline.failed(n, error);
      }
    };
    List<Canvas> canvases = new ArrayList<>();
    for (int n = 1; n <= settings.paintings(); n++) {
      canvases.add(new Canvas(n, settings, watched));
    }
    PaintOnThreads.paintAll(canvases, settings);
    return platform;
  }

  /** Where a platform thread per painting runs out of threads, virtual threads do not: 50,000 at once. */
  @Test
  void paintsFiftyThousandCanvasesInAboutOneDryingTime() {
    String[] args = {"--paintings", "50000", "--dry", "500ms", "--poll", "100ms", "--work", "0"};
    StyleRun run = StyleRun.of("jdk-virtual-threads", ThreadsMain::paint, args);

    Expect.endedWell(run);
    Expect.everyCanvasDryOnce(run.timeline());
    assertThat(run.timeline().threadCount()).isEqualTo(50_000);
    assertThat(run.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(500)).isLessThan(Duration.ofSeconds(10));
  }
}
