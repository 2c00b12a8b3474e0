package paint.tour;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import paint.stage.Lane.Kind;
import paint.eventbus.stage.Cluster;
import paint.stage.Style;
import paint.testing.CtrlC;
import paint.testing.Expect;

/** The tour, end to end: each style in its own JVM, with short settings. */
@Timeout(120)
class TourTest {

  /** What a run of the tour printed and returned. */
  record TourRun(int status, String out, String err) {
    /** The CSV rows, by style, each as its cells by the header's names. */
    Map<String, Map<String, String>> csvRows() {
      List<String> header = Arrays.asList(out.lines().findFirst().orElseThrow().split(","));
      return out.lines().skip(1).map(line -> Arrays.asList(line.split(",", -1)))
          .collect(Collectors.toMap(cells -> cells.get(0), cells -> java.util.stream.IntStream.range(0, header.size())
              .boxed().collect(Collectors.toMap(header::get, cells::get))));
    }
  }

  static TourRun tour(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Tour.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new TourRun(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  @Test
  void everyStyleGetsARowWithSaneFigures(@TempDir Path dir) throws Exception {
    Path svg = dir.resolve("tour.svg");
    // Each style runs in a fresh JVM, which pays for loading classes: a longer drying time keeps that
    // small beside the band, and no paint keeps the CPU's speed out of it. One after another takes 1.5 s;
    // overlapped, 0.5 s: the band's edge is halfway, 1 s.
    TourRun run = tour("--paintings", "3", "--dry", "500ms", "--poll", "100ms", "--work", "0", "--csv", "--svg",
        svg.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out().lines().findFirst()).hasValue(
        "style,paintings,runs,wall_s,vs_ideal,threads,jvms,peak_heap_mb,peak_rss_mb,paint_s,dry,failed,timed_out,note");
    Map<String, Map<String, String>> rows = run.csvRows();
    assertThat(rows.keySet()).containsExactlyInAnyOrder("sequential", "threads", "callbacks", "futures",
        "coroutines-style", "jdk-virtual-threads", "virtual-threads", "event-bus");
    // one after another: at least the sum of the drying times
    assertThat(seconds(rows.get("sequential"))).isGreaterThanOrEqualTo(1.5);
    assertThat(threads(rows.get("sequential"))).isEqualTo(1);
    assertThat(threads(rows.get("threads"))).isEqualTo(3);
    for (String style : List.of("threads", "callbacks", "futures", "coroutines-style", "event-bus")) {
      // overlapped: at least one drying time, well below the sum
      assertThat(seconds(rows.get(style))).as(style).isBetween(0.5, 1.0);
      assertThat(rows.get(style).get("dry")).as(style + ": canvases dry").isEqualTo("3");
    }
    for (String style : List.of("callbacks", "futures", "coroutines-style")) {
      assertThat(threads(rows.get(style))).as(style + ": one event loop").isEqualTo(1);
    }
    assertThat(threads(rows.get("event-bus"))).as("event-bus: a painter on each core, each on an event loop of its own")
        .isEqualTo(Math.min(3, Runtime.getRuntime().availableProcessors()));
    for (String style : List.of("jdk-virtual-threads", "virtual-threads")) {
      if (Runtime.version().feature() >= 21) {
        assertThat(seconds(rows.get(style))).as(style).isBetween(0.5, 1.0);
        assertThat(threads(rows.get(style))).as(style + ": a virtual thread per painting").isEqualTo(3);
      } else {
        assertThat(rows.get(style).get("note")).contains("needs JDK 21+");
      }
    }
    assertThat(rows.values()).filteredOn(row -> !row.get("runs").equals("0")).extracting(row -> row.get("jvms"))
        .as("every style of the plain tour paints in its own JVM alone").containsOnly("1");
    assertSvgHasAPanelPerStyleAndALanePerCanvas(svg, rows.size(), 3);
  }

  @Test
  void printsEachStyleAsItStartsThenTheTable() throws Exception {
    TourRun run = tour(Expect.shortWith("--style", "futures", "--style", "sequential"));

    assertThat(run.status()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).contains("== 1/2 futures (03-futures): Vert.x futures: compose, then join",
        "== 2/2 sequential (01-sequential): Thread.sleep between checks, one canvas after another");
    assertThat(run.out()).containsPattern("futures: 3 paintings in \\d\\.\\d\\d s")
        .containsPattern("sequential: 3 paintings in \\d\\.\\d\\d s")
        .containsPattern("(?m)^style +paintings +wall time +vs ideal +threads +peak heap$")
        .containsPattern("(?m)^futures +3 +\\d\\.\\d\\d s +\\d\\.\\d\\dx +1 ")
        .containsPattern("(?m)^sequential +3 +\\d\\.\\d\\d s +\\d\\.\\d\\dx +1 ");
    assertThat(run.out().indexOf("== 1/2 futures")).isLessThan(run.out().indexOf("== 2/2 sequential"));
  }

  @Test
  void sequentialRefusesAnAbsurdNumberWithoutStartingIt() throws Exception {
    long start = System.nanoTime();
    TourRun run = tour("--paintings", "1000000", "--style", "sequential", "--csv");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).contains("sequential,1000000,0,", "that takes about 23 days");
    assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
  }

  @Test
  void aFailingPaintingFailsTheTourButEveryStyleStillRuns() throws Exception {
    TourRun run = tour(Expect.shortWith("--fail", "2", "--style", "callbacks", "--style", "futures", "--csv"));

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.csvRows().get("callbacks").get("failed")).isEqualTo("1");
    assertThat(run.csvRows().get("futures").get("failed")).isEqualTo("1");
  }

