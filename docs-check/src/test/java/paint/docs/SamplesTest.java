package paint.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sample matches a run that teaches the same thing on another machine, and no run that teaches something else. */
class SamplesTest {

  private static final Samples.Settings DEFAULT = new Samples.Settings(Duration.ofSeconds(2), Duration.ofMillis(500), false);

  private static final List<String> CALLBACKS = List.of(
      "callbacks: 3 canvases, 2s to dry, checked every 500ms",
      "one column = 50ms; a mark that crosses a column's edge takes two columns",
      "P painting, - drying, o checked (still wet), D dry, X failed, T timed out",
      "          0s        0.5s      1s        1.5s      2s",
      "canvas 1 |PP---------o---------o---------o---------D| t1",
      "canvas 2 | P---------o---------o---------o---------D| t1",
      "canvas 3 | P---------o---------o---------o---------D| t1",
      "ran on: t1 = vert.x-eventloop-thread-0",
      "callbacks: 3 paintings in 2.08 s");

  @Test
  void aSlowerBusierRunOfTheSameStyleMatches() {
    List<String> slower = List.of(
        "callbacks: 3 canvases, 2s to dry, checked every 500ms",
        "one column = 50ms; a mark that crosses a column's edge takes two columns",
        "P painting, - drying, o checked (still wet), D dry, X failed, T timed out",
        "          0s        0.5s      1s        1.5s      2s",
        "canvas 1 |  PPPP-------o---------o---------o---------D    | t1",
        "canvas 2 |     PP-------o---------o---------o----------D  | t1",
        "canvas 3 |       PPP------o---------o----------o---------D| t1",
        "ran on: t1 = vert.x-eventloop-thread-1",
        "callbacks: 3 paintings in 2.41 s");

    assertThat(Samples.compare(CALLBACKS, slower, DEFAULT)).isEmpty();
  }

  /** A cluster's legend goes on below its first line: read as one, by the kinds of thread it names. */
  @Test
  void aLegendOnTwoLinesIsReadAsOne() {
    List<String> cluster = List.of(
        "cluster: 3 canvases, 2s to dry, checked every 500ms",
        "one column = 50ms; a mark that crosses a column's edge takes two columns",
        "P painting, - drying, o checked (still wet), D dry, X failed, T timed out",
        "          0s        0.5s      1s        1.5s      2s",
        "canvas 1 |PP---------o---------o---------o---------D| t1",
        "canvas 2 | P---------o---------o---------o---------D| t2",
        "canvas 3 | P---------o---------o---------o---------D| t3",
        "ran on: t1 = node 1 / vert.x-eventloop-thread-1, t2 = node 2 / vert.x-eventloop-thread-1,",
        "        t3 = node 3 / vert.x-eventloop-thread-1",
        "cluster: 3 paintings in 2.08 s");
    List<String> again = new java.util.ArrayList<>(cluster);
    again.set(7, "ran on: t1 = node 3 / vert.x-eventloop-thread-0, t2 = node 1 / vert.x-eventloop-thread-1,");
    assertThat(Samples.compare(cluster, again, DEFAULT)).isEmpty();

    List<String> oneJvm = new java.util.ArrayList<>(cluster);
    oneJvm.set(8, "        t3 = vert.x-eventloop-thread-1");
    assertThat(Samples.compare(cluster, oneJvm, DEFAULT)).anyMatch(difference -> difference.contains("t3 = vert.x-eventloop"));
  }

