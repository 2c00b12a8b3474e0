package paint.stage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import paint.common.Canvas;
import paint.common.CanvasEvents;
import paint.common.Timed;

@Timeout(10)
class RunnerTest {

  /** What a run printed and returned. */
  record Printed(Runner.Result result, String out, String err) { }

  static Printed run(Runner.Painting style, String... args) {
    return run(style, Runner.SLACK, args);
  }

  /** {@link #run(Runner.Painting, String...)}, giving up {@code slack} after the drying time and the time-out. */
  static Printed run(Runner.Painting style, Duration slack, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Runner.Result result = Runner.run("test", args, new PrintStream(out, true, UTF_8),
        new PrintStream(err, true, UTF_8), style, slack);
    return new Printed(result, out.toString(UTF_8), err.toString(UTF_8));
  }

  /** A style that paints each canvas and checks it once, 5 ms later, on the calling thread. */
  static void checkAfter5Ms(Run run) throws Exception {
    List<Canvas> canvases = run.canvases();
    Timed.run(() -> {
      for (Canvas canvas : canvases) {
        canvas.paint();
        Thread.sleep(5); // this style's own wait, as 01's
        canvas.isDry();
      }
    }, run::took);
  }

  /** Pitfall: a future that nobody completes. Waiting for it gives up with a clear line instead of hanging. */
  @Test
  void waitingForAStageThatNeverCompletesGivesUp() {
    Printed run = run(r -> {
      r.canvases();
      r.await(new CompletableFuture<Void>()); // nobody completes it, nor paints canvas 1
    }, Duration.ofMillis(300), "--paintings", "1", "--dry", "100ms", "--timeout", "100ms", "--work", "0");

    assertThat(run.result().status()).isEqualTo(1);
    // patience: the time-out, the drying time and the slack, 100 + 100 + 300 ms
    assertThat(run.err()).isEqualTo("error: test: did not finish within 500ms: canvas 1 was never painted: was its"
        + " painting started (called, or subscribed to)?\n"); // within the class's time-out: it did not hang
  }

