package paint.callbacks;

import io.vertx.core.Completable;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import paint.common.Canvas;
import paint.common.Settings;

/**
 * Sidebar: a painting in four steps (prime, paint, dry, varnish), written twice. {@link #nested}
 * writes each step inside the callback of the step before: "callback hell", where the order of the
 * steps reads as indentation and every level must pass errors on by hand. {@link #namedSteps} gives
 * each step a name and hands over to the next one by calling it. Both behave the same, and the tests
 * check that they do.
 */
final class CallbackHell {

  private CallbackHell() { }

  /** The four steps, each nested inside the callback of the step before. */
  static void nested(Vertx vertx, Canvas canvas, Settings settings, Consumer<String> step,
      Completable<Void> whenDone) {
    long giveUpAt = System.nanoTime() + settings.timeout().toNanos();
    step.accept("prime");
    vertx.setTimer(settings.poll().toMillis(), primed -> {
      step.accept("paint");
      try {
        canvas.paint();
      } catch (RuntimeException e) {
        whenDone.fail(e);
        return;
      }
      step.accept("dry");
      new Handler<Long>() { // a loop needs a name to call itself again: this
        @Override
        public void handle(Long timer) {
          if (!canvas.isDry()) {
            if (System.nanoTime() - giveUpAt >= 0) {
              whenDone.fail(new TimeoutException());
            } else {
              vertx.setTimer(settings.poll().toMillis(), this);
            }
            return;
          }
          step.accept("varnish");
          vertx.setTimer(settings.poll().toMillis(), varnished -> {
            step.accept("done");
            whenDone.succeed();
          });
        }
      }.handle(null); // the first check, right after painting
    });
  }

  /** The same four steps, each a method that calls the next one. */
  static void namedSteps(Vertx vertx, Canvas canvas, Settings settings, Consumer<String> step,
      Completable<Void> whenDone) {
    long giveUpAt = System.nanoTime() + settings.timeout().toNanos();
    prime(vertx, settings, step, () -> paint(canvas, step, whenDone,
        () -> dry(vertx, canvas, settings, giveUpAt, step, whenDone,
            () -> varnish(vertx, settings, step, whenDone))));
  }

  private static void prime(Vertx vertx, Settings settings, Consumer<String> step, Runnable next) {
    step.accept("prime");
    vertx.setTimer(settings.poll().toMillis(), primed -> next.run());
  }

  private static void paint(Canvas canvas, Consumer<String> step, Completable<Void> whenDone, Runnable next) {
    step.accept("paint");
    try {
      canvas.paint();
    } catch (RuntimeException e) {
      whenDone.fail(e);
      return;
    }
    next.run();
  }

  private static void dry(Vertx vertx, Canvas canvas, Settings settings, long giveUpAt,
      Consumer<String> step, Completable<Void> whenDone, Runnable next) {
    step.accept("dry");
    Paint.checkUntilDry(vertx, canvas, settings, giveUpAt, (nothing, error) -> {
      if (error != null) {
        whenDone.fail(error);
      } else {
        next.run();
      }
    });
  }

  private static void varnish(Vertx vertx, Settings settings, Consumer<String> step, Completable<Void> whenDone) {
    step.accept("varnish");
    vertx.setTimer(settings.poll().toMillis(), varnished -> {
      step.accept("done");
      whenDone.succeed();
    });
  }
}