  /**
   * Painters on every core: a machine with more cores paints three canvases on three event loops where the
   * sample has two, and its legend takes two lines; one event loop where the sample has many is a mistake.
   */
  @Test
  void moreEventLoopsOnMoreCoresMatchButOneDoesNot() {
    List<String> twoCores = List.of(
        "event-bus: 3 canvases, 2s to dry, checked every 500ms",
        "one column = 50ms; a mark that crosses a column's edge takes two columns",
        "P painting, - drying, o checked (still wet), D dry, X failed, T timed out",
        "          0s        0.5s      1s        1.5s      2s",
        "canvas 1 |PP---------o---------o---------o---------D| t1",
        "canvas 2 | P---------o---------o---------o---------D| t2",
        "canvas 3 | P---------o---------o---------o---------D| t1",
        "ran on: t1 = vert.x-eventloop-thread-1, t2 = vert.x-eventloop-thread-2",
        "event-bus: 3 paintings in 2.08 s");
    List<String> fourCores = new java.util.ArrayList<>(twoCores);
    fourCores.set(6, "canvas 3 | P---------o---------o---------o---------D| t3");
    fourCores.set(7, "ran on: t1 = vert.x-eventloop-thread-1, t2 = vert.x-eventloop-thread-2,");
    fourCores.add(8, "        t3 = vert.x-eventloop-thread-3");
    assertThat(Samples.compare(twoCores, fourCores, DEFAULT)).isEmpty();

    List<String> oneLoop = new java.util.ArrayList<>(twoCores);
    oneLoop.set(5, "canvas 2 | P---------o---------o---------o---------D| t1");
    oneLoop.set(7, "ran on: t1 = vert.x-eventloop-thread-1");
    assertThat(Samples.compare(twoCores, oneLoop, DEFAULT)).isNotEmpty();
  }

  /** The event bus chooses which JVM paints which canvas: the killed JVM's canvas is another one next time. */
  @Test
  void rowsInAnyOrderArePairedByWhatHappenedToThem() {
    List<String> sample = List.of(
        "cluster: 3 canvases, 2s to dry, checked every 500ms",
        "one column = 100ms; a mark that crosses a column's edge takes two columns",
        "P painting, - drying, o checked (still wet), D dry, X failed, T timed out",
        "          0s        1s        2s        3s",
        "canvas 1 |P----o----o----o----D               | t1",
        "canvas 2 |P----o----o-----PP---o----o----o----D| t2 t1",
        "canvas 3 |P----o----o----o----D               | t3",
        "ran on: t1 = node 1 / vert.x-eventloop-thread-1, t2 = node 2 / vert.x-eventloop-thread-1,",
        "        t3 = node 3 / vert.x-eventloop-thread-1",
        "cluster: 3 paintings in 3.62 s");
    List<String> next = List.of(
        "cluster: 3 canvases, 2s to dry, checked every 500ms",
        "one column = 100ms; a mark that crosses a column's edge takes two columns",
        "P painting, - drying, o checked (still wet), D dry, X failed, T timed out",
        "          0s        1s        2s        3s",
        "canvas 1 |P----o----o-----PP---o----o----o----D| t1 t2",
        "canvas 2 |P----o----o----o----D               | t2",
        "canvas 3 |P----o----o----o----D               | t3",
        "ran on: t1 = node 2 / vert.x-eventloop-thread-1, t2 = node 3 / vert.x-eventloop-thread-1,",
        "        t3 = node 1 / vert.x-eventloop-thread-1",
        "cluster: 3 paintings in 3.58 s");
    Samples.Settings anyOrder = new Samples.Settings(Duration.ofSeconds(2), Duration.ofMillis(500), false, true);
    assertThat(Samples.compare(sample, next, anyOrder)).isEmpty();
    assertThat(Samples.compare(sample, next, DEFAULT)).as("in order, canvas 1 was not painted twice").isNotEmpty();
  }

  @Test
  void aColdPaintOnABusyMachineDelaysTheNextCanvasesAndStillMatches() {
    List<String> coldAndBusy = List.of( // each paint took a second, as interpreted code beside two busy loops
        "callbacks: 3 canvases, 2s to dry, checked every 500ms",
        "one column = 100ms; a mark that crosses a column's edge takes two columns",
        "P painting, - drying, o checked (still wet), D dry, X failed, T timed out",
        "          0s        1s        2s        3s        4s        5s",
        "canvas 1 |PPPPPPPPPP----o----o----o----D                    | t1",
        "canvas 2 |          PPPPPPPPPP----o----o----o----D          | t1",
        "canvas 3 |                    PPPPPPPPPP----o----o----o----D| t1",
        "ran on: t1 = vert.x-eventloop-thread-0",
        "callbacks: 3 paintings in 5.00 s");

    assertThat(Samples.compare(CALLBACKS, coldAndBusy, DEFAULT)).isEmpty();
  }

