package paint.futures;

import io.vertx.core.Completable;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import paint.common.Canvas;
import paint.common.Settings;

/**
 * Values instead of callbacks: a painting is a {@code Future<Void>} that completes when its canvas
 * is dry. Futures compose (paint, then wait until dry) and combine (one future waits for every
 * painting). Still one event loop, still one drying time for three paintings.
 */
public final class Paint {

  private Paint() { }

  // tag::paintAll[]
  /** Starts every painting on the event loop; the future completes once each has an outcome. */
  static Future<Void> paintAll(Vertx vertx, List<Canvas> canvases, Settings settings) {
    List<Future<Void>> paintings = new ArrayList<>(canvases.size());
    for (Canvas canvas : canvases) {
      paintings.add(paintOne(vertx, canvas, settings).onFailure(canvas::failed));
    }
    // join, not all: all would complete at the first failure, while other paintings still run
    return Future.join(paintings).<Void>mapEmpty().otherwiseEmpty();
  }
  // end::paintAll[]

  // tag::paintOne[]
  /** Paints one canvas, then checks it every {@code --poll} until it is dry. */
  static Future<Void> paintOne(Vertx vertx, Canvas canvas, Settings settings) {
    long giveUpAt = System.nanoTime() + settings.timeout().toNanos();
    return Future.<Void>future(painted -> {
      canvas.paint(); // a throw fails this future, and compose passes the failure on
      painted.complete();
    }).compose(painted -> untilDry(vertx, canvas, settings, giveUpAt));
  }
  // end::paintOne[]

  // tag::untilDry[]
  /** A future that completes when the canvas is dry: a Promise, which 02's checks complete. */
  static Future<Void> untilDry(Vertx vertx, Canvas canvas, Settings settings, long giveUpAt) {
    Promise<Void> whenDone = Promise.promise();
    checkUntilDry(vertx, canvas, settings, giveUpAt, whenDone);
    return whenDone.future();
  }
  // end::untilDry[]

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
