package paint.virtualthreads;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import paint.common.Runner;
import paint.common.Settings;
import paint.common.Timeline;

/** Runs the virtual-threads style (JDK 21+): {@code ./mvnw -q -pl 05-virtual-threads -am compile exec:java}. */
public final class Main {

  private Main() { }

  public static void main(String[] args) {
    runner().main(args);
  }

  static Runner runner() {
    return Runner.async("virtual-threads", Vertx::vertx,
        (vertx, settings, timeline) -> paintAll(vertx, settings, timeline).toCompletionStage(),
        vertx -> vertx.close().toCompletionStage()); // closed when done, or its threads keep the JVM alive
  }

  /** Paints every canvas in a virtual-thread verticle of {@code vertx}; completes when each has an outcome. */
  static Future<Void> paintAll(Vertx vertx, Settings settings, Timeline timeline) {
    VerticleBase painter = new VerticleBase() {
      @Override
      public Future<?> start() {
        Paint.paintAll(vertx, settings, timeline); // blocking-style code: fine on a virtual thread
        return Future.succeededFuture();
      }
    };
    return vertx.deployVerticle(painter, new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD))
        .mapEmpty();
  }
}