  @Test
  void aCanvasLateWithoutSlowerPaintDoesNotMatch() {
    List<String> late = List.of( // the paints are as fast as the sample's; canvas 3 starts 1.5 s late
        "callbacks: 3 canvases, 2s to dry, checked every 500ms",
        "one column = 100ms; a mark that crosses a column's edge takes two columns",
        "P painting, - drying, o checked (still wet), D dry, X failed, T timed out",
        "          0s        1s        2s        3s",
        "canvas 1 |P----o----o----o----D                | t1",
        "canvas 2 | P----o----o----o----D               | t1",
        "canvas 3 |               P----o----o----o----D | t1",
        "ran on: t1 = vert.x-eventloop-thread-0",
        "callbacks: 3 paintings in 3.55 s");

    assertThat(Samples.compare(CALLBACKS, late, DEFAULT))
        .anyMatch(difference -> difference.contains("canvas 3: starts at 1.50 s"))
        .anyMatch(difference -> difference.contains("3.55 s"));
  }

  @Test
  void aRunLongEnoughForWiderColumnsMatches() {
    List<String> wider = List.of(
        "callbacks: 3 canvases, 2s to dry, checked every 500ms",
        "one column = 100ms; a mark that crosses a column's edge takes two columns",
        "P painting, - drying, o checked (still wet), D dry, X failed, T timed out",
        "          0s        1s        2s",
        "canvas 1 |PPPP----o----o----o----D  | t1",
        "canvas 2 |  P-----o----o----o----D  | t1",
        "canvas 3 |   P-----o----o----o----D | t1",
        "ran on: t1 = vert.x-eventloop-thread-0",
        "callbacks: 3 paintings in 2.30 s");

    assertThat(Samples.compare(CALLBACKS, wider, DEFAULT)).isEmpty();
  }

  @Test
  void oneCanvasAfterAnotherDoesNotMatchOverlappingCanvases() {
    List<String> staircase = List.of(
        "callbacks: 3 canvases, 2s to dry, checked every 500ms",
        "one column = 100ms; a mark that crosses a column's edge takes two columns",
        "P painting, - drying, o checked (still wet), D dry, X failed, T timed out",
        "          0s        1s        2s        3s        4s        5s        6s",
        "canvas 1 |P----o----o----o----D                                        | t1",
        "canvas 2 |                    P----o----o----o----D                    | t1",
        "canvas 3 |                                        P----o----o----o----D| t1",
        "ran on: t1 = vert.x-eventloop-thread-0",
        "callbacks: 3 paintings in 6.06 s");

    assertThat(Samples.compare(CALLBACKS, staircase, DEFAULT))
        .anyMatch(difference -> difference.contains("come one after another"))
        .anyMatch(difference -> difference.contains("6.06 s"));
  }

  @Test
  void anotherOutcomeMoreChecksOrAnotherThreadDoNotMatch() {
    List<String> wrong = List.of(
        "callbacks: 3 canvases, 2s to dry, checked every 500ms",
        "one column = 50ms; a mark that crosses a column's edge takes two columns",
        "P painting, - drying, o checked (still wet), D dry, X failed, T timed out",
        "          0s        0.5s      1s        1.5s      2s",
        "canvas 1 |PP---------o---------o---------o---------T| t1",
        "canvas 2 | P--o--o--o--o--o--o--o--o--o--o--o------D| t1",
        "canvas 3 | P---------o---------o---------o---------D| t2",
        "ran on: t1 = vert.x-eventloop-thread-0, t2 = main",
        "callbacks: 3 paintings in 2.08 s");

    assertThat(Samples.compare(CALLBACKS, wrong, DEFAULT))
        .anyMatch(d -> d.contains("canvas 1: ends with 'T'"))
        .anyMatch(d -> d.contains("canvas 2: 11 checks"))
        .anyMatch(d -> d.contains("canvas 3: threads [main]"));
  }

