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
 * The sidebar: 03's futures, with the paint offloaded. Heavy CPU work on the event loop holds up
 * everything else on it; {@code executeBlocking} runs it on Vert.x's worker threads instead, and the
 * future it returns completes back on the event loop. Everything else is {@link Paint}'s.
 */
public final class PaintOffloaded {

  private PaintOffloaded() { }

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
    return vertx.<Void>executeBlocking(() -> { // on a worker thread: the event loop stays free
      canvas.paint(); // a throw fails this future, and compose passes the failure on
      return null;
    }, false).compose(painted -> untilDry(vertx, canvas, settings, giveUpAt)); // false: paint several at once
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
