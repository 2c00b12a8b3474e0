package paint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import paint.common.Settings;
import paint.stage.BadOption;
import paint.stage.Format;
import paint.stage.Options;
import paint.stage.Timeline;
import paint.stage.Timeline.Outcome;

/**
 * What every style must do, as assertions that the modules' tests share: every canvas dry exactly
 * once, the time bands, the threads, and the failures reported with their canvas.
 */
public final class Expect {

  /**
   * Short settings that keep the tests fast: 3 paintings, 400 ms to dry, a check every 100 ms, and no
   * paint ({@code --work 0}): what these tests time is the waiting, so the CPU's speed and the JIT's
   * warm-up stay out of it. Overlapping, three paintings take 400 ms; one after another, 1.2 s: the
   * halfway mark, 800 ms, leaves a correct run 400 ms for a busy machine's delays.
   */
  public static final String[] SHORT = shortWith();

  /**
   * Settings for the checks that the event loop is never blocked: a poll of 800 ms, so that a blocking
   * mistake (a sleep of a poll on the loop) holds it twice as long as the strict checker's limit
   * ({@link OnVertx#MAX_EVENT_LOOP_TIME}, 400 ms), and a healthy task a few milliseconds (a warm default
   * paint: 10 to 14 ms here, {@code java -cp tour/target/tour.jar bench/PaintTimes.java}), which leaves a
   * busy machine room to stretch it many times over. The default paint: add
   * {@code --work 0} where the paint is not the point.
   */
  public static final String[] POLL_800MS = {"--paintings", "3", "--dry", "1600ms", "--poll", "800ms"};

  /**
   * How much longer than their drying time and their time-out the tests wait for paintings before they
   * say what never completed: a run of {@link #SHORT} takes 0.5 s, so paintings that are not done 1 s
   * after their time-out never will be, and the learner hears so within seconds, not a minute.
   */
  public static final Duration SLACK = Duration.ofSeconds(1);

  private Expect() { }