  @Test
  void aSecondEventLoopDoesNotMatchOneButASecondWorkerMatchesOne() {
    List<String> shown = List.of(
        "one column = 50ms; a mark that crosses a column's edge takes two columns",
        "canvas 1 |PP---------o---------o---------o---------D| t1 t2",
        "canvas 2 | P---------o---------o---------o---------D| t3 t2",
        "ran on: t1 = vert.x-worker-thread-0, t2 = vert.x-eventloop-thread-0, t3 = vert.x-worker-thread-1");
    List<String> oneCore = List.of(
        "one column = 50ms; a mark that crosses a column's edge takes two columns",
        "canvas 1 |PP---------o---------o---------o---------D| t1 t2",
        "canvas 2 | PP--------o---------o---------o---------D| t1 t2",
        "ran on: t1 = vert.x-worker-thread-0, t2 = vert.x-eventloop-thread-0");
    List<String> twoLoops = List.of(
        "one column = 50ms; a mark that crosses a column's edge takes two columns",
        "canvas 1 |PP---------o---------o---------o---------D| t1 t2",
        "canvas 2 | P---------o---------o---------o---------D| t1 t3",
        "ran on: t1 = vert.x-worker-thread-0, t2 = vert.x-eventloop-thread-0, t3 = vert.x-eventloop-thread-1");

    assertThat(Samples.compare(shown, oneCore, DEFAULT)).isEmpty();
    assertThat(Samples.compare(shown, twoLoops, DEFAULT)).isNotEmpty();
  }

  @Test
  void aTableMatchesByItsWordsAndFiguresNotItsSpacing() {
    List<String> shown = List.of(
        "style                paintings  wall time  vs ideal  threads  peak heap",
        "callbacks                    3     2.09 s     1.03x        1     7.5 MB",
        "ideal = one drying time + the paint, spread over 2 cores = 2.02 s; one run of each style");
    List<String> anotherMachine = List.of(
        "style                paintings  wall time  vs ideal  threads  peak heap",
        "callbacks                    3     2.31 s     1.12x        1    13.4 MB",
        "ideal = one drying time + the paint, spread over 1 cores = 2.06 s; one run of each style");
    List<String> twoThreads = List.of(
        "style                paintings  wall time  vs ideal  threads  peak heap",
        "callbacks                    3     2.09 s     1.03x        2     7.5 MB",
        "ideal = one drying time + the paint, spread over 2 cores = 2.02 s; one run of each style");

    assertThat(Samples.compare(shown, anotherMachine, DEFAULT)).isEmpty();
    assertThat(Samples.compare(shown, twoThreads, DEFAULT)).isNotEmpty();
  }

