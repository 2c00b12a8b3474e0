package paint.virtualthreads;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import paint.common.Canvas;
import paint.common.Settings;

/**
 * The talk's punchline: 01's code, with {@code Thread.sleep(poll)} replaced by an {@code await()} on
 * a Vert.x timer. Each painting runs on its own virtual thread; {@code await()} parks it without
 * blocking anything, and the paintings overlap as in 02-04.
 */
public final class Paint {

  private Paint() { }

  // tag::paintAll[]
  /** Starts every painting as a task of the verticle's virtual-thread context; completes when all are done. */
  static Future<Void> paintAll(Vertx vertx, Context context, List<Canvas> canvases, Settings settings) {
    List<Future<Void>> paintings = new ArrayList<>(canvases.size());
    for (Canvas canvas : canvases) {
      paintings.add(Future.future(painted -> context.runOnContext(start -> { // a task on a virtual thread
        try {
          paintOne(vertx, canvas, settings); // when it parks in await(), the context runs the next task
        } finally {
          painted.complete(); // even after an Error, so that the join below never waits forever
        }
      })));
    }
    return Future.join(paintings).mapEmpty();
  }
  // end::paintAll[]

  // tag::paintOne[]
  /** Paints one canvas, then checks it every {@code --poll} until it is dry. */
  static void paintOne(Vertx vertx, Canvas canvas, Settings settings) {
    long giveUpAt = System.nanoTime() + settings.timeout().toNanos();
    try {
      canvas.paint();
      while (!canvas.isDry()) {
        if (System.nanoTime() - giveUpAt >= 0) {
          throw new TimeoutException();
        }
        vertx.timer(settings.poll().toMillis()).await(); // parks this virtual thread; nothing blocks
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
