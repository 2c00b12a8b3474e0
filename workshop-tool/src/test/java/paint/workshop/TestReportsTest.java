package paint.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoreboard's reasons: one plain sentence out of a failing test. */
class TestReportsTest {

  @Test
  void anAssertionsDescriptionIsTheReason() {
    String message = "[the 3 paintings took 0.66 s: they ran one after another] \nExpecting actual:\n  PT0.66S\nto be less than:";

    assertThat(TestReports.reason("java.lang.AssertionError", message, ""))
        .isEqualTo("the 3 paintings took 0.66 s: they ran one after another");
    assertThat(TestReports.reason("java.lang.AssertionError", "java.lang.AssertionError: " + message, ""))
        .isEqualTo("the 3 paintings took 0.66 s: they ran one after another");
  }

  /** An assertion without a description reaches the screen whole, its lines joined: never cut at the first one. */
  @Test
  void anAssertionWithoutADescriptionIsShownWhole() {
    String message = "\nExpecting actual:\n  [\"painter-1\", \"main\"]\nto contain exactly in any order:\n"
        + "  [\"painter-1\", \"painter-2\"]\nelements not found:\n  [\"painter-2\"]\n";

    assertThat(TestReports.reason("java.lang.AssertionError", message, ""))
        .isEqualTo("Expecting actual: [\"painter-1\", \"main\"] to contain exactly in any order: [\"painter-1\","
            + " \"painter-2\"] elements not found: [\"painter-2\"]");
  }

  @Test
  void aStubAnywhereInTheTraceSaysWhichExerciseIsNotWritten() {
    String trace = "java.lang.UnsupportedOperationException: exercise 02.2 paintAll: see 02-callbacks/README.md#exercises";

    assertThat(TestReports.reason("java.lang.UnsupportedOperationException",
        "exercise 02.2 paintAll: see 02-callbacks/README.md#exercises", trace))
        .isEqualTo("not written yet: 02.2 paintAll still throws UnsupportedOperationException");
  }

  @Test
  void aTimeOutAndAnExceptionAreSaidInWords() {
    assertThat(TestReports.reason("java.util.concurrent.TimeoutException",
        "The test execution timed out. Make sure your asynchronous code includes calls to completeNow()", ""))
        .startsWith("it did not finish in time");
    assertThat(TestReports.reason("java.util.concurrent.TimeoutException", "paintAll() timed out after 10 seconds", ""))
        .startsWith("it did not finish in time");
    assertThat(TestReports.reason("java.lang.AssertionError", "the paintings did not finish within 5.8s: every canvas"
        + " ended (2 dry, 1 failed, 0 timed out), but the paintings never said they were done", ""))
        .as("a sentence of the tests that counts canvases that timed out is not a test's time-out")
        .isEqualTo("the paintings did not finish within 5.8s: every canvas ended (2 dry, 1 failed, 0 timed out), but"
            + " the paintings never said they were done");
    assertThat(TestReports.reason("java.lang.IllegalStateException", "Cannot await on the event loop", ""))
        .isEqualTo("IllegalStateException: Cannot await on the event loop");
  }

  @Test
  void awaitOnTheEventLoopIsNamedWithItsLineEvenInsideATestsSentence() {
    String message = "[a handler threw java.lang.IllegalStateException: Cannot be called on a Vert.x event-loop"
        + " thread, and nobody handled it: what it was to do next never ran]";
    String trace = "java.lang.AssertionError: " + message + "\n\tat paint.testing.Expect.lambda$0(Expect.java:68)\n"
        + "Caused by: java.lang.IllegalStateException: Cannot be called on a Vert.x event-loop thread\n"
        + "\tat io.vertx.core.Future.await(Future.java:644)\n"
        + "\tat paint.callbacks.Paint.checkUntilDry(Paint.java:59)\n";

    assertThat(TestReports.reason("java.lang.AssertionError", message + "\n", trace))
        .isEqualTo("await() on the event loop at Paint.java:59: it would block the one thread every painting needs;"
            + " await only on a virtual thread");
  }

  @Test
  void aReportSaysWhichFailuresHaveASentenceForALearner(@TempDir Path reports) throws Exception {
    Files.writeString(reports.resolve("TEST-paint.futures.FuturesTest.xml"), """
        <testsuite name="paint.futures.FuturesTest">
          <testcase name="failuresLeaveNoWarning" classname="paint.futures.FuturesTest">
            <failure message="&#10;expected: 2&#10; but was: 0" type="org.opentest4j.AssertionFailedError">trace</failure>
          </testcase>
          <testcase name="aTornCanvasIsReported" classname="paint.futures.FuturesTest">
            <failure message="[canvas 1 should dry] &#10;expected: DRY" type="org.opentest4j.AssertionFailedError">t</failure>
          </testcase>
          <testcase name="paintsEveryCanvas(Vertx, VertxTestContext)" classname="paint.futures.FuturesTest"/>
        </testsuite>
        """);

    assertThat(TestReports.read(reports)).containsExactly(
        new TestReports.Result("FuturesTest", "failuresLeaveNoWarning", "expected: 2 but was: 0", false),
        new TestReports.Result("FuturesTest", "aTornCanvasIsReported", "canvas 1 should dry", true),
        new TestReports.Result("FuturesTest", "paintsEveryCanvas", null, false));
  }
}
