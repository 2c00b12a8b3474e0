package paint.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import paint.stage.Timeline.Outcome;

class TimelineTest {

  @Test
  void theFirstOutcomeWinsAndLaterOnesAreCounted() {
    Timeline timeline = new Timeline(2);
    timeline.paintStarted(1);
    timeline.paintEnded(1);
    timeline.checked(1, true);
    timeline.checked(1, true); // a style that forgot to stop polling
    timeline.failed(1, new TimeoutException());

    assertThat(timeline.outcome(1)).isEqualTo(Outcome.DRY);
    assertThat(timeline.extraOutcomes()).isEqualTo(2);
    assertThat(timeline.checksAfterOutcome()).isEqualTo(1);
    assertThat(timeline.count(Outcome.DRY)).isEqualTo(1);
    assertThat(timeline.unsettled()).isEqualTo(1);
    assertThat(timeline.outcome(2)).isNull();
  }

  @Test
  void countsTheThreadsThatPaintedOrChecked() throws Exception {
    Timeline timeline = new Timeline(3);
    timeline.paintStarted(1);
    timeline.checked(1, true);
    Thread other = new Thread(() -> {
      timeline.paintStarted(2);
      timeline.checked(2, true);
    }, "other");
    other.start();
    other.join();
    assertThat(timeline.threadCount()).isEqualTo(2);
    assertThat(timeline.jvmCount()).as("both threads of this JVM").isEqualTo(1);
    assertThat(timeline.threadNames()).containsExactly(Thread.currentThread().getName(), "other");
  }

  @Test
  void keepsNoMarksBeyondTheDrawnCanvases() {
    Timeline timeline = new Timeline(Timeline.DETAILED + 5);
    timeline.paintStarted(Timeline.DETAILED + 1);
    timeline.checked(Timeline.DETAILED + 1, false);
    assertThat(timeline.checks(Timeline.DETAILED + 1)).isEqualTo(1);
    assertThat(timeline.threadNames()).isEmpty();
  }

  @Test
  void eventsThatHappenedElsewhereAreRecordedWithTheirThreadAndTime() {
    long[] now = {1_000};
    Timeline timeline = new Timeline(2, () -> now[0]);
    now[0] = 5_000;
    timeline.elsewhere("node 2", "vert.x-eventloop-thread-1", 1_100).paintStarted(1);
    timeline.elsewhere("node 2", "vert.x-eventloop-thread-1", 1_200).paintEnded(1);
    timeline.elsewhere("node 2", "vert.x-eventloop-thread-1", 1_700).checked(1, true);
    timeline.paintStarted(2); // here, now
    timeline.elsewhere("node 3", "vert.x-eventloop-thread-1", 1_300).failed(2, new TimeoutException());

    assertThat(timeline.paintStartNanos(1)).as("on this timeline's clock, from its start").isEqualTo(100);
    assertThat(timeline.endNanos(1)).isEqualTo(700);
    assertThat(timeline.outcome(1)).isEqualTo(Outcome.DRY);
    assertThat(timeline.outcome(2)).isEqualTo(Outcome.TIMED_OUT);
    assertThat(timeline.paintStartNanos(2)).isEqualTo(4_000);
    assertThat(timeline.threadNames()).containsExactly("node 2 / vert.x-eventloop-thread-1",
        Thread.currentThread().getName(), "node 3 / vert.x-eventloop-thread-1");
    assertThat(timeline.threadCount()).as("node 2's thread and this one: each its own, whatever its id").isEqualTo(2);
    assertThat(timeline.jvmCount()).as("node 2 and this JVM painted; node 3 only reported a time-out").isEqualTo(2);
  }

  @Test
  void countsTheJvmsWhoseThreadsPaintedOrChecked() {
    Timeline timeline = new Timeline(4);
    timeline.elsewhere("node 1", "vert.x-eventloop-thread-1", System.nanoTime()).paintStarted(1);
    timeline.elsewhere("node 1", "vert.x-eventloop-thread-2", System.nanoTime()).paintStarted(2);
    timeline.elsewhere("node 2", "vert.x-eventloop-thread-1", System.nanoTime()).paintStarted(3);
    timeline.elsewhere("node 2", "vert.x-eventloop-thread-1", System.nanoTime()).checked(4, false);

    assertThat(timeline.threadCount()).isEqualTo(3);
    assertThat(timeline.jvmCount()).isEqualTo(2);
    assertThat(timeline.threadNames()).containsExactly("node 1 / vert.x-eventloop-thread-1",
        "node 1 / vert.x-eventloop-thread-2", "node 2 / vert.x-eventloop-thread-1");
    assertThat(new Timeline(3).jvmCount()).as("nothing painted yet").isZero();
  }
}