  /** {@link #SHORT} followed by {@code more}; {@code --work} given in {@code more} replaces {@code --work 0}. */
  public static String[] shortWith(String... more) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--paintings", "3", "--dry", "400ms",
        "--poll", "100ms"));
    if (!java.util.List.of(more).contains("--work")) {
      args.addAll(java.util.List.of("--work", "0"));
    }
    args.addAll(java.util.List.of(more));
    return args.toArray(String[]::new);
  }

  /**
   * Fails {@code test} with what never completed, once paintings with {@code settings} should long have
   * completed: a learner hears which canvas stopped, within seconds, instead of "the test timed out". An
   * exception that escapes a handler fails it at once ({@link #sayWhatThrew}).
   */
  public static void sayWhatNeverCompleted(io.vertx.core.Vertx vertx, io.vertx.junit5.VertxTestContext test,
      Timeline timeline, Settings settings) {
    sayWhatThrew(vertx, test);
    Duration patience = paint.stage.Run.patience(settings, SLACK);
    vertx.setTimer(patience.toMillis(), late -> test.failNow(new AssertionError("[the paintings did not finish within "
        + Format.duration(patience) + ": " + Format.neverCompleted(timeline, settings.poll()) + "]")));
  }

  /**
   * Fails {@code test} at once when an exception escapes a handler of {@code vertx}, with the exception and
   * where it was thrown: what the handler was to do next never ran, so waiting would only end in "never
   * completed".
   */
  public static void sayWhatThrew(io.vertx.core.Vertx vertx, io.vertx.junit5.VertxTestContext test) {
    vertx.exceptionHandler(thrown -> test.failNow(new AssertionError("[a handler threw " + thrown + where(thrown)
        + ", and nobody handled it: what it was to do next never ran]", thrown)));
  }

  /** Where in a painting file {@code thrown} was thrown: {@code " at Paint.java:59"}, or "" when not in one. */
  static String where(Throwable thrown) {
    for (StackTraceElement frame : thrown.getStackTrace()) {
      String file = frame.getFileName();
      if (frame.getClassName().startsWith("paint.") && file != null && file.startsWith("Paint")) {
        return " at " + file + ":" + frame.getLineNumber();
      }
    }
    return "";
  }

  /** {@code settings} followed by {@code more}. */
  public static String[] with(String[] settings, String... more) {
    String[] args = java.util.Arrays.copyOf(settings, settings.length + more.length);
    System.arraycopy(more, 0, args, settings.length, more.length);
    return args;
  }

  /**
   * {@code took} is closer to {@code right}, what the lesson claims, than to {@code wrong}, what the
   * mistake it guards against would take: the threshold lies halfway between them.
   */
  public static void closerTo(Duration took, Duration right, Duration wrong, String description, Object... args) {
    Duration halfway = right.plus(wrong).dividedBy(2);
    if (right.compareTo(wrong) < 0) {
      assertThat(took).as(description, args).isLessThan(halfway);
    } else {
      assertThat(took).as(description, args).isGreaterThan(halfway);
    }
  }

  /**
   * The run ended with status 0; else the test says why, with the run's first error line, as a learner reads
   * it, or with the canvas that was still running when the paintings completed (see {@link #nothingLeftRunning}).
   */
  public static void endedWell(StyleRun run) {
    if (run.err().isBlank()) {
      nothingLeftRunning(run, WAIT_FOR_EVERY_PAINTING);
    }
    assertThat(run.status()).as("the run ended with status %d, not 0: %s", run.status(),
        firstLine(run.err().isBlank() ? problems(run) : run.err())).isZero();
  }

  /** The first line of {@code text}, or "nothing" when it is empty. */
  public static String firstLine(String text) {
    return text == null || text.isBlank() ? "nothing" : text.strip().lines().findFirst().orElse("");
  }

  /** The lines of a run's output that say what went wrong: {@code canvas 2 failed: ...}, or its summary. */
  public static String problems(StyleRun run) {
    String notDry = String.join("|", Outcome.FAILED.word(), Outcome.TIMED_OUT.word(), Outcome.NONE);
    return run.lines().stream().filter(line -> line.matches("canvas \\d+ (" + notDry + ").*")).findFirst()
        .orElse(run.summary());
  }

  /** Parses settings that a test knows to be good. */
  public static Settings settings(String... args) {
    try {
      return Options.parse(args);
    } catch (BadOption e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Every canvas dried exactly once, and none was checked again after it was done. */
  public static void everyCanvasDryOnce(Timeline timeline) {
    int dry = timeline.count(Outcome.DRY);
    assertThat(dry).as("%d of the %d canvases ended dry; %s", dry, timeline.paintings(), whatHappened(timeline))
        .isEqualTo(timeline.paintings());
    assertThat(timeline.extraOutcomes())
        .as("a painting said it was done more than once: call back (or complete) once per painting").isZero();
    assertThat(timeline.checksAfterOutcome())
        .as("a canvas was checked again after it was done: stop checking once it is dry or given up").isZero();
  }

  /** How a canvas ended, in words: {@code dry}, {@code failed}, {@code timed out}, {@code never finished}. */
  static String ended(Outcome outcome) {
    return outcome == null ? Outcome.NONE : outcome.word();
  }

  /**
   * What became of the canvases that did not end dry, for a learner: first a canvas that had not ended when
   * the paintings completed (and whether that was as soon as another one failed), else the first that
   * failed or timed out, {@code canvas 2 failed: canvas 2 tore}.
   */
  static String whatHappened(Timeline timeline) {
    int failed = 0;
    for (int n = 1; n <= timeline.paintings() && failed == 0; n++) {
      failed = timeline.outcome(n) == Outcome.FAILED && !stopped(timeline, n) ? n : 0;
    }
    for (int n = 1; n <= timeline.paintings(); n++) {
      if (timeline.outcome(n) == null || stopped(timeline, n)) {
        String state = stopped(timeline, n) ? "closing Vert.x then stopped it: " + timeline.failure(n)
            : !timeline.paintBegun(n) ? "it was not even painted yet" : timeline.checks(n) == 0
            ? "it was painted, and not checked yet" : "checked " + timeline.checks(n) + " time"
            + (timeline.checks(n) == 1 ? "" : "s") + ", still wet";
        return stillRunning(n, state, failed, WAIT_FOR_EVERY_PAINTING);
      }
    }
    for (int n = 1; n <= timeline.paintings(); n++) {
      Outcome outcome = timeline.outcome(n);
      if (outcome == Outcome.FAILED || outcome == Outcome.TIMED_OUT) {
        return Format.whatBecameOf(timeline, n);
      }
    }
    return "every canvas dried";
  }

  /**
   * The paintings overlapped: every canvas was painted before the first one dried (one after another,
   * the next is painted only once the one before is dry), and the run took at least one drying time, the
   * longest a painting can take. The order of the events decides, not the wall clock: a busy laptop
   * stretches a correct run, even past the time that one after another would take, but never makes a
   * canvas wait for another one to dry.
   */
  public static void aboutOneDryingTime(Timeline timeline, Duration elapsed, Settings settings) {
    String oneAfterAnother = "they ran one after another (%d × %s, the tests' drying time); overlapping, they take"
        + " about %s. Does something block the thread while a canvas dries, or wait for one painting before it"
        + " starts the next?";
    int firstDry = 0;
    int lastPainted = 0;
    for (int n = 1; n <= timeline.paintings(); n++) {
      if (timeline.outcome(n) == Outcome.DRY && (firstDry == 0 || timeline.endNanos(n) < timeline.endNanos(firstDry))) {
        firstDry = n;
      }
      if (lastPainted == 0 || timeline.paintStartNanos(n) > timeline.paintStartNanos(lastPainted)) {
        lastPainted = n;
      }
    }
    if (firstDry != 0) {
      assertThat(timeline.paintStartNanos(lastPainted)).as("canvas %d was painted at %s, after canvas %d had dried"
          + " (at %s): " + oneAfterAnother, lastPainted, Format.seconds(timeline.paintStartNanos(lastPainted)), firstDry,
          Format.seconds(timeline.endNanos(firstDry)), settings.paintings(), Format.duration(settings.dry()),
          Format.duration(settings.dry())).isLessThan(timeline.endNanos(firstDry));
    }
    assertThat(elapsed).as("the %d paintings took %s, less than one drying time (%s): did each wait until its"
        + " canvas was dry?", settings.paintings(), Format.seconds(elapsed.toNanos()), Format.duration(settings.dry()))
        .isGreaterThanOrEqualTo(settings.dry());
  }

  /** The run of {@code SHORT} with {@code --fail 2}: canvas 2 failed with its message, the others dried. */
  public static void canvasTwoTore(StyleRun run, String style) {
    assertThat(run.timeline()).as("the run with --fail 2 ended before painting: %s", firstLine(run.err())).isNotNull();
    assertThat(run.timeline().outcome(2)).as("canvas 2 tore, and should be reported failed, but it ended %s: hand the"
        + " paint's exception on (canvas.failed, or a failed callback or future)", ended(run.timeline().outcome(2)))
        .isEqualTo(Outcome.FAILED);
    assertThat(run.timeline().failure(2)).isEqualTo("canvas 2 tore");
    assertThat(run.timeline().outcome(1)).as("canvas 1 should dry even though canvas 2 tore, but %s",
        whatHappened(run.timeline())).isEqualTo(Outcome.DRY);
    assertThat(run.timeline().outcome(3)).as("canvas 3 should dry even though canvas 2 tore, but %s",
        whatHappened(run.timeline())).isEqualTo(Outcome.DRY);
    assertThat(run.status()).as("exit status").isEqualTo(1);
    assertThat(run.out()).contains("canvas 2 failed: canvas 2 tore");
    assertThat(run.summary()).matches(style + ": 3 paintings in \\d+\\.\\d\\d s \\(1 failed\\)");
  }

  /**
   * Canvas {@code n} timed out at the first check past {@code timeout} after it started; the others dried. The
   * order of the events decides whether the deadline was checked at every check: no more than one check found
   * the canvas still wet once the deadline had passed (the check that gives up). The clock only says when the
   * deadline passed: a busy machine may delay that check, but never adds checks after it.
   */
  public static void onlyCanvasTimedOut(Timeline timeline, int n, Duration timeout) {
    for (int other = 1; other <= timeline.paintings(); other++) {
      Outcome expected = other == n ? Outcome.TIMED_OUT : Outcome.DRY;
      assertThat(timeline.outcome(other)).as("canvas %d never dries, and should time out after --timeout (%s);"
          + " canvas %d ended %s", n, Format.duration(timeout), other, ended(timeline.outcome(other))).isEqualTo(expected);
    }
    Duration lifetime = Duration.ofNanos(timeline.lifetimeNanos(n));
    assertThat(lifetime).as("canvas %d timed out %s after it started, before --timeout (%s): does its clock start"
        + " before it is painted?", n, Format.seconds(lifetime.toNanos()), Format.duration(timeout))
        .isGreaterThanOrEqualTo(timeout);
    long deadline = timeline.paintStartNanos(n) + timeout.toNanos();
    long lateChecks = timeline.lanes().get(n - 1).wetChecks().stream().filter(check -> check.at() >= deadline).count();
    assertThat(lateChecks).as("canvas %d was checked %d times after its --timeout (%s) had passed, and timed out"
        + " %s after it started: is the deadline checked at every check?", n, lateChecks, Format.duration(timeout),
        Format.seconds(lifetime.toNanos())).isLessThanOrEqualTo(1);
    assertThat(timeline.checksAfterOutcome())
        .as("a canvas was checked again after it was done: stop checking once it is dry or given up").isZero();
  }

  /** Vert.x warned of no blocked thread, and no exception escaped a callback to be logged and lost. */
  public static void nothingBlockedOrLost(OnVertx.Result run) {
    assertThat(run.blockedThreadWarnings()).as("Vert.x warned that a thread was blocked: wait with a timer, never"
        + " with Thread.sleep or a blocking call, on the event loop").isEmpty();
    assertThat(run.unhandledExceptions()).as("an exception escaped a callback, and Vert.x could only log it: hand"
        + " failures on (canvas.failed, or a failed callback or future)").isEmpty();
  }

  /** What a style does to wait for every painting, said to a learner whose paintings completed too soon. */
  static final String WAIT_FOR_EVERY_PAINTING = "complete only once every painting has ended";

  /**
   * A line a run prints for a canvas that was still running when the paintings completed, or stopped then
   * (interrupted, or cancelled, as the timeline words a failure that the run's end caused).
   */
  private static final java.util.regex.Pattern LEFT_RUNNING = java.util.regex.Pattern.compile("canvas (\\d+) ("
      + Outcome.NONE + "|" + Outcome.FAILED.word() + ": interrupted|" + Outcome.FAILED.word() + ": cancelled.*)");
  /** A line a run prints for a canvas that failed on its own. */
  private static final java.util.regex.Pattern FAILED_ON_ITS_OWN =
      java.util.regex.Pattern.compile("canvas (\\d+) " + Outcome.FAILED.word() + ": .*");

  /**
   * No canvas was still running when the paintings completed (paintAll returned, or its future completed):
   * the run printed no canvas that never finished, and none that was interrupted or cancelled, which only
   * closing Vert.x does to paintings still running (a test's run is not stopped). {@code how} says what
   * waits for every painting in this style.
   */
  public static void nothingLeftRunning(StyleRun run, String how) {
    int running = 0;
    String state = null;
    int failed = 0;
    for (String line : run.lines()) {
      java.util.regex.Matcher left = LEFT_RUNNING.matcher(line);
      java.util.regex.Matcher failure = FAILED_ON_ITS_OWN.matcher(line);
      if (left.matches()) {
        if (running == 0) {
          running = Integer.parseInt(left.group(1));
          state = left.group(2).equals(Outcome.NONE) ? "it " + Outcome.NONE
              : "closing Vert.x then stopped it: " + left.group(2).substring(Outcome.FAILED.word().length() + 2);
        }
      } else if (failure.matches() && failed == 0) {
        failed = Integer.parseInt(failure.group(1));
      }
    }
    String leftRunning = running == 0 ? null : stillRunning(running, state, failed, how);
    assertThat(leftRunning).as(leftRunning).isNull();
  }

  /** Whether canvas {@code n} failed because the run stopped it (closing Vert.x interrupts, or cancels), not on its own. */
  private static boolean stopped(Timeline timeline, int n) {
    String failure = timeline.outcome(n) == Outcome.FAILED ? timeline.failure(n) : null;
    return failure != null && (failure.equals("interrupted") || failure.startsWith("cancelled"));
  }

  /** What a learner hears when the paintings completed before canvas {@code n} had ended. */
  private static String stillRunning(int n, String state, int failed, String how) {
    return "paintAll completed while the paintings were still running: canvas " + n + " had not ended (" + state
        + ")" + (failed == 0 ? "; " + how : ", yet it completed as soon as canvas " + failed + " failed: wait for every"
        + " painting, even after one failed (Future.all and andFailFast stop at the first failure)");
  }

  /**
   * A style whose {@code paintAll} blocks returns only once every painting has ended. Two runs in which one
   * canvas outlives the others (it never dries, and times out 400 ms after they dried): canvas 1, then
   * canvas 3, so that waiting for any one thread, the first started or the last, returns while that canvas
   * still runs. {@code how} says what waits for every painting in this style.
   */
  public static void returnsOnlyOnceEveryPaintingHasEnded(String style, paint.stage.Runner.Painting paint, String how) {
    for (String stuck : new String[] {"1", "3"}) {
      StyleRun run = StyleRun.of(style, paint, "--paintings", "3", "--dry", "200ms", "--poll", "50ms", "--work", "0",
          "--stuck", stuck, "--timeout", "600ms");
      nothingLeftRunning(run, how);
      assertThat(run.summary()).as("with canvas %s stuck, the run should end with it timed out: %s", stuck,
          firstLine(run.err().isBlank() ? problems(run) : run.err())).endsWith("(1 timed out)");
    }
  }

  /**
   * One canvas that never dries, with a deadline as long as its drying time: its painting must give up at
   * the deadline, with a {@code TimeoutException}, and check it no more.
   */
  public static final String[] STUCK_ONE = {"--paintings", "1", "--dry", "400ms", "--poll", "100ms", "--work", "0",
      "--stuck", "1", "--timeout", "400ms"};

  /** A timeline for paintings with {@code settings}, whose {@code test} says what never completed (see above). */
  public static Timeline watched(io.vertx.core.Vertx vertx, io.vertx.junit5.VertxTestContext test, Settings settings) {
    Timeline timeline = new Timeline(settings.paintings());
    sayWhatNeverCompleted(vertx, test, timeline, settings);
    return timeline;
  }

  /** Canvas 1 of {@link #STUCK_ONE} was checked, and its painting ended with {@code error}, a time-out. */
  public static void timedOut(Timeline timeline, Throwable error, Settings settings) {
    assertThat(timeline.checks(1)).as("canvas 1 was never checked").isPositive();
    assertThat(error).as("canvas 1 never dries, yet its painting %s: past its deadline (--timeout %s) it should end"
        + " with a TimeoutException", error == null ? "succeeded" : "ended with " + error,
        Format.duration(settings.timeout())).isInstanceOf(java.util.concurrent.TimeoutException.class);
  }

  /**
   * Once each painting has ended (its callback called, its future completed), its canvas is checked no more:
   * three polls later, no canvas has been checked again. A timer that keeps firing ({@code setPeriodic}),
   * or one set after the canvas was done, checks it again. Completes {@code test} when that holds.
   */
  public static void checkedNoMoreOnceDone(io.vertx.core.Vertx vertx, io.vertx.junit5.VertxTestContext test,
      Timeline timeline, Settings settings) {
    int[] checks = new int[timeline.paintings() + 1];
    for (int n = 1; n <= timeline.paintings(); n++) {
      checks[n] = timeline.checks(n);
    }
    vertx.setTimer(settings.poll().multipliedBy(3).toMillis(), later -> test.verify(() -> {
      for (int n = 1; n <= timeline.paintings(); n++) {
        assertThat(timeline.checks(n)).as("canvas %d was checked %d more times after its painting had ended: stop"
            + " checking once it is dry or past its deadline (is a timer still set, or one that fires again and"
            + " again?)", n, timeline.checks(n) - checks[n]).isEqualTo(checks[n]);
      }
      test.completeNow();
    }));
  }
}
