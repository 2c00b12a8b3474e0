package paint.futures;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletionStage;
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
    return Runner.async("futures", Vertx::vertx,
        (vertx, settings, timeline) -> paintAll(vertx, settings, timeline).toCompletionStage(), Main::close)
        .extras(Extra.OFFLOAD);
  }

  /** Paints every canvas on an event loop of {@code vertx}; completes when each has an outcome. */
  static Future<Void> paintAll(Vertx vertx, Settings settings, Timeline timeline) {
    Promise<Void> allDone = Promise.promise();
    vertx.runOnContext(start -> Paint.paintAll(vertx, settings, timeline).onComplete(allDone));
    return allDone.future();
  }

  /** Closes Vert.x: its event-loop threads would otherwise keep the process alive. */
  static CompletionStage<Void> close(Vertx vertx) {
    return vertx.close().toCompletionStage();
  }
}
