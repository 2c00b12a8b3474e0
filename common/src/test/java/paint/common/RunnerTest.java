package paint.common;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class RunnerTest {

  /** Pitfall: a future that nobody completes. The run gives up with a clear line instead of hanging. */
  @Test
  void aStageThatNeverCompletesEndsTheRunWithAnError() {
    boolean[] stopped = {false};
    Runner runner = Runner.async("never", () -> "loop",
        (loop, settings, timeline) -> new CompletableFuture<Void>(), // nothing will complete it
        loop -> {
          stopped[0] = true;
          return CompletableFuture.completedFuture(null);
        }).giveUpAfter(Duration.ofMillis(300));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long start = System.nanoTime();

    Runner.Result result = runner.run(new String[] {"--paintings", "2"}, new PrintStream(out, true, UTF_8),
        new PrintStream(err, true, UTF_8));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(result.status()).isEqualTo(1);
    assertThat(err.toString(UTF_8)).contains("error: never: did not finish within 300ms: a painting never completed");
    assertThat(out.toString(UTF_8)).contains("never: 2 paintings in", "(2 never finished)");
    assertThat(stopped[0]).as("the event loop is stopped all the same").isTrue();
  }

  @Test
  void theExitStatusSaysWhetherEveryCanvasDried() {
    Runner.Blocking checkAfter5Ms = (settings, timeline) -> {
      for (int n = 1; n <= settings.paintings(); n++) {
        Canvas canvas = new Canvas(n, settings, timeline);
        canvas.paint();
        Thread.sleep(5); // this style's own wait, as 01's
        canvas.isDry();
      }
    };
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, UTF_8);
    Runner runner = Runner.blocking("check-once", checkAfter5Ms);

    assertThat(runner.run(new String[] {"--dry", "1ms", "--work", "0"}, sink, sink).status()).isZero();
    assertThat(runner.run(new String[] {"--dry", "1s", "--work", "0"}, sink, sink).status())
        .as("still wet after one check: no outcome").isEqualTo(1);
    assertThat(runner.run(new String[] {"--bad"}, sink, sink).status()).isEqualTo(2);
    assertThat(runner.run(new String[] {"--help"}, sink, sink).status()).isZero();
  }
}
