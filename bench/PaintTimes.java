import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import paint.common.Canvas;
import paint.common.CanvasEvents;
import paint.stage.Options;
import paint.stage.Runner;
import paint.stage.Style;

/**
 * What a paint takes on this machine, cold and warm, and what a style's first run in a JVM costs: the
 * figures that the tests' comments quote (test-support's OnVertx.warmUp, StyleRun.warmUp,
 * VertxStyleContract, 03's OffloadTest). Run it in a JVM of its own, so that the first paints are cold:
 * {@code java -cp tour/target/tour.jar bench/PaintTimes.java}
 */
public class PaintTimes {

  public static void main(String[] args) throws Exception {
    CanvasEvents nobody = new CanvasEvents() {
      @Override public void paintStarted(int n) { }
      @Override public void paintEnded(int n) { }
      @Override public void checked(int n, boolean dry) { }
      @Override public void failed(int n, Throwable error) { }
    };
    var byDefault = Options.parse();
    long[] cold = new long[3];
    for (int i = 0; i < cold.length; i++) {
      cold[i] = time(new Canvas(i + 1, byDefault, nobody));
    }
    for (int i = 0; i < 300; i++) { // the JIT compiles the paint loop meanwhile
      time(new Canvas(1, byDefault, nobody));
    }
    long[] warm = new long[21];
    for (int i = 0; i < warm.length; i++) {
      warm[i] = time(new Canvas(1, byDefault, nobody));
    }
    Arrays.sort(warm);
    System.out.printf(Locale.ROOT, "the default paint (%d iterations): the first three %s ms (cold), then %.0f ms"
        + " (warm: the median of 21, from %.0f to %.0f ms)%n", byDefault.work(), ms(cold), warm[10] / 1e6,
        warm[0] / 1e6, warm[20] / 1e6);
    var heavy = Options.parse("--work", "600000000"); // 03's OffloadTest
    time(new Canvas(1, heavy, nobody));
    System.out.printf(Locale.ROOT, "a heavy paint (600000000 iterations, 03's OffloadTest): %.0f ms (warm)%n",
        time(new Canvas(1, heavy, nobody)) / 1e6);

    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    String[] quick = {"--paintings", "3", "--dry", "400ms", "--poll", "100ms", "--work", "0"}; // Expect.SHORT
    for (String name : List.of("callbacks", "coroutines-style")) {
      Style style = Style.named(name).orElseThrow();
      long first = Runner.run(name, quick, nowhere, nowhere, style.paint()).elapsed().toNanos();
      long second = Runner.run(name, quick, nowhere, nowhere, style.paint()).elapsed().toNanos();
      System.out.printf(Locale.ROOT, "%s, 3 paintings of 400 ms with --work 0: the first run in this JVM %.2f s,"
          + " the second %.2f s%n", name, first / 1e9, second / 1e9);
    }
  }

  static long time(Canvas canvas) {
    long start = System.nanoTime();
    canvas.paint();
    return System.nanoTime() - start;
  }

  static String ms(long[] nanos) {
    return String.join(", ", Arrays.stream(nanos).mapToObj(n -> String.valueOf(n / 1_000_000)).toList());
  }
}