  @Test
  void unknownStylesAndBadOptionsExitWithStatusTwoAndOneClearLine() throws Exception {
    TourRun unknown = tour("--style", "telepathy");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.out()).isEmpty();
    assertThat(unknown.err().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
        .startsWith("error: --style telepathy: unknown style (choose from sequential, threads, callbacks"));
    assertThat(unknown.err()).contains("usage: java -jar tour/target/tour.jar [options]");

    TourRun bad = tour("--dry", "2h");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err().lines().findFirst()).hasValue("error: --dry 2h: unknown unit h (use ms or s)");

    TourRun repeat = tour("--repeat", "0");
    assertThat(repeat.err().lines().findFirst()).hasValue("error: --repeat 0: must be a whole number from 1 to 99");
  }

  @Test
  void helpListsTheTourOptions() throws Exception {
    TourRun help = tour("--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("--style=NAME", "--repeat=N", "--csv", "--svg=FILE", "--paintings=N",
        "jdk-virtual-threads");
  }

  @Test
  void repeatReportsTheMedianOfSeveralRunsAndNoProgressWhenNobodyWatches() throws Exception {
    TourRun run = tour(Expect.shortWith("--style", "callbacks", "--repeat", "3", "--csv"));
    assertThat(run.status()).isZero();
    assertThat(run.csvRows().get("callbacks").get("runs")).isEqualTo("3");
    assertThat(run.err()).as("progress goes to a terminal only").isEmpty();
  }

  /**
   * Ctrl-C: the run stops at once, prints its timeline and says it was interrupted, and exits with 130. The run
   * goes through the tour's {@code OneStyle --live}, the style's main with a recorder, whose lines say when it
   * has painted and checked (a style's main prints nothing until it ends): Ctrl-C comes then.
   */
  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void ctrlCStopsARunPromptlyWithItsTimelineAndStatus130(@TempDir Path dir) throws Exception {
    CtrlC.assumeItReachesChildren();
    Duration dry = Duration.ofSeconds(20);
    for (Style style : List.of(Style.named("callbacks").orElseThrow(), Style.named("sequential").orElseThrow())) {
      Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), "paint.tour.style.OneStyle", "--live",
          dir.resolve(style.name()).toString(), style.name(), "--dry", "20s", "--poll", "100ms", "--work", "0")
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      BufferedReader out = run.inputReader(UTF_8);
      assertThat(out.readLine()).isEqualTo(style.name() + ": 3 canvases, 20s to dry, checked every 100ms");
      double checkedAt = firstWetCheck(out); // it has painted canvas 1 and checked it: it is running
      long interrupted = System.nanoTime();
      CtrlC.send(run);
      List<String> rest = out.lines().filter(line -> !line.startsWith("{")).toList();

      assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
      // Halfway between at once and the run's end, had Ctrl-C been ignored: the rest of its drying time.
      Duration halfway = dry.minusMillis((long) checkedAt).dividedBy(2);
      assertThat(Duration.ofNanos(System.nanoTime() - interrupted)).as(style.name()).isLessThan(halfway);
      assertThat(run.exitValue()).isEqualTo(130);
      assertThat(rest).anyMatch(line -> line.matches("canvas 1 \\| *P.*\\| t1")); // it was painting when it stopped
      assertThat(rest.get(rest.size() - 1)).matches(style.name() + ": 3 paintings in \\d+\\.\\d\\d s \\(interrupted\\)");
    }
  }

  /** Reads a live run's lines until one has canvas 1's first wet check; returns its time in the run, in ms. */
  private static double firstWetCheck(BufferedReader out) throws Exception {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      JsonObject batch = line.startsWith("{") ? new JsonObject(line) : new JsonObject();
      for (Object mark : batch.getJsonArray("marks", new JsonArray())) {
        JsonArray m = (JsonArray) mark;
        if (m.getInteger(0) == 1 && m.getString(2).equals(String.valueOf(Kind.WET.mark()))) {
          return batch.getDouble("t");
        }
      }
    }
    throw new AssertionError("the run ended before canvas 1 was checked");
  }

  // Nothing leaks: a style's JVM ends with the tour, whichever way the tour ends.

  @Test
  void aTourThatEndsLeavesNoStyleJvm() throws Exception {
    TourRun run = tour(Expect.shortWith("--style", "callbacks", "--style", "sequential", "--quiet"));

    assertThat(run.status()).isZero();
    assertThat(StyleJvms.ofThisJvm()).isEmpty();
  }

  /**
   * The cluster runs on request, in the tour's way: its style's JVM starts a painter JVM beside it, the row says
   * on how many JVMs its threads painted, and nothing from Hazelcast or the JDK reaches the screen (JDK 24 and
   * newer warn about Hazelcast's use of sun.misc.Unsafe unless the JVM is told not to). Both JVMs end with it.
   */
  @Test
  void theClusterRunsOnRequestItsRowCountsItsJvmsAndNothingButItsOutputReachesTheScreen() throws Exception {
    List<ProcessHandle> running = new CopyOnWriteArrayList<>();
    PrintedLines out = new PrintedLines() {
      @Override
      protected void printed(String line) {
        if (line.startsWith("cluster: 3 canvases")) { // every JVM has joined: the canvases are made
          running.addAll(StyleJvms.ofThisJvm());
        }
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = Tour.run(Expect.shortWith("--style", "cluster"), out.stream(), new PrintStream(err, true, UTF_8));

    assertThat(status).isZero();
    assertThat(err.toString(UTF_8)).as("what reached standard error").isEmpty();
    assertThat(out.lines()).contains("== 1/1 cluster (06-event-bus): " + Style.named("cluster").orElseThrow().idea())
        .anyMatch(line -> line.startsWith("cluster: 2 JVMs on 127.0.0.1; Hazelcast's log and the painter JVMs' output: "))
        .anyMatch(line -> line.startsWith("ran on: t1 = node "))
        .anyMatch(line -> line.matches("cluster +3 +\\d\\.\\d\\d s +\\d\\.\\d\\dx +[23] on 2 JVMs +\\d+\\.\\d MB"))
        .noneMatch(line -> line.contains("WARNING") || line.contains("hazelcast") || line.contains("Hazelcast "));
    assertThat(running).as("the cluster's style JVM and its painter JVM").hasSize(2);
    StyleJvms.assertAllEnd(running, Duration.ZERO, "when the tour ended");
  }

  /**
   * A tour that fails while a style runs (here, printing the style's output fails) stops that style's JVM; the
   * cluster's ends its painter JVM too.
   */
  @ParameterizedTest
  @ValueSource(strings = {"callbacks", "cluster"})
  void aTourThatFailsWhileAStyleRunsStopsItsJvmsFirst(String style) throws Exception {
    List<ProcessHandle> running = new CopyOnWriteArrayList<>();
    PrintedLines out = new PrintedLines() {
      @Override
      protected void printed(String line) {
        if (line.startsWith(style + ": 3 canvases")) {
          running.addAll(StyleJvms.ofThisJvm());
          throw new IllegalStateException("the terminal went away");
        }
      }
    };

    assertThatThrownBy(() -> Tour.run(new String[] {"--style", style, "--dry", "30s", "--work", "0"},
        out.stream(), new PrintStream(new ByteArrayOutputStream(), true, UTF_8)))
        .hasMessageContaining("the terminal went away");
    assertThat(running).hasSize(jvms(style));
    // Halfway between at once and the style's 30 s: a painter JVM killed as its style's JVM stops may end after it.
    StyleJvms.assertAllEnd(running, Duration.ofSeconds(15), "when the tour threw");
  }

  /**
   * A tour interrupted (as Ctrl-C interrupts its main thread) stops the style it runs, as Ctrl-C would, and
   * returns 130; the cluster's painter JVM ends too.
   */
  @ParameterizedTest
  @ValueSource(strings = {"callbacks", "cluster"})
  void anInterruptedTourStopsTheStyleItRunsAndReturns130(String style) throws Exception {
    PrintedLines out = new PrintedLines();
    CompletableFuture<Integer> status = new CompletableFuture<>();
    Thread touring = new Thread(() -> {
      try {
        status.complete(Tour.run(new String[] {"--style", style, "--dry", "30s", "--work", "0"}, out.stream(),
            new PrintStream(new ByteArrayOutputStream(), true, UTF_8)));
      } catch (Exception | Error e) {
        status.completeExceptionally(e);
      }
    }, "touring");
    touring.start();
    out.first(line -> line.startsWith(style + ": 3 canvases")).get(60, TimeUnit.SECONDS);
    List<ProcessHandle> running = StyleJvms.ofThisJvm();

    touring.interrupt();

    assertThat(status.get(20, TimeUnit.SECONDS)).as("long before the style's 30 s").isEqualTo(130);
    assertThat(running).hasSize(jvms(style));
    StyleJvms.assertAllEnd(running, Duration.ofSeconds(15), "when the interrupted tour returned");
    assertThat(out.lines()).as("what the style printed as it stopped").anyMatch(line -> line.matches(
        style + ": 3 paintings in \\d+\\.\\d\\d s \\(interrupted\\)"));
  }

  /** Ctrl-C on the tour, and the tour killed outright: either way, the style's JVM ends too, and the cluster's painter JVM. */
  @ParameterizedTest
  @ValueSource(strings = {"callbacks", "cluster"})
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aStyleJvmEndsWhenItsTourIsStoppedOrKilled(String style) throws Exception {
    CtrlC.assumeItReachesChildren();
    for (boolean killed : List.of(false, true)) {
      Process tour = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), Tour.class.getName(), "--style", style, "--dry", "30s",
          "--work", "0").redirectError(ProcessBuilder.Redirect.DISCARD).start();
      try {
        BufferedReader out = tour.inputReader(UTF_8);
        String line = out.readLine();
        while (line != null && !line.startsWith(style + ": 3 canvases")) {
          line = out.readLine();
        }
        assertThat(line).as("the style's first line").isNotNull();
        List<ProcessHandle> running = StyleJvms.of(tour.toHandle());
        assertThat(running).hasSize(jvms(style));

        if (killed) {
          tour.destroyForcibly(); // kill -9: the tour cannot stop its style; the style notices it is gone
        } else {
          CtrlC.send(tour); // to the tour only (a terminal would tell the style too)
        }

        assertThat(tour.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(tour.exitValue()).isEqualTo(killed ? 137 : 130);
        // Halfway between at once and the style's 30 s, had nobody told it.
        StyleJvms.assertAllEnd(running, Duration.ofSeconds(15), killed ? "after kill -9 of the tour" : "after Ctrl-C");
      } finally {
        tour.destroyForcibly();
      }
    }
  }

  /** How many JVMs a style's run has: its own, and for the cluster a painter JVM (its default, --jvms 2). */
  static int jvms(String style) {
    return style.equals(Cluster.STYLE) ? 2 : 1;
  }

  static void assertSvgHasAPanelPerStyleAndALanePerCanvas(Path svg, int styles, int canvases) throws Exception {
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    List<Element> groups = elements(doc.getElementsByTagName("g"));
    List<Element> panels = groups.stream().filter(g -> g.getAttribute("class").equals("panel")).toList();
    assertThat(panels).hasSize(styles);
    for (Element panel : panels) {
      long lanes = elements(panel.getElementsByTagName("g")).stream()
          .filter(g -> g.getAttribute("class").equals("lane")).count();
      boolean ran = !panel.getAttribute("data-style").endsWith("virtual-threads") || Runtime.version().feature() >= 21;
      assertThat(lanes).as(panel.getAttribute("data-style")).isEqualTo(ran ? canvases : 0);
    }
    assertThat(Files.readString(svg)).contains("vert.x-eventloop-thread-0");
  }

  private static List<Element> elements(NodeList nodes) {
    return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
  }

  private static double seconds(Map<String, String> row) {
    return Double.parseDouble(row.get("wall_s"));
  }

  private static int threads(Map<String, String> row) {
    return Integer.parseInt(row.get("threads"));
  }
}
