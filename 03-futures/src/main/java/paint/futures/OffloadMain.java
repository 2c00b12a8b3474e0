package paint.futures;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.List;
import paint.common.Canvas;
import paint.common.Settings;
import paint.common.Timed;
import paint.stage.Run;
import paint.stage.Runner;

/** Runs the sidebar, the paint on worker threads: {@code ./mvnw -q -pl 03-futures -am compile exec:java@futures-offload}. */
public final class OffloadMain {

  public static void main(String[] args) {
    Runner.main("futures-offload", args, OffloadMain::paint); // reads the options; prints the timeline and the summary
  }

  /** Starts Vert.x with a worker per core, paints every canvas under the talk's timer, and stops Vert.x. */
  static void paint(Run run) throws Exception {
    // 20 workers by default, for blocking I/O; for CPU work, more painters than cores only take turns
    Vertx vertx = Vertx.vertx(new VertxOptions().setWorkerPoolSize(Runtime.getRuntime().availableProcessors()));
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
    vertx.runOnContext(start -> PaintOffloaded.paintAll(vertx, canvases, settings).onComplete(allDone));
    return allDone.future();
  }
}
