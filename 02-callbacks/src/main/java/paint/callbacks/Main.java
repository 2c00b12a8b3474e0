package paint.callbacks;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import paint.common.Runner;
import paint.common.Settings;
import paint.common.Timeline;

/** Runs the callbacks style: {@code ./mvnw -q -pl 02-callbacks -am compile exec:java}. */
public final class Main {

  private Main() { }

  public static void main(String[] args) {
    runner().main(args);
  }

  static Runner runner() {
    return Runner.async("callbacks", Vertx::vertx,
        (vertx, settings, timeline) -> paintAll(vertx, settings, timeline).toCompletionStage(),
        vertx -> vertx.close().toCompletionStage()); // closed when done, or its threads keep the JVM alive
  }

  /** Paints every canvas on an event loop of {@code vertx}; completes when each has an outcome. */
  static Future<Void> paintAll(Vertx vertx, Settings settings, Timeline timeline) {
    Promise<Void> allDone = Promise.promise();
    // A safety net: an exception that escapes a callback ends the run, instead of leaving it waiting.
    vertx.exceptionHandler(allDone::tryFail);
    vertx.runOnContext(start -> Paint.paintAll(vertx, settings, timeline, allDone::tryComplete));
    return allDone.future();
  }
}
