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
 * The sidebar: 03's futures with the paint offloaded. Heavy CPU work on the event loop stops
 * everything else on it; {@code executeBlocking} runs it on Vert.x's worker threads instead, and hands
 * the result back to the event loop as a future. Everything else is {@link Paint}'s, line for line.
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
    return paint(vertx, canvas)
        .compose(painted -> untilDry(vertx, canvas, settings, giveUpAt));
  }
  // end::paintOne[]

  // tag::paint[]
  /** Paints on a worker thread, keeping the event loop free: the future completes back on the loop. */
  static Future<Void> paint(Vertx vertx, Canvas canvas) {
    return vertx.executeBlocking(() -> { // a throw here fails the future, which compose passes on
      canvas.paint();
      return null;
    }, false); // false: the workers may paint several canvases at once (true would take turns)
  }
  // end::paint[]

  // tag::untilDry[]
  /** A future that completes when the canvas is dry: a Promise, completed by the checks below. */
  static Future<Void> untilDry(Vertx vertx, Canvas canvas, Settings settings, long giveUpAt) {
    Promise<Void> whenDone = Promise.promise();
    checkUntilDry(vertx, canvas, settings, giveUpAt, whenDone);
    return whenDone.future();
  }
  // end::untilDry[]

  // tag::checkUntilDry[]
  /** 02's checks, unchanged but for the timer, which is now a future. */
  static void checkUntilDry(Vertx vertx, Canvas canvas, Settings settings, long giveUpAt,
      Completable<Void> whenDone) {
    if (canvas.isDry()) {
      whenDone.succeed();
    } else if (System.nanoTime() - giveUpAt >= 0) {
      whenDone.fail(new TimeoutException());
    } else {
      vertx.timer(settings.poll().toMillis()) // returns at once; the loop is free meanwhile
          .onSuccess(timer -> checkUntilDry(vertx, canvas, settings, giveUpAt, whenDone));
    }
  }
  // end::checkUntilDry[]
}
