package paint.common;

/**
 * A canvas from the talk. {@link #paint()} is CPU work; then the paint needs time to dry, and
 * {@link #isDry()} says whether it has had that time. Every call is reported to its
 * {@link CanvasEvents}: the stage's timeline, which draws the chart after the run, and the live page
 * when one watches. The lessons never see them.
 *
 * <p>A canvas is painted and checked by one thread at a time; the styles differ in which thread
 * that is, and in what that thread does while the paint dries.
 */
public final class Canvas {

  /** The result of the paint loop goes here, so that the JIT cannot throw the loop away. */
  private static volatile long blackhole;

  private final int number;
  private final Settings settings;
  private final CanvasEvents events;
  private long dryingSince;
  private boolean painted;

  /** Canvas {@code number} (from 1); the stage makes the canvases before the clock starts. */
  public Canvas(int number, Settings settings, CanvasEvents events) {
    this.number = number;
    this.settings = settings;
    this.events = events;
  }

  public int number() {
    return number;
  }

  /** The settings it is painted with: a canvas sent to another JVM takes them along. */
  public Settings settings() {
    return settings;
  }

  /** Puts the paint on: {@code --work} loop iterations of CPU work, then the drying starts. */
  public void paint() {
    events.paintStarted(number);
    blackhole = work(settings.work());
    if (settings.fails(number)) {
      throw new IllegalStateException("canvas " + number + " tore");
    }
    dryingSince = System.nanoTime();
    painted = true;
    events.paintEnded(number);
  }

  /** Whether the paint has dried: true once {@code --dry} has passed since it was painted. */
  public boolean isDry() {
    boolean dry = painted
        && !settings.isStuck(number)
        && System.nanoTime() - dryingSince >= settings.dry().toNanos();
    events.checked(number, dry);
    return dry;
  }

  /** Reports that this painting went wrong; a {@code TimeoutException} means it timed out. */
  public void failed(Throwable error) {
    events.failed(number, error);
  }

  /** The CPU work: the talk's loop, a modulo and a comparison with zero per iteration. */
  static long work(long iterations) {
    long hits = 0;
    for (long i = 0; i < iterations; i++) {
      if (i % 7 == 0) {
        hits++;
      }
    }
    return hits;
  }

  @Override
  public String toString() {
    return "canvas " + number;
  }
}
