package paint.eventbus;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.List;
import paint.common.Canvas;
import paint.common.Settings;
import paint.common.Timed;
import paint.eventbus.stage.CanvasCodec;
import paint.eventbus.stage.PainterOptions;
import paint.stage.Run;
import paint.stage.Runner;

/** Runs the event-bus style: {@code ./mvnw -q -pl 06-event-bus -am compile exec:java@event-bus}. */
public final class Main {

  public static void main(String[] args) {
    Runner.main("event-bus", args, Main::paint, new PainterOptions()); // reads the options, --painters too
  }

  /** Starts Vert.x and its painters, paints every canvas under the talk's timer, and stops Vert.x. */
  static void paint(Run run) throws Exception {
    Vertx vertx = Vertx.vertx(); // Vert.x starts, with its event loops: two per core
    try {
      vertx.eventBus().registerDefaultCodec(Canvas.class, new CanvasCodec()); // in one JVM: the canvas as it is
      int painters = run.options(PainterOptions.class).painters(); // --painters N: by default, one per core
      vertx.deployVerticle(Painter::new, new DeploymentOptions().setInstances(painters)).await(); // N painters
      List<Canvas> canvases = run.canvases();
      run.await(Timed.stage(() -> paintAll(vertx, canvases, run.settings()).toCompletionStage(), run::took));
    } finally {
      vertx.close().await(); // Vert.x stops: its threads would keep the JVM alive
    }
  }

  /** Sends every canvas from an event loop of {@code vertx}; completes when each has an outcome. */
  static Future<Void> paintAll(Vertx vertx, List<Canvas> canvases, Settings settings) {
    Promise<Void> allDone = Promise.promise();
    vertx.exceptionHandler(allDone::tryFail); // an exception that escapes a callback ends the run
    vertx.runOnContext(start -> Paint.paintAll(vertx, canvases, settings).onComplete(allDone));
    return allDone.future();
  }
}
