package paint.coroutines;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import paint.common.Canvas;
import paint.common.Settings;

/**
 * Coroutines-style: each painting is a Mutiny {@code Uni} pipeline that reads top to bottom, like
 * 01's code (paint, then check until dry), yet never blocks. {@code Uni.join()} runs them all at
 * once. Nothing runs until something subscribes; then every stage runs on the event loop.
 */
public final class Paint {

  private Paint() { }

  // tag::paintAll[]
  /** Every painting, as one Uni; subscribe to it on the event loop to start them all. */
  static Uni<Void> paintAll(Vertx vertx, List<Canvas> canvases, Settings settings) {
    List<Uni<Void>> paintings = new ArrayList<>(canvases.size());
    for (Canvas canvas : canvases) {
      paintings.add(paintOne(vertx, canvas, settings).onFailure().invoke(canvas::failed));
    }
    // andCollectFailures, not andFailFast: wait for every painting, even after one failed
    return Uni.join().all(paintings).andCollectFailures().replaceWithVoid().onFailure().recoverWithNull();
  }
  // end::paintAll[]

  // tag::paintOne[]
  /** Paints one canvas, then checks it every {@code --poll} until it is dry. */
  static Uni<Void> paintOne(Vertx vertx, Canvas canvas, Settings settings) {
    return Uni.createFrom().item(() -> System.nanoTime() + settings.timeout().toNanos()) // when subscribed
        .invoke(giveUpAt -> canvas.paint()) // a throw fails the pipeline
        .chain(giveUpAt -> untilDry(vertx, canvas, settings, giveUpAt));
  }
  // end::paintOne[]

  // tag::untilDry[]
  /** A pipeline that completes when the canvas is dry: one check, repeated until a check says so. */
  static Uni<Void> untilDry(Vertx vertx, Canvas canvas, Settings settings, long giveUpAt) {
    return Uni.createFrom().deferred(() -> check(vertx, canvas, settings, giveUpAt)) // a check per subscription
        .repeat().until(dry -> dry) // subscribes again after each check, until one says dry
        .onItem().ignoreAsUni();
  }
  // end::untilDry[]

  // tag::check[]
  /** One of 03's checks, as a Uni: dry, or given up, or still wet and a wait before the next check. */
  static Uni<Boolean> check(Vertx vertx, Canvas canvas, Settings settings, long giveUpAt) {
    if (canvas.isDry()) {
      return Uni.createFrom().item(true);
    } else if (System.nanoTime() - giveUpAt >= 0) {
      return Uni.createFrom().failure(new TimeoutException()); // a failure ends the repeat
    } else {
      return sleep(vertx, settings.poll()).replaceWith(false); // returns at once; the loop is free meanwhile
    }
  }
  // end::check[]

  // tag::sleep[]
  /** This style's {@code asyncio.sleep}: a Vert.x timer as a Uni, set when the Uni is subscribed to. */
  static Uni<Void> sleep(Vertx vertx, Duration delay) {
    return Uni.createFrom().completionStage(() -> vertx.timer(delay.toMillis()).toCompletionStage()); // lazy: a Supplier
  }
  // end::sleep[]
}
