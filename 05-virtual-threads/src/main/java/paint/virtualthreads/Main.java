package paint.virtualthreads;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import java.util.List;
import paint.common.Canvas;
import paint.common.Settings;
import paint.common.Timed;
import paint.stage.Run;
import paint.stage.Runner;

/** Runs the virtual-threads style (JDK 21+): {@code ./mvnw -q -pl 05-virtual-threads -am compile exec:java@virtual-threads}. */
public final class Main {

  public static void main(String[] args) {
    Runner.main("virtual-threads", args, Main::paint); // reads the options; prints the timeline and the summary
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

  /** Deploys a verticle on virtual threads, whose context paints every canvas; completes when each is done. */
  static Future<Void> paintAll(Vertx vertx, List<Canvas> canvases, Settings settings) {
    return Future.future(allDone -> vertx.deployVerticle(context -> { // the verticle, written as a lambda
      Paint.paintAll(vertx, context, canvases, settings).onComplete(allDone); // starts them, returns at once
      return Future.succeededFuture(); // deployed: now close() can undeploy it, and stop its virtual threads
    }, new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD)).onFailure(allDone::tryFail));
  }
}