  @Test
  void aStyleThatGivesUpEndsTheRunWithItsErrorAndTheCanvasesThatNeverFinished() {
    boolean[] stopped = {false};
    Printed run = run(r -> {
      try {
        r.canvases();
        throw new IllegalStateException("did not finish within 300ms: a painting never completed");
      } finally {
        stopped[0] = true; // where a Main stops its event loop
      }
    }, "--paintings", "2");

    assertThat(run.result().status()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("error: test: did not finish within 300ms: a painting never completed\n");
    assertThat(run.out()).contains("canvas 1 never finished", "test: 2 paintings in", "(2 never finished)");
    assertThat(stopped[0]).isTrue();
  }

  @Test
  void theExitStatusSaysWhetherEveryCanvasDried() {
    assertThat(run(RunnerTest::checkAfter5Ms, "--dry", "1ms", "--work", "0").result().status()).isZero();
    assertThat(run(RunnerTest::checkAfter5Ms, "--dry", "1s", "--work", "0").result().status())
        .as("still wet after one check: no outcome").isEqualTo(1);
    assertThat(run(RunnerTest::checkAfter5Ms, "--bad").result().status()).isEqualTo(2);
    assertThat(run(RunnerTest::checkAfter5Ms, "--help").result().status()).isZero();
  }

  @Test
  void printsWhatItPaintsTheTimelineAndTheSummary() {
    Printed run = run(RunnerTest::checkAfter5Ms, "--dry", "1ms", "--work", "0");
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("test: 3 canvases, 1ms to dry, checked every 500ms");
    assertThat(lines.get(1)).startsWith("one column = ");
    assertThat(lines).filteredOn(line -> line.startsWith("canvas ")).hasSize(3);
    assertThat(lines.get(lines.size() - 1)).matches("test: 3 paintings in 0\\.0\\d s");
    assertThat(run.err()).isEmpty();
    assertThat(run.result().elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(15));
  }

  @Test
  void badInputIsOneErrorLineThenTheUsageAndNoStackTrace() {
    Printed run = run(RunnerTest::checkAfter5Ms, "--poll", "0ms");
    assertThat(run.result().status()).isEqualTo(2);
    assertThat(run.err().lines().findFirst()).hasValue("error: --poll 0ms: must be more than 0");
    assertThat(run.err()).contains("usage: test [options]").doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aStyleCanRefuseSettingsBeforeItPaints() {
    Printed run = run(r -> {
      throw new BadOption("--paintings 3: too many for this test");
    });
    assertThat(run.result().status()).isEqualTo(2);
    assertThat(run.err().lines().findFirst()).hasValue("error: --paintings 3: too many for this test");
    assertThat(run.out()).isEmpty();
  }

  /** A watcher (the tour's live page) hears every event as it happens, beside the timeline, which still gets them all. */
  @Test
  void aWatcherHearsEveryCanvasEventBesideTheTimeline() {
    List<String> heard = Collections.synchronizedList(new ArrayList<>());
    CanvasEvents listener = new CanvasEvents() {
      @Override
      public void paintStarted(int n) {
        heard.add("P" + n);
      }

      @Override
      public void paintEnded(int n) {
        heard.add("-" + n);
      }

      @Override
      public void checked(int n, boolean dry) {
        heard.add((dry ? "D" : "o") + n);
      }

      @Override
      public void failed(int n, Throwable error) {
        heard.add("X" + n);
      }
    };
    List<Integer> watchedPaintings = new ArrayList<>();
    Runner.Result result = Runner.run("test", new String[] {"--paintings", "2", "--dry", "1ms", "--work", "0",
        "--fail", "2"}, new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, UTF_8), RunnerTest::checkAfter5Ms, Runner.SLACK, settings -> {
          watchedPaintings.add(settings.paintings());
          return listener;
        });

    assertThat(watchedPaintings).as("the watcher is told once, when the canvases are made").containsExactly(2);
    // checkAfter5Ms lets the tear escape: canvas 2 tore, and nobody reported it failed
    assertThat(heard).containsExactly("P1", "-1", "D1", "P2");
    assertThat(result.timeline().outcome(1)).isEqualTo(Timeline.Outcome.DRY);
    assertThat(result.timeline().lanes().get(1).paintStart()).isGreaterThanOrEqualTo(0);
  }

  /** A style's own options, as picocli reads them: beside the shared ones, in its usage, refused in one line. */
  public static final class Extra {
    @picocli.CommandLine.Option(names = "--extra", paramLabel = "N", description = "an option of this style only")
    int extra = 1;
  }

  @Test
  void aStyleWithOptionsOfItsOwnReadsThemFromItsRun() {
    int[] read = new int[2];
    Runner.Painting paint = run -> {
      read[0] = run.options(Extra.class).extra;
      checkAfter5Ms(run);
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Runner.Result result = Runner.run("test", new String[] {"--extra", "7", "--dry", "1ms", "--work", "0"},
        new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), paint, Runner.SLACK, null, new Extra());
    assertThat(result.status()).isZero();
    assertThat(read[0]).isEqualTo(7);

    Runner.Result refused = Runner.run("test", new String[] {"--extra", "x"}, new PrintStream(out, true, UTF_8),
        new PrintStream(err, true, UTF_8), paint, Runner.SLACK, null, new Extra());
    assertThat(refused.status()).isEqualTo(2);
    assertThat(err.toString(UTF_8)).startsWith("error: --extra x:").contains("--extra=N").contains("--paintings=N");

    assertThat(run(paint, "--dry", "1ms", "--work", "0").result().status())
        .as("without them (the tour runs every style with the shared options only), their defaults").isZero();
    assertThat(read[0]).isEqualTo(1);
    assertThat(run(paint, "--extra", "7").result().status()).as("a style that has none refuses them").isEqualTo(2);
  }

  /** Ctrl-C interrupts the thread that runs the style: the run stops, prints what it has, and says so. */
  @Test
  void anInterruptedRunPrintsItsTimelineAndSaysItWasInterrupted() throws Exception {
    CountDownLatch waiting = new CountDownLatch(1);
    AtomicReference<Printed> printed = new AtomicReference<>();
    Thread main = new Thread(() -> printed.set(run(r -> {
      r.canvases();
      waiting.countDown();
      r.await(Timed.stage(CompletableFuture::new, r::took)); // never completes: only Ctrl-C ends it
    }, "--paintings", "2")));
    main.start();
    assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();
    main.interrupt();
    main.join(5_000);

    assertThat(printed.get().result().status()).isEqualTo(Runner.INTERRUPTED);
    assertThat(printed.get().out()).contains("canvas 2 never finished")
        .containsPattern("test: 2 paintings in \\d+\\.\\d\\d s \\(interrupted\\)\n$");
    assertThat(printed.get().err()).isEmpty();
  }
}
