package paint.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import paint.stage.Runner;
import paint.stage.Timeline;

/**
 * One run of a style's main, as the command line does it, with what it printed: its exit status,
 * standard output and error, its timeline and how long it took.
 */
public record StyleRun(int status, String out, String err, Timeline timeline, Duration elapsed) {

  /** Runs the style {@code name}, whose {@code Main} paints with {@code paint}, as its main would with {@code args}. */
  public static StyleRun of(String name, Runner.Painting paint, String... args) {
    return withOptions(name, paint, null, args);
  }

  /** {@link #of(String, Runner.Painting, String...)} for a style with options of its own, read into {@code styleOptions}. */
  public static StyleRun withOptions(String name, Runner.Painting paint, Object styleOptions, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Runner.Result result = Runner.run(name, args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8),
        paint, Expect.SLACK, null, styleOptions);
    return new StyleRun(result.status(), out.toString(UTF_8), err.toString(UTF_8), result.timeline(),
        result.elapsed());
  }

  private static final java.util.Set<String> WARMED_UP = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Runs style {@code name} once in this JVM, quickly (10 ms to dry, no paint), so that the runs a test
   * times measure the style and not the JVM loading its classes (Vert.x's, Mutiny's, the virtual threads'
   * scheduler): a first run takes longer (0.02 to 0.06 s more for three paintings here:
   * {@code java -cp tour/target/tour.jar bench/PaintTimes.java}). Only the first call for a style runs it. It never
   * fails a test: code that does not complete (a learner's, in the workshop) is left to finish on a daemon
   * thread after {@link #WARM_UP_PATIENCE}, and the test that comes next reports what is wrong with it.
   */
  public static void warmUp(String name, Runner.Painting paint) {
    if (WARMED_UP.add(name)) {
      Thread warming = new Thread(() -> of(name, paint, "--paintings", "3", "--dry", "10ms", "--poll", "5ms", "--work",
          "0"), "warm-up of " + name);
      warming.setDaemon(true);
      warming.start();
      try {
        warming.join(WARM_UP_PATIENCE.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** How long a warm-up may take: a correct one takes well under a second, even cold on a busy machine. */
  private static final Duration WARM_UP_PATIENCE = Duration.ofSeconds(5);

  /** The lines printed on standard output. */
  public List<String> lines() {
    return out.lines().toList();
  }

  /** The last line printed: the summary line. */
  public String summary() {
    List<String> lines = lines();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }
}
