package paint.eventbus;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import paint.common.Canvas;

/**
 * A painter: a verticle that consumes the canvases sent to {@code paint}, and paints each on its own
 * event loop ({@link Paint#paint}). Deployed with {@code setInstances(n)}, it runs n times, each instance
 * on an event loop of its own; the event bus hands each request to one of them.
 */
public final class Painter extends VerticleBase {

  @Override
  public Future<?> start() {
    // completes once the consumer is registered: in a cluster, once every node knows where to send
    return vertx.eventBus().<Canvas>consumer(Paint.PAINT, request -> Paint.paint(vertx, request)).completion();
  }
}
