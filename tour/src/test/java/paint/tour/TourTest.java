package paint.tour;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import paint.stage.Style;
import paint.testing.CtrlC;
import paint.testing.Expect;

/** The tour, end to end: each style in its own JVM, with short settings. */
@Timeout(120)
class TourTest {

  /** What a run of the tour printed and returned. */
  record TourRun(int status, String out, String err) {
    /** The CSV rows, by style, each as its columns. */
    Map<String, List<String>> csvRows() {
      return out.lines().skip(1).map(line -> Arrays.asList(line.split(",", -1)))
          .collect(Collectors.toMap(columns -> columns.get(0), columns -> columns));
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
        "style,paintings,runs,wall_s,vs_ideal,threads,peak_heap_mb,peak_rss_mb,paint_s,dry,failed,timed_out,note");
    Map<String, List<String>> rows = run.csvRows();
    assertThat(rows.keySet()).containsExactlyInAnyOrder(
        "sequential", "threads", "callbacks", "futures", "coroutines-style", "jdk-virtual-threads", "virtual-threads");
    // one after another: at least the sum of the drying times
    assertThat(seconds(rows.get("sequential"))).isGreaterThanOrEqualTo(1.5);
    assertThat(threads(rows.get("sequential"))).isEqualTo(1);
    assertThat(threads(rows.get("threads"))).isEqualTo(3);
    for (String style : List.of("threads", "callbacks", "futures", "coroutines-style")) {
      // overlapped: at least one drying time, well below the sum
      assertThat(seconds(rows.get(style))).as(style).isBetween(0.5, 1.0);
      assertThat(rows.get(style).get(9)).as(style + ": canvases dry").isEqualTo("3");
    }
    for (String style : List.of("callbacks", "futures", "coroutines-style")) {
      assertThat(threads(rows.get(style))).as(style + ": one event loop").isEqualTo(1);
    }
    for (String style : List.of("jdk-virtual-threads", "virtual-threads")) {
      if (Runtime.version().feature() >= 21) {
        assertThat(seconds(rows.get(style))).as(style).isBetween(0.5, 1.0);
        assertThat(threads(rows.get(style))).as(style + ": a virtual thread per painting").isEqualTo(3);
      } else {
        assertThat(rows.get(style).get(12)).contains("needs JDK 21+");
      }
    }
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
    assertThat(run.csvRows().get("callbacks").get(10)).isEqualTo("1");
    assertThat(run.csvRows().get("futures").get(10)).isEqualTo("1");
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
    assertThat(run.csvRows().get("callbacks").get(2)).isEqualTo("3");
    assertThat(run.err()).as("progress goes to a terminal only").isEmpty();
  }

  /** Ctrl-C: the run stops at once, prints its timeline and says it was interrupted, and exits with 130. */
  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void ctrlCStopsARunPromptlyWithItsTimelineAndStatus130() throws Exception {
    CtrlC.assumeItReachesChildren();
    for (Style style : List.of(Style.named("callbacks").orElseThrow(), Style.named("sequential").orElseThrow())) {
      Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), style.mainClass(), "--dry", "10s", "--poll", "100ms", "--work", "0")
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      BufferedReader out = run.inputReader(UTF_8);
      assertThat(out.readLine()).isEqualTo(style.name() + ": 3 canvases, 10s to dry, checked every 100ms");
      Thread.sleep(300); // let it paint and check a little: this is the run under test, not a wait for a result
      long interrupted = System.nanoTime();
      CtrlC.send(run);
      List<String> rest = out.lines().toList();

      assertThat(run.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - interrupted)).as(style.name()).isLessThan(Duration.ofSeconds(3));
      assertThat(run.exitValue()).isEqualTo(130);
      assertThat(rest).anyMatch(line -> line.matches("canvas 1 \\| *P.*\\| t1")); // it was painting when it stopped
      assertThat(rest.get(rest.size() - 1)).matches(style.name() + ": 3 paintings in \\d+\\.\\d\\d s \\(interrupted\\)");
    }
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

  private static double seconds(List<String> row) {
    return Double.parseDouble(row.get(3));
  }

  private static int threads(List<String> row) {
    return Integer.parseInt(row.get(5));
  }
}