  /**
   * 06 deploys a painter per core: a machine with more cores than the sample's paints three canvases on three
   * event loops where the sample has two. One thread where the sample has more, more threads on as many cores,
   * or another count of JVMs is a mistake.
   */
  @Test
  void aTableRowCountsOtherThreadsOnlyOnAnotherNumberOfCoresAndTheSameJvms() {
    List<String> shown = List.of(
        "style                paintings  wall time  vs ideal      threads  peak heap",
        "callbacks                    3     2.09 s     1.03x            1     7.5 MB",
        "event-bus                    3     2.06 s     1.02x            2     8.8 MB",
        "cluster                      3     2.10 s     1.04x  3 on 2 JVMs    24.0 MB",
        "ideal = one drying time + the paint, spread over 2 cores = 2.02 s; one run of each style");
    List<String> fourCores = List.of(
        "style                paintings  wall time  vs ideal      threads  peak heap",
        "callbacks                    3     2.05 s     1.02x            1     7.5 MB",
        "event-bus                    3     2.04 s     1.01x            3     9.1 MB",
        "cluster                      3     2.08 s     1.03x  3 on 2 JVMs    26.2 MB",
        "ideal = one drying time + the paint, spread over 4 cores = 2.01 s; one run of each style");
    List<String> oneCore = List.of(
        "style                paintings  wall time  vs ideal      threads  peak heap",
        "callbacks                    3     2.12 s     1.05x            1     7.5 MB",
        "event-bus                    3     2.08 s     1.03x            1     8.0 MB",
        "cluster                      3     2.20 s     1.09x  2 on 2 JVMs    22.0 MB",
        "ideal = one drying time + the paint, spread over 1 cores = 2.02 s; one run of each style");

    assertThat(Samples.compare(shown, fourCores, DEFAULT)).isEmpty();
    assertThat(Samples.compare(shown, oneCore, DEFAULT)).singleElement().asString().contains("event-bus");
    List<String> sameCores = new java.util.ArrayList<>(fourCores);
    sameCores.set(4, shown.get(4));
    assertThat(Samples.compare(shown, sameCores, DEFAULT)).singleElement().asString().contains("event-bus");
    List<String> threeJvms = new java.util.ArrayList<>(shown);
    threeJvms.set(3, "cluster                      3     2.10 s     1.04x  3 on 3 JVMs    24.0 MB");
    assertThat(Samples.compare(shown, threeJvms, DEFAULT)).singleElement().asString().contains("3 on 3 JVMs");
    List<String> oneJvm = List.of(
        "style                paintings  wall time  vs ideal  threads  peak heap",
        "callbacks                    3     2.09 s     1.03x        1     7.5 MB",
        "event-bus                    3     2.06 s     1.02x        2     8.8 MB",
        "cluster                      3     2.10 s     1.04x        3    24.0 MB",
        "ideal = one drying time + the paint, spread over 2 cores = 2.02 s; one run of each style");
    assertThat(Samples.compare(shown, oneJvm, DEFAULT)).singleElement().asString().contains("cluster");
    List<String> slower = new java.util.ArrayList<>(fourCores);
    slower.set(2, "event-bus                    3     4.06 s     2.01x            3     9.1 MB");
    assertThat(Samples.compare(shown, slower, DEFAULT)).as("the rest of the row as any line")
        .singleElement().asString().contains("4.06 s");
  }

  @Test
  void aCpuBoundSampleIsComparedByItsWordsOnly() {
    List<String> shown = List.of("futures                     10     4.77 s     1.42x        1     7.5 MB");
    List<String> slowerCpu = List.of("futures                     10     7.91 s     1.71x        1     7.5 MB");
    List<String> otherStyle = List.of("futures-offload             10     4.77 s     1.42x        1     7.5 MB");

    assertThat(Samples.compare(shown, slowerCpu, new Samples.Settings(Duration.ofSeconds(2), Duration.ofMillis(500), true))).isEmpty();
    assertThat(Samples.compare(shown, slowerCpu, DEFAULT)).isNotEmpty();
    assertThat(Samples.compare(shown, otherStyle, new Samples.Settings(Duration.ofSeconds(2), Duration.ofMillis(500), true))).isNotEmpty();
  }

  /** A canvas that tears at once shows its X where its P was, or its P and then its X: the same event. */
  @Test
  void aTearMatchesWithOrWithoutItsPaintMark() {
    List<String> shown = List.of(
        "one column = 50ms; a mark that crosses a column's edge takes two columns",
        "canvas 1 |PP---------o---------o---------o---------D| t1",
        "canvas 2 | PX                                       | t1",
        "ran on: t1 = vert.x-eventloop-thread-0");
    List<String> printed = List.of(
        "one column = 50ms; a mark that crosses a column's edge takes two columns",
        "canvas 1 |PP---------o---------o---------o---------D| t1",
        "canvas 2 | X                                        | t1",
        "ran on: t1 = vert.x-eventloop-thread-0");
    List<String> dried = List.of(
        "one column = 50ms; a mark that crosses a column's edge takes two columns",
        "canvas 1 |PP---------o---------o---------o---------D| t1",
        "canvas 2 | P---------o---------o---------o---------D| t1",
        "ran on: t1 = vert.x-eventloop-thread-0");

    assertThat(Samples.compare(shown, printed, DEFAULT)).isEmpty();
    assertThat(Samples.compare(shown, dried, DEFAULT)).anyMatch(difference -> difference.contains("ends with 'D'"));
  }

  @Test
  void anotherCountOfLinesDoesNotMatch() {
    assertThat(Samples.compare(CALLBACKS, CALLBACKS.subList(0, 8), DEFAULT)).singleElement().asString()
        .startsWith("9 lines shown, 8 printed");
  }
}
