package paint.tour.live;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import paint.stage.Lane.Kind;
import paint.tour.style.Recorder;

/**
 * The live page in a real browser: headless Chromium, driven by Selenium through the chromedriver on this
 * machine (never one downloaded). One server and one browser for the class. They run on JDK 21 or newer,
 * where every style runs (CI runs them on its JDK 25 pass), and are skipped, with one line that says how to
 * run them, where there is no Chromium.
 *
 * <p>What they assert is what the lesson shows, by positions relative to the drying time: callbacks' three
 * paints early in the run and drying together, sequential's staircase; a page that answers a click while a
 * hundred thousand paintings stream; and no style JVM left when the page stops a run or is closed.
 */
@Timeout(120)
class LivePageTest {

  /** Held here: java.util.logging keeps loggers weakly, and would forget that it is silenced. */
  static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

  static final Path CHROMIUM = Path.of(System.getProperty("live.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("live.chromedriver", "/usr/bin/chromedriver"));

  static LiveServer server;
  static ChromeDriver browser;
  static String page;
  static Path profile;

  @BeforeAll
  static void startTheServerAndTheBrowser() throws Exception {
    String skipped = whyNot();
    if (skipped != null) {
      System.out.println(skipped);
    }
    assumeTrue(skipped == null, skipped);
    SELENIUM.setLevel(Level.OFF); // "Unable to find CDP implementation matching 156": harmless, and not ours
    server = LiveServer.start(LiveServerTest.config(0), new PrintStream(new ByteArrayOutputStream(), true, UTF_8));
    page = "http://127.0.0.1:" + server.port() + "/";
    profile = Files.createTempDirectory("live-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
        "--window-size=1280,1200", "--hide-scrollbars");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .withLogOutput(OutputStream.nullOutputStream()).build();
    browser = new ChromeDriver(service, options);
  }

  /** Why the browser tests cannot run here, in one line that says how to run them; null if they can. */
  static String whyNot() {
    if (Runtime.version().feature() < 21) {
      return "LivePageTest skipped: the browser tests run on JDK 21 or newer, where every style runs"
          + " (run ./mvnw verify on JDK 21+)";
    }
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      return "LivePageTest skipped: no " + CHROMIUM + " or " + CHROMEDRIVER + "; to run the browser tests, install"
          + " them (Debian, Ubuntu: sudo apt-get install chromium chromium-driver) or name them with"
          + " -Dlive.chromium=PATH -Dlive.chromedriver=PATH";
    }
    return null;
  }

  @AfterAll
  static void stopTheBrowserAndTheServer() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.stopAll("the tests are over");
      server.close();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
    }
  }

  @AfterEach
  void noRunLeftGoing() {
    server.stopAll("the test ended");
  }

  /** The moment the talk is about: three canvases dry at once on one thread, beside sequential's staircase. */
  @Test
  void callbacksPaintEarlyAndDryTogetherBesideSequentialsStaircase() throws Exception {
    runToItsEnd(List.of("callbacks", "sequential"), Map.of("paintings", "3", "dry", "1s", "poll", "250ms", "work", "0"),
        Duration.ofSeconds(60));

    long dry = 1000;
    Map<Integer, List<Mark>> callbacks = lanes("callbacks");
    Map<Integer, List<Mark>> sequential = lanes("sequential");
    assertThat(callbacks).containsOnlyKeys(1, 2, 3);
    assertThat(sequential).containsOnlyKeys(1, 2, 3);
    for (int k = 2; k <= 3; k++) {
      // Halfway between overlapping (every paint at the start) and one after another ((k - 1) drying times later).
      double halfway = (k - 1) * dry / 2.0;
      assertThat(at(callbacks, k, Kind.PAINT_START) - at(callbacks, 1, Kind.PAINT_START)).as("callbacks: canvas %d painted early", k)
          .isLessThan(halfway);
      assertThat(at(sequential, k, Kind.PAINT_START) - at(sequential, 1, Kind.PAINT_START)).as("sequential: canvas %d painted a step later", k)
          .isGreaterThan(halfway);
      assertThat(at(sequential, k, Kind.PAINT_START)).as("sequential: canvas %d painted once canvas %d was dry", k, k - 1)
          .isGreaterThanOrEqualTo(at(sequential, k - 1, Kind.DRY));
    }
    List<Double> dried = List.of(at(callbacks, 1, Kind.DRY), at(callbacks, 2, Kind.DRY), at(callbacks, 3, Kind.DRY));
    assertThat(dried.stream().mapToDouble(d -> d).max().orElseThrow() - dried.stream().mapToDouble(d -> d).min()
        .orElseThrow()).as("callbacks: the three canvases dried together").isLessThan(dry / 2.0);
    assertThat(callbacks.values().stream().flatMap(List::stream).map(Mark::thread)).containsOnly("vert.x-eventloop-thread-0");
    assertThat(sequential.values().stream().flatMap(List::stream).map(Mark::thread)).containsOnly("main");

    assertThat(panel("callbacks").findElement(By.className("threads")).getText()).startsWith("vert.x-eventloop-thread-0");
    assertThat(panel("sequential").findElement(By.className("threads")).getText()).startsWith("main");
    assertThat(panel("callbacks").findElement(By.className("counts")).getText()).contains("dry 3", "wet 0");
    assertThat(paintedPixels("callbacks")).as("the lanes are drawn").isGreaterThan(500);
    assertThat(severeConsoleMessages()).isEmpty();
    screenshot("live-page.png");
  }

  /**
   * A hundred thousand paintings stream, and the page answers clicks meanwhile. A page that the stream froze
   * would hold every click until the run ends, the drying time (6 s) after the first canvases are wet: judged
   * by the order of events (each click answered while the run still goes on), and by the page's longest task
   * (halfway between none and those 6 s).
   */
  @Test
  void aHundredThousandPaintingsStreamAndThePageStillAnswersAClick() throws Exception {
    browser.get(page);
    choose(List.of("callbacks"), Map.of("paintings", "100000", "dry", "6s", "poll", "500ms", "work", "0"));
    // The page's longest task: as long as the page cannot answer a click (the Long Tasks API of the browser).
    browser.executeScript("window.longestTask = 0; new PerformanceObserver((list) => list.getEntries().forEach((e) => {"
        + " window.longestTask = Math.max(window.longestTask, e.duration); })).observe({ type: 'longtask' });");
    browser.findElement(By.id("run")).click();
    waitFor(Duration.ofSeconds(60), "the first canvases drying", () -> number("return live.panels.get('callbacks')"
        + " ? live.panels.get('callbacks').counts[" + Recorder.State.WET.ordinal() + "] : 0") > 0);

    for (int click = 1; click <= 3; click++) {
      boolean projector = hasProjectorClass();
      browser.findElement(By.id("projector")).click();
      waitFor(Duration.ofSeconds(10), "the page to answer the click", () -> hasProjectorClass() != projector);
      boolean stillGoing = (Boolean) browser.executeScript("return !live.panels.get('callbacks').done");

      assertThat(stillGoing).as("click %d was answered while the run still went on", click).isTrue();
    }
    if (hasProjectorClass()) {
      browser.findElement(By.id("projector")).click();
    }
    waitFor(Duration.ofSeconds(90), "the run's row in the table", () -> rows() == 1);
    assertThat(Duration.ofMillis(number("return Math.round(window.longestTask)")))
        .as("the longest the page could not answer a click, over the whole run").isLessThan(Duration.ofSeconds(3));
    assertThat(panel("callbacks").findElement(By.className("counts")).getText()).contains("dry 100,000", "failed 0");
    assertThat((Boolean) browser.executeScript("return live.panels.get('callbacks').lanes")).as("aggregates, not lanes")
        .isFalse();
    assertThat(browser.findElement(By.cssSelector("#table tbody tr")).getText()).startsWith("callbacks 100,000");
    assertThat(paintedPixels("callbacks")).as("the aggregates are drawn").isGreaterThan(5_000);
    assertThat(severeConsoleMessages()).isEmpty();
    screenshot("live-page-100000.png");
  }

  /**
   * The cluster on the page, beside event-bus: its canvases are painted in two JVMs, and their events come back
   * to the JVM that sent them, which streams them as any style's: each lane is drawn in the colours of its
   * painters, named by node and thread; the panel says which JVMs painted; the row counts threads and JVMs.
   * Then Stop, during a long run, ends every JVM of it: the style's, and the painter JVM it started.
   */
  @Test
  void theClusterPaintsInTwoJvmsItsLanesColouredByPainterAndStopEndsEveryJvm() throws Exception {
    runToItsEnd(List.of("event-bus", "cluster"), Map.of("paintings", "6", "dry", "1s", "poll", "250ms", "work", "0"),
        Duration.ofSeconds(90));

    assertThat(panel("cluster").findElement(By.className("state")).getText()).as("the cluster's run, which printed %s",
        panel("cluster").findElement(By.className("output")).getAttribute("textContent")).endsWith(" s");
    Map<Integer, List<Mark>> lanes = lanes("cluster");
    assertThat(lanes).containsOnlyKeys(1, 2, 3, 4, 5, 6);
    List<String> painters = lanes.values().stream().flatMap(List::stream)
        .filter(m -> m.kind().equals(String.valueOf(Kind.PAINT_START.mark()))).map(Mark::thread).distinct().toList();
    assertThat(painters).as("each painter named by its node and its thread")
        .allMatch(painter -> painter.matches("node [12] / vert\\.x-eventloop-thread-\\d+"));
    assertThat(painters.stream().map(painter -> painter.substring(0, 6)).distinct()).as("painters in both JVMs")
        .containsExactlyInAnyOrder("node 1", "node 2");
    List<String> coloured = painters.stream().filter(painter -> pixelsOf("cluster",
        (String) browser.executeScript("return live.colourOf('cluster', arguments[0])", painter)) > 20).toList();
    assertThat(coloured).as("painters whose colour the lanes show").hasSizeGreaterThan(1);
    assertThat(panel("cluster").findElement(By.className("threads")).getText())
        .startsWith("painted in 2 JVMs: node 1 (").contains("node 2 (", "node 1 / vert.x-eventloop-thread-");
    assertThat(browser.findElement(By.cssSelector("#table tbody tr[data-style='cluster']")).getText())
        .matches("cluster 6 \\d+\\.\\d\\d s \\d on 2 JVMs .*");
    assertThat(browser.findElement(By.cssSelector("#table tbody tr[data-style='event-bus']")).getText())
        .as("one JVM: no JVMs to count").doesNotContain("JVM");
    assertThat(panel("cluster").findElement(By.className("output")).getAttribute("textContent"))
        .as("what the cluster printed: nothing from Hazelcast or the JDK").contains("cluster: 2 JVMs on 127.0.0.1")
        .doesNotContain("WARNING");
    assertThat(severeConsoleMessages()).isEmpty();
    screenshot("live-page-cluster.png");

    choose(List.of("cluster"), Map.of("paintings", "3", "dry", "30s", "poll", "500ms", "work", "0"));
    browser.findElement(By.id("run")).click();
    waitFor(Duration.ofSeconds(10), "the second run to start", () -> browser.findElement(By.id("stop")).isEnabled());
    long pid = painting("cluster").get(0); // painting: every JVM of the cluster has joined
    List<ProcessHandle> jvms = new ArrayList<>(List.of(ProcessHandle.of(pid).orElseThrow()));
    jvms.addAll(ProcessHandle.of(pid).orElseThrow().descendants().filter(ProcessHandle::isAlive).toList());
    assertThat(jvms).as("the style's JVM and its painter JVM").hasSize(2);
    browser.findElement(By.id("stop")).click();
    waitFor(Duration.ofSeconds(30), "the run to stop", () -> browser.findElement(By.id("status")).getText()
        .contains("stopped: stopped from the page"));
    for (ProcessHandle jvm : jvms) {
      jvm.onExit().get(15, TimeUnit.SECONDS); // halfway between at once and the run's 30 s
    }
    assertThat(jvms).as("no JVM of the cluster left after Stop").noneMatch(ProcessHandle::isAlive);
  }

  /** A reload keeps the run; Stop, and a tab closed during a run, end every style JVM of the run. */
  @Test
  void aReloadKeepsTheRunAndStopOrAClosedTabEndEveryStyleJvm() throws Exception {
    Map<String, String> long30s = Map.of("paintings", "3", "dry", "30s", "poll", "500ms", "work", "0");
    browser.get(page);
    choose(List.of("callbacks", "sequential"), long30s);
    browser.findElement(By.id("run")).click();
    List<Long> pids = painting("callbacks", "sequential");
    browser.navigate().refresh(); // a page reloaded during a run picks it up again
    waitFor(Duration.ofSeconds(30), "the reloaded page to show the run", () -> browser.findElement(By.id("status"))
        .getText().endsWith("is going.") && number("return live.panels.size") == 2);
    assertThat(pids).as("the run goes on").allMatch(LivePageTest::alive);
    browser.findElement(By.id("stop")).click();
    waitFor(Duration.ofSeconds(30), "the run to stop", () -> browser.findElement(By.id("status")).getText()
        .contains("stopped: stopped from the page"));
    assertThat(pids).as("no style JVM left after Stop").noneMatch(LivePageTest::alive);

    String home = browser.getWindowHandle();
    browser.switchTo().newWindow(WindowType.TAB);
    browser.get(page);
    choose(List.of("callbacks", "sequential"), long30s);
    browser.findElement(By.id("run")).click();
    List<Long> again = painting("callbacks", "sequential");
    browser.close(); // the tab
    browser.switchTo().window(home);
    for (long pid : again) {
      Optional<ProcessHandle> jvm = ProcessHandle.of(pid);
      if (jvm.isPresent()) {
        jvm.get().onExit().get(30, TimeUnit.SECONDS);
      }
    }
    assertThat(again).as("no style JVM left after the tab closed").noneMatch(LivePageTest::alive);
  }

  // What the tests share.

  record Mark(double at, String kind, String thread) { }

  /** Checks exactly these styles, and types these options, as a person would. */
  static void choose(List<String> styles, Map<String, String> options) {
    waitFor(Duration.ofSeconds(10), "the form", () -> !browser.findElements(By.cssSelector("#style-boxes input")).isEmpty());
    for (WebElement box : browser.findElements(By.cssSelector("#style-boxes input"))) {
      if (box.isEnabled() && box.isSelected() != styles.contains(box.getAttribute("value"))) {
        box.click();
      }
    }
    options.forEach((name, value) -> {
      WebElement input = browser.findElement(By.name(name));
      input.clear();
      input.sendKeys(value);
    });
  }

  /** Opens the page, runs {@code styles} with {@code options}, and waits, at most {@code limit}, for each one's row. */
  static void runToItsEnd(List<String> styles, Map<String, String> options, Duration limit) {
    browser.get(page);
    choose(styles, options);
    browser.findElement(By.id("run")).click();
    waitFor(limit, "every style's row in the table", () -> rows() == styles.size());
  }

  /** The style JVMs, once each of {@code styles} is painting. */
  static List<Long> painting(String... styles) {
    List<Long> pids = new ArrayList<>();
    for (String style : styles) {
      waitFor(Duration.ofSeconds(60), style + " painting", () -> number("const p = live.panels.get('" + style
          + "'); return p && p.pid && p.t > 0 ? 1 : 0") == 1);
      pids.add(number("return live.panels.get('" + style + "').pid"));
    }
    return pids;
  }

  /** The lanes the page holds for {@code style}: canvas, then its marks in order. */
  @SuppressWarnings("unchecked")
  static Map<Integer, List<Mark>> lanes(String style) {
    Map<String, List<Map<String, Object>>> lanes = (Map<String, List<Map<String, Object>>>) browser.executeScript(
        "return live.lanesOf(arguments[0])", style);
    Map<Integer, List<Mark>> marks = new java.util.TreeMap<>();
    lanes.forEach((canvas, list) -> marks.put(Integer.parseInt(canvas), list.stream()
        .map(m -> new Mark(((Number) m.get("at")).doubleValue(), (String) m.get("kind"), (String) m.get("thread")))
        .toList()));
    return marks;
  }

  /** When canvas {@code n}'s first mark of {@code kind} came, in ms from the start of its run. */
  static double at(Map<Integer, List<Mark>> lanes, int n, Kind kind) {
    return lanes.get(n).stream().filter(m -> m.kind().equals(String.valueOf(kind.mark()))).findFirst()
        .orElseThrow(() -> new AssertionError("canvas " + n + " has no " + kind + ": " + lanes.get(n))).at();
  }

  static WebElement panel(String style) {
    return browser.findElement(By.cssSelector("article.panel[data-style='" + style + "']"));
  }

  static long rows() {
    return number("return document.querySelectorAll('#table tbody tr').length");
  }

  static boolean hasProjectorClass() {
    return (Boolean) browser.executeScript("return document.body.classList.contains('projector')");
  }

  /** How many pixels of a panel's picture are drawn (not transparent). */
  static long paintedPixels(String style) {
    return number("const c = document.querySelector(\"article.panel[data-style='" + style + "'] canvas\");"
        + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
        + " for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n;");
  }

  /** How many pixels of a panel's picture are exactly {@code colour} ({@code #1f77b4}): its marks in that colour. */
  static long pixelsOf(String style, String colour) {
    return number("const c = document.querySelector(\"article.panel[data-style='" + style + "'] canvas\");"
        + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; const want = arguments[0];"
        + " const rgb = [1, 3, 5].map((i) => parseInt(want.substring(i, i + 2), 16)); let n = 0;"
        + " for (let i = 0; i < d.length; i += 4) { if (d[i] === rgb[0] && d[i + 1] === rgb[1] && d[i + 2] === rgb[2]"
        + " && d[i + 3] === 255) n++; } return n;", colour);
  }

  static long number(String script, Object... arguments) {
    return ((Number) browser.executeScript(script, arguments)).longValue();
  }

  static List<String> severeConsoleMessages() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
  }

  static void waitFor(Duration limit, String what, java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, limit, Duration.ofMillis(20)).withMessage("waited for " + what)
        .until(driver -> condition.getAsBoolean());
  }

  static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Saves what the browser shows, the whole page, in target/. */
  static void screenshot(String name) throws Exception {
    long height = number("return document.documentElement.scrollHeight");
    browser.manage().window().setSize(new Dimension(1280, (int) Math.min(4000, height + 140)));
    Files.write(Path.of("target", name), browser.getScreenshotAs(OutputType.BYTES));
    browser.manage().window().setSize(new Dimension(1280, 1200));
  }
}
