package paint.tour.live;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import paint.common.Settings;
import paint.stage.Options;
import paint.stage.Style;
import paint.tour.style.StyleProcess;

/**
 * The benchmark behind the tour README's figure: how much a run costs for being streamed to the page. The
 * same callbacks run of 100,000 paintings ({@code --work 0}), three times in the tour's way (its JVM, no
 * stream) and three times from the page (its JVM recording and streaming, the page in headless Chromium
 * drawing it), one after the other; the medians of the runs' own times, and their ratio.
 *
 * <p>Not a test (surefire runs {@code *Test} classes only): run it with
 * {@code ./mvnw -q -pl tour -am verify -Dtest=LiveOverheadBench -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LiveOverheadBench {

  static final int RUNS = 3;

  @Test
  void aHundredThousandPaintingsStreamedToThePageAgainstTheSameRunWithout() throws Exception {
    assumeTrue(LivePageTest.whyNot() == null, LivePageTest.whyNot());
    LivePageTest.startTheServerAndTheBrowser();
    try {
      Settings settings = Options.parse("--paintings", "100000", "--work", "0");
      Style callbacks = Style.named("callbacks").orElseThrow();
      List<Double> without = new ArrayList<>();
      List<Double> streamed = new ArrayList<>();
      for (int run = 1; run <= RUNS; run++) {
        StyleProcess.Outcome alone = StyleProcess.finish(StyleProcess.start(callbacks, settings, false, true), line -> { });
        without.add(alone.report().nanos() / 1e9);
        streamed.add(onThePage());
        System.out.printf(Locale.ROOT, "run %d: without the page %.2f s, streamed to the page %.2f s%n", run,
            without.get(run - 1), streamed.get(run - 1));
      }
      double a = median(without);
      double b = median(streamed);
      System.out.printf(Locale.ROOT, "medians of %d: without %.2f s, streamed %.2f s: %.3f times%n", RUNS, a, b, b / a);
    } finally {
      LivePageTest.stopTheBrowserAndTheServer();
    }
  }

  /** One run from the page, drawn as it goes; its own time, as its row in the table says it. */
  static double onThePage() {
    LivePageTest.browser.get(LivePageTest.page);
    LivePageTest.choose(List.of("callbacks"), Map.of("paintings", "100000", "dry", "2s", "poll", "500ms", "work", "0"));
    LivePageTest.browser.findElement(By.id("run")).click();
    // Asked every 250 ms: the bench's own questions to the page must not weigh on what it measures.
    new org.openqa.selenium.support.ui.WebDriverWait(LivePageTest.browser, Duration.ofSeconds(120),
        Duration.ofMillis(250)).until(driver -> LivePageTest.rows() == 1);
    return ((Number) LivePageTest.browser.executeScript(
        "return parseFloat(document.querySelector('#table tbody tr td:nth-child(3)').textContent)")).doubleValue();
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get((sorted.size() - 1) / 2);
  }
}
