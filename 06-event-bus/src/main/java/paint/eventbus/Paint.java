package paint.eventbus;

import io.vertx.core.Completable;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import paint.common.Canvas;
import paint.common.Settings;

/**
 * A painting becomes a message: each canvas goes to the address {@code paint} as a request, and a
 * painter, a verticle deployed on every core, paints and checks it with 03's code on its own event
 * loop, then replies. Many event loops paint at once; in a cluster, on many JVMs.
 */
public final class Paint {

  /** The address the painters listen on. */
  static final String PAINT = "paint";
  /** How a painter says what went wrong: only a code and a text cross the event bus, not the exception. */
  static final int FAILED = 1;
  static final int TIMED_OUT = 2;

  private Paint() { }

  // tag::paintAll[]
  /** Sends every canvas to a painter; the future completes once each has an outcome. */
  static Future<Void> paintAll(Vertx vertx, List<Canvas> canvases, Settings settings) {
    // a painter answers by --timeout and a check after it starts; before, the canvas may wait behind all the
    // others' paint (5 ns an iteration, a busy laptop's pace). A second more: its painter is gone (Vert.x: 30 s)
    DeliveryOptions request = new DeliveryOptions().setSendTimeout(settings.timeout().plus(settings.poll())
        .plusNanos(5 * settings.work() * settings.paintings()).plusSeconds(1).toMillis());
    List<Future<Void>> paintings = new ArrayList<>(canvases.size());
    for (Canvas canvas : canvases) {
      paintings.add(send(vertx, canvas, request, 2).onFailure(canvas::failed));
    }
    // join, not all: all would complete at the first failure, while other paintings still run
    return Future.join(paintings).<Void>mapEmpty().otherwiseEmpty();
  }
  // end::paintAll[]

  // tag::send[]
  /** Sends the canvas to a painter; while no painter answers for it, sends it again ({@code tries} in all). */
  static Future<Void> send(Vertx vertx, Canvas canvas, DeliveryOptions request, int tries) {
    return vertx.eventBus().request(PAINT, canvas, request).<Void>mapEmpty().recover(error -> {
      ReplyException failure = (ReplyException) error; // a request fails with one: its type says who failed it
      if (failure.failureType() == ReplyFailure.RECIPIENT_FAILURE) { // the painter's answer: report it
        return Future.failedFuture(failure.failureCode() == TIMED_OUT ? new TimeoutException() : failure);
      }
      return tries > 1 ? send(vertx, canvas, request, tries - 1) : Future.failedFuture(failure); // no answer
    });
  }
  // end::send[]

  // tag::paint[]
  /** A painter's side: paints and checks the canvas with 03's {@code paintOne}, then answers the request. */
  static void paint(Vertx vertx, Message<Canvas> request) {
    Canvas canvas = request.body(); // the canvas, and the settings it is painted with, came in the message
    paintOne(vertx, canvas, canvas.settings()).onComplete(
        dry -> request.reply(null),
        error -> request.fail(error instanceof TimeoutException ? TIMED_OUT : FAILED, error.getMessage()));
  }
  // end::paint[]

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
