package paint.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TimedTest {

  @Test
  void callMeasuresASynchronousCall() throws Exception {
    AtomicReference<Duration> took = new AtomicReference<>();
    String result = Timed.call(() -> {
      Thread.sleep(50); // the synchronous work being timed
      return "done";
    }, took::set);
    assertThat(result).isEqualTo("done");
    assertThat(took.get()).isGreaterThanOrEqualTo(Duration.ofMillis(50));
  }

  @Test
  @Timeout(5)
  void stageStopsTheClockWhenTheWorkCompletes() throws Exception {
    AtomicReference<Duration> took = new AtomicReference<>();
    String result = Timed.stage(TimedTest::doneIn200Ms, took::set)
        .toCompletableFuture().get(5, TimeUnit.SECONDS);
    assertThat(result).isEqualTo("done");
    assertThat(took.get()).isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }

  /**
   * Pitfall: a synchronous timer around an asynchronous call times only the start of the work: its clock
   * stops before the work is done. Decided by that order, not by how short the time was.
   */
  @Test
  @Timeout(5)
  void callAroundAnAsynchronousCallMeasuresAlmostNothing() throws Exception {
    CompletableFuture<String> work = new CompletableFuture<>();
    AtomicReference<Boolean> doneWhenTimed = new AtomicReference<>();
    CompletableFuture<String> returned = Timed.call(() -> {
      CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(() -> work.complete("done"));
      return work; // started, not done
    }, took -> doneWhenTimed.set(work.isDone()));
    assertThat(doneWhenTimed.get()).as("the work was done when the clock stopped").isFalse();
    assertThat(returned.get(5, TimeUnit.SECONDS)).isEqualTo("done");
  }

  @Test
  @Timeout(5)
  void stageReportsFailuresToo() {
    AtomicReference<Duration> took = new AtomicReference<>();
    CompletableFuture<String> timed = Timed.stage(() -> CompletableFuture.<String>supplyAsync(() -> {
      throw new IllegalStateException("torn");
    }, CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS)), took::set).toCompletableFuture();
    assertThat(timed).failsWithin(Duration.ofSeconds(5));
    assertThat(took.get()).isGreaterThanOrEqualTo(Duration.ofMillis(100));
  }

  private static CompletableFuture<String> doneIn200Ms() {
    return CompletableFuture.supplyAsync(() -> "done",
        CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS));
  }
}
