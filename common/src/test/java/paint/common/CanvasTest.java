package paint.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import paint.stage.Options;
import paint.stage.Timeline;
import paint.stage.Timeline.Outcome;

class CanvasTest {

  @Test
  void isNotDryBeforeTheDryingTimeAndDryAfterIt() throws Exception {
    Settings settings = Options.parse("--dry", "300ms", "--work", "0");
    Timeline timeline = new Timeline(1);
    Canvas canvas = new Canvas(1, settings, timeline);
    canvas.paint();
    long painted = System.nanoTime();

    assertThat(canvas.isDry()).isFalse();
    Thread.sleep(320); // the drying time itself is what this test is about
    assertThat(System.nanoTime() - painted).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
    assertThat(canvas.isDry()).isTrue();

    assertThat(timeline.checks(1)).isEqualTo(2);
    assertThat(timeline.outcome(1)).isEqualTo(Outcome.DRY);
  }

  @Test
  void isNeverDryBeforeItIsPainted() throws Exception {
    Canvas canvas = new Canvas(1, Options.parse("--dry", "1ms"), new Timeline(1));
    assertThat(canvas.isDry()).isFalse();
  }

  @Test
  void moreWorkTakesLonger() throws Exception {
    Duration light = paintTime(0);
    Duration heavy = paintTime(50_000_000);
    assertThat(heavy).isGreaterThan(light.multipliedBy(10)).isGreaterThan(Duration.ofMillis(5));
  }

  private static Duration paintTime(long work) throws Exception {
    Canvas canvas = new Canvas(1, Options.parse("--work", String.valueOf(work)), new Timeline(1));
    long start = System.nanoTime();
    canvas.paint();
    return Duration.ofNanos(System.nanoTime() - start);
  }

  @Test
  void aFailingCanvasTearsWithItsNumberInTheMessage() throws Exception {
    Settings settings = Options.parse("--fail", "2", "--work", "0");
    Timeline timeline = new Timeline(3);
    assertThatThrownBy(() -> new Canvas(2, settings, timeline).paint())
        .hasMessage("canvas 2 tore");
    new Canvas(1, settings, timeline).paint(); // the others are fine
  }

  @Test
  void aStuckCanvasNeverDries() throws Exception {
    Settings settings = Options.parse("--stuck", "1", "--dry", "1ms", "--work", "0");
    Canvas canvas = new Canvas(1, settings, new Timeline(1));
    canvas.paint();
    Thread.sleep(5);
    assertThat(canvas.isDry()).isFalse();
  }

  @Test
  void failuresAreReportedAsFailedOrTimedOut() throws Exception {
    Settings settings = Settings.defaults();
    Timeline timeline = new Timeline(2);
    new Canvas(1, settings, timeline).failed(new IllegalStateException("canvas 1 tore"));
    new Canvas(2, settings, timeline).failed(new TimeoutException());
    assertThat(timeline.outcome(1)).isEqualTo(Outcome.FAILED);
    assertThat(timeline.failure(1)).isEqualTo("canvas 1 tore");
    assertThat(timeline.outcome(2)).isEqualTo(Outcome.TIMED_OUT);
  }
}
