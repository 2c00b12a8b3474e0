package paint.virtualthreads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
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
  void paintsEveryCanvasOnAVirtualThreadOfItsOwnAtOnce() {
    StyleRun run = StyleRun.of("jdk-virtual-threads", ThreadsMain::paint, Expect.SHORT);

    Expect.endedWell(run);
    Timeline timeline = run.timeline();
    Expect.everyCanvasDryOnce(timeline);
    Expect.aboutOneDryingTime(run.timeline(), run.elapsed(), Expect.settings(Expect.SHORT));
    assertThat(timeline.threadNames()).containsExactlyInAnyOrder("painter-1", "painter-2", "painter-3");
    assertThat(run.summary()).matches("jdk-virtual-threads: 3 paintings in \\d+\\.\\d\\d s");
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
