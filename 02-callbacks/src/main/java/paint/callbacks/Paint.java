package paint.callbacks;

import io.vertx.core.Completable;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.TimeoutException;
import paint.common.Canvas;
import paint.common.Settings;

/**
 * The first asynchronous style: nothing blocks. Instead of sleeping between checks, a painting asks
 * the event loop to call it back after {@code --poll}, and returns. While it waits, the same thread
 * paints and checks the other canvases: three paintings take one drying time.
 */
public final class Paint {

  private Paint() { }

  // tag::paintAll[]
  /** Starts every painting on the event loop; calls {@code whenAllDone} once each has an outcome. */
  static void paintAll(Vertx vertx, List<Canvas> canvases, Settings settings, Runnable whenAllDone) {
    int[] left = {canvases.size()}; // only the event loop touches it, so no lock is needed
    for (Canvas canvas : canvases) {
      paintOne(vertx, canvas, settings, (nothing, error) -> { // Completable: a result or an error
        if (error != null) {
          canvas.failed(error);
        }
        if (--left[0] == 0) {
          whenAllDone.run();
        }
      });
    }
  }
  // end::paintAll[]

  // tag::paintOne[]
  /** Paints one canvas, then checks it every {@code --poll} until it is dry. */
  static void paintOne(Vertx vertx, Canvas canvas, Settings settings, Completable<Void> whenDone) {
    long giveUpAt = System.nanoTime() + settings.timeout().toNanos();
    try {
      canvas.paint();
    } catch (RuntimeException e) {
      whenDone.fail(e); // a throw must become a call to the error callback: nobody else would see it
      return;
    }
    checkUntilDry(vertx, canvas, settings, giveUpAt, whenDone);
  }
  // end::paintOne[]

  // tag::checkUntilDry[]
  /** 01's {@code while} loop turned inside out: check now, and if still wet, ask to be called again. */
  static void checkUntilDry(Vertx vertx, Canvas canvas, Settings settings, long giveUpAt,
      Completable<Void> whenDone) {
    if (canvas.isDry()) {
      whenDone.succeed();
    } else if (System.nanoTime() - giveUpAt >= 0) {
      whenDone.fail(new TimeoutException());
    } else {
      vertx.setTimer(settings.poll().toMillis(), // returns at once; the loop is free meanwhile
          timer -> checkUntilDry(vertx, canvas, settings, giveUpAt, whenDone));
    }
  }
  // end::checkUntilDry[]
}
