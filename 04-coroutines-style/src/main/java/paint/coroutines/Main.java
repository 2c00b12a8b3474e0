package paint.coroutines;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import paint.common.Runner;
import paint.common.Settings;
import paint.common.Timeline;

/** Runs the coroutines style: {@code ./mvnw -q -pl 04-coroutines-style -am compile exec:java}. */
public final class Main {

  private Main() { }

  public static void main(String[] args) {
    runner().main(args);
  }

  static Runner runner() {
    return Runner.async("coroutines-style", Vertx::vertx,
        (vertx, settings, timeline) -> paintAll(vertx, settings, timeline).toCompletionStage(),
        vertx -> vertx.close().toCompletionStage()); // closed when done, or its threads keep the JVM alive
  }

  /** Paints every canvas on an event loop of {@code vertx}; completes when each has an outcome. */
  static Future<Void> paintAll(Vertx vertx, Settings settings, Timeline timeline) {
    // Blocking for a Uni's result (await()) on the event loop must fail loudly, not freeze the loop.
    Infrastructure.setCanCallerThreadBeBlockedSupplier(() -> !Context.isOnEventLoopThread());
    Promise<Void> allDone = Promise.promise();
    vertx.runOnContext(start -> Paint.paintAll(vertx, settings, timeline)
        .subscribe().with(allDone::complete, allDone::fail)); // nothing is painted before this subscribe
    return allDone.future();
  }
}
