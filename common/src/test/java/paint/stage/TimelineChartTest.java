package paint.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class TimelineChartTest {

  private static final long MS = 1_000_000;

  /** A clock the test moves by hand. */
  private long now;

  @Test
  void drawsTheTalksSequentialRun() {
    Timeline timeline = new Timeline(3, () -> now);
    for (int n = 1; n <= 3; n++) {
      long start = (n - 1) * 2010 * MS;
      paintAndDry(timeline, n, start);
    }
    String thread = Thread.currentThread().getName();
    assertThat(TimelineChart.render(timeline)).isEqualTo(String.join("\n",
        "one column = 100ms; a mark that crosses a column's edge takes two columns",
        "P painting, - drying, o checked (still wet), D dry, X failed, T timed out",
        "          0s        1s        2s        3s        4s        5s        6s",
        "canvas 1 |P----o----o----o----D                                        | t1",
        "canvas 2 |                    P----o----o----o----D                    | t1",
        "canvas 3 |                                        P----o----o----o----D| t1",
        "ran on: t1 = " + thread));
  }

  @Test
  void drawsFailuresTimeoutsAndSeveralThreads() throws Exception {
    Timeline timeline = new Timeline(3, () -> now);
    paintAndDry(timeline, 1, 0);
    Thread other = new Thread(() -> {
      at(0);
      timeline.paintStarted(2);
      at(10 * MS);
      timeline.failed(2, new IllegalStateException("canvas 2 tore"));
      at(0);
      timeline.paintStarted(3);
      at(10 * MS);
      timeline.paintEnded(3);
      for (long t = 510; t <= 1510; t += 500) {
        at(t * MS);
        timeline.checked(3, false);
      }
      at(1600 * MS);
      timeline.failed(3, new TimeoutException());
    }, "worker");
    other.start();
    other.join();
    String thread = Thread.currentThread().getName();
    assertThat(TimelineChart.render(timeline)).isEqualTo(String.join("\n",
        "one column = 50ms; a mark that crosses a column's edge takes two columns",
        "P painting, - drying, o checked (still wet), D dry, X failed, T timed out",
        "          0s        0.5s      1s        1.5s      2s",
        "canvas 1 |P---------o---------o---------o---------D| t1",
        "canvas 2 |X                                        | t2",
        "canvas 3 |P---------o---------o---------o-T        | t2",
        "ran on: t1 = " + thread + ", t2 = worker"));
  }

  @Test
  void sumsUpTheCanvasesBeyondTheFirstTwenty() {
    int paintings = 25;
    Timeline timeline = new Timeline(paintings, () -> now);
    for (int n = 1; n <= paintings; n++) {
      paintAndDry(timeline, n, n * MS);
    }
    timeline.failed(24, new IllegalStateException("late tear")); // already dry: ignored
    String chart = TimelineChart.render(timeline);
    assertThat(chart.lines()).hasSize(3 + 20 + 1 + 1);
    assertThat(chart.lines().skip(3).limit(20)).allMatch(line -> line.startsWith("canvas "));
    assertThat(chart).contains("canvas 20 |").doesNotContain("canvas 21 |");
    assertThat(chart).contains(
        "... and 5 more canvases (21 to 25): painted 0.02-0.04 s, all dry by 2.04 s");
    assertThat(timeline.extraOutcomes()).isEqualTo(1);
  }

  /** An interrupted run: the canvases have no outcome, and the chart still reaches their last check. */
  @Test
  void aCanvasWithoutAnOutcomeIsDrawnUpToItsLastCheck() {
    Timeline timeline = new Timeline(1, () -> now);
    at(0);
    timeline.paintStarted(1);
    at(10 * MS);
    timeline.paintEnded(1);
    for (long t = 110; t <= 510; t += 100) {
      at(t * MS);
      timeline.checked(1, false);
    }
    assertThat(TimelineChart.render(timeline).lines().skip(2).limit(2)).containsExactly(
        "          0s        0.1s      0.2s      0.3s      0.4s      0.5s",
        "canvas 1 |PP---------o---------o---------o---------o---------o| t1");
  }

  /**
   * A cluster's threads are named after their JVM: too long for one line, so the legend goes on below, and
   * a canvas whose painter was lost, painted again by another, shows both paints.
   */
  @Test
  void namesLongThreadsOnTheLinesBelowAndDrawsEveryPaint() {
    Timeline timeline = new Timeline(3, () -> now);
    for (int n = 1; n <= 3; n++) {
      paintAndDry(timeline.elsewhere("node " + n, "vert.x-eventloop-thread-1", 0), n);
    }
    String chart = TimelineChart.render(timeline);
    assertThat(chart.lines().skip(6)).containsExactly(
        "ran on: t1 = node 1 / vert.x-eventloop-thread-1, t2 = node 2 / vert.x-eventloop-thread-1,",
        "        t3 = node 3 / vert.x-eventloop-thread-1");

    Timeline lost = new Timeline(1, () -> now);
    at(0);
    lost.elsewhere("node 2", "vert.x-eventloop-thread-1", 0).paintStarted(1);
    lost.elsewhere("node 2", "vert.x-eventloop-thread-1", 100 * MS).paintEnded(1);
    lost.elsewhere("node 3", "vert.x-eventloop-thread-1", 1000 * MS).paintStarted(1);
    lost.elsewhere("node 3", "vert.x-eventloop-thread-1", 1100 * MS).paintEnded(1);
    lost.elsewhere("node 3", "vert.x-eventloop-thread-1", 2000 * MS).checked(1, true);
    assertThat(TimelineChart.render(lost).lines().skip(3).findFirst().orElseThrow())
        .isEqualTo("canvas 1 |PPP-----------------PPP-----------------D| t1 t2");
  }

  @Test
  void aLegendThatWouldTakeMoreThanThreeLinesNamesTheFirstThreadsAndCountsTheRest() {
    Timeline timeline = new Timeline(8, () -> now);
    for (int n = 1; n <= 8; n++) {
      paintAndDry(timeline.elsewhere("node " + n, "vert.x-eventloop-thread-1", 0), n);
    }
    assertThat(TimelineChart.render(timeline).lines().skip(11))
        .containsExactly("ran on: t1 = node 1 / vert.x-eventloop-thread-1 and 7 more threads");
  }

  @Test
  void everyLineFitsInOneHundredColumns() {
    Timeline timeline = new Timeline(1_000, () -> now);
    for (int n = 1; n <= 1_000; n++) {
      paintAndDry(timeline, n, n * 7 * MS);
    }
    assertThat(TimelineChart.render(timeline).lines()).allMatch(line -> line.length() <= 100);
  }

  /** Canvas n painted and dry, all at once, as {@code elsewhere} tells it. */
  private static void paintAndDry(paint.common.CanvasEvents elsewhere, int n) {
    elsewhere.paintStarted(n);
    elsewhere.paintEnded(n);
    elsewhere.checked(n, true);
  }

  /** Paints canvas n from {@code start}: 10 ms of paint, checks every 500 ms, dry after 2 s. */
  private void paintAndDry(Timeline timeline, int n, long start) {
    at(start);
    timeline.paintStarted(n);
    at(start + 10 * MS);
    timeline.paintEnded(n);
    timeline.checked(n, false);
    for (long t = 510; t <= 1510; t += 500) {
      at(start + t * MS);
      timeline.checked(n, false);
    }
    at(start + 2010 * MS);
    timeline.checked(n, true);
  }

  private void at(long nanos) {
    now = nanos;
  }
}
