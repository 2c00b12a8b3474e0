package paint.coroutines;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Timer;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import paint.common.Canvas;
import paint.common.Settings;
import paint.common.Timeline;

/**
 * Coroutines-style: each painting is a Mutiny {@code Uni} pipeline that reads top to bottom, like
 * 01's code (paint, then check until dry), yet never blocks. {@code Uni.join()} runs them all at
 * once. Nothing runs until something subscribes; then every stage runs on the event loop.
 */
final class Paint {

  private Paint() { }

  // tag::paintAll[]
  /** Every painting, as one Uni; subscribe to it on the event loop to start them all. */
  static Uni<Void> paintAll(Vertx vertx, Settings settings, Timeline timeline) {
    EventLoopScheduler timeouts = new EventLoopScheduler(vertx.getOrCreateContext());
    List<Uni<Void>> paintings = new ArrayList<>(settings.paintings());
    for (int number = 1; number <= settings.paintings(); number++) {
      Canvas canvas = new Canvas(number, settings, timeline);
      paintings.add(paintOne(vertx, canvas, settings, timeouts).onFailure().invoke(canvas::failed));
    }
    // andCollectFailures, not andFailFast: wait for every painting, even after one failed
    return Uni.join().all(paintings).andCollectFailures().replaceWithVoid()
        .onFailure().recoverWithNull();
  }
  // end::paintAll[]

  // tag::paintOne[]
  /** Paints one canvas, then checks it every {@code --poll} until it is dry. */
  static Uni<Void> paintOne(Vertx vertx, Canvas canvas, Settings settings, EventLoopScheduler timeouts) {
    return Uni.createFrom().item(canvas)
        .invoke(Canvas::paint) // a throw fails the pipeline
        .chain(painted -> untilDry(vertx, canvas, settings))
        // a TimeoutException if not dry in time; it cancels what is left of the pipeline: no more checks
        .ifNoItem().after(settings.timeout()).on(timeouts).failWith(TimeoutException::new);
  }
  // end::paintOne[]

  // tag::untilDry[]
  /** Checks now and after every {@code --poll}, until the canvas is dry. */
  static Uni<Void> untilDry(Vertx vertx, Canvas canvas, Settings settings) {
    return Uni.createFrom().item(canvas::isDry)
        .call(dry -> dry ? Uni.createFrom().voidItem() : sleep(vertx, settings.poll()))
        .repeat().until(dry -> dry)
        .onItem().ignoreAsUni();
  }
  // end::untilDry[]

  // tag::sleep[]
  /**
   * This style's {@code asyncio.sleep}: a Vert.x timer as a Uni. The timer starts when the Uni is
   * subscribed to, and stops if the subscriber cancels, as a timed-out painting does.
   */
  static Uni<Void> sleep(Vertx vertx, Duration delay) {
    return Uni.createFrom().emitter(emitter -> {
      Timer timer = vertx.timer(delay.toMillis());
      timer.onSuccess(fired -> emitter.complete(null));
      emitter.onTermination(timer::cancel);
    });
  }
  // end::sleep[]
}
