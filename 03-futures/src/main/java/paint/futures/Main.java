package paint.futures;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import paint.common.Runner;
import paint.common.Settings;
import paint.common.Settings.Extra;
import paint.common.Timeline;

/** Runs the futures style: {@code ./mvnw -q -pl 03-futures -am compile exec:java}. */
public final class Main {

  private Main() { }

  public static void main(String[] args) {
    runner().main(args);
  }

  static Runner runner() {
    return Runner.async("futures", Main::vertx,
        (vertx, settings, timeline) -> paintAll(vertx, settings, timeline).toCompletionStage(),
        vertx -> vertx.close().toCompletionStage()) // closed when done, or its threads keep the JVM alive
        .extras(Extra.OFFLOAD);
  }

  /**
   * Vert.x with as many worker threads as cores. The default, 20, suits blocking I/O, where workers
   * mostly wait; painting is CPU work, and more painters than cores would only take turns.
   */
  static Vertx vertx() {
    return Vertx.vertx(new VertxOptions().setWorkerPoolSize(Runtime.getRuntime().availableProcessors()));
  }

  /** Paints every canvas on an event loop of {@code vertx}; completes when each has an outcome. */
  static Future<Void> paintAll(Vertx vertx, Settings settings, Timeline timeline) {
    Promise<Void> allDone = Promise.promise();
    vertx.runOnContext(start -> Paint.paintAll(vertx, settings, timeline).onComplete(allDone));
    return allDone.future();
  }
}
