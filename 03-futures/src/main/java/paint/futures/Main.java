package paint.futures;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.List;
import paint.common.Canvas;
import paint.common.Settings;
import paint.common.Timed;
import paint.stage.Run;
import paint.stage.Runner;

/** Runs the futures style: {@code ./mvnw -q -pl 03-futures -am compile exec:java@futures}. */
public final class Main {

  public static void main(String[] args) {
    Runner.main("futures", args, Main::paint); // reads the options; prints the timeline and the summary
  }

  /** Starts Vert.x, paints every canvas under the talk's timer, and stops Vert.x. */
  static void paint(Run run) throws Exception {
    Vertx vertx = Vertx.vertx(); // Vert.x starts, with its event loops
    try {
      List<Canvas> canvases = run.canvases();
      run.await(Timed.stage(() -> paintAll(vertx, canvases, run.settings()).toCompletionStage(), run::took));
    } finally {
      vertx.close().await(); // Vert.x stops: its threads would keep the JVM alive
    }
  }

  /** Starts every painting on an event loop of {@code vertx}; completes when each has an outcome. */
  static Future<Void> paintAll(Vertx vertx, List<Canvas> canvases, Settings settings) {
    Promise<Void> allDone = Promise.promise();
    vertx.exceptionHandler(allDone::tryFail); // an exception that escapes a callback ends the run
    vertx.runOnContext(start -> Paint.paintAll(vertx, canvases, settings).onComplete(allDone));
    return allDone.future();
  }
}
