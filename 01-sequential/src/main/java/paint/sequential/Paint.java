package paint.sequential;

import java.util.List;
import java.util.concurrent.TimeoutException;
import paint.common.Canvas;
import paint.common.Settings;

/**
 * The baseline: paint one canvas, then block the thread with {@code Thread.sleep} until its paint
 * is dry, then the next canvas. Three paintings take three drying times.
 */
public final class Paint {

  private Paint() { }

  // tag::paintAll[]
  /** Paints every canvas in turn, on the calling thread. */
  static void paintAll(List<Canvas> canvases, Settings settings) {
    for (Canvas canvas : canvases) {
      paintOne(canvas, settings);
    }
  }
  // end::paintAll[]

  // tag::paintOne[]
  /** Paints one canvas, then checks it every {@code --poll} until it is dry. */
  public static void paintOne(Canvas canvas, Settings settings) {
    long giveUpAt = System.nanoTime() + settings.timeout().toNanos();
    try {
      canvas.paint();
      while (!canvas.isDry()) {
        if (System.nanoTime() - giveUpAt >= 0) {
          throw new TimeoutException();
        }
        Thread.sleep(settings.poll().toMillis()); // the thread can do nothing else meanwhile
      }
    } catch (Exception e) { // a TimeoutException, or an InterruptedException: someone asked us to stop
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt(); // keep the request to stop, so that the run ends promptly
      }
      canvas.failed(e);
    }
  }
  // end::paintOne[]
}
