package paint.coroutines;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import paint.common.Canvas;
import paint.common.Settings;
import paint.common.Timed;
import paint.stage.Run;
import paint.stage.Runner;

/** Runs the coroutines style: {@code ./mvnw -q -pl 04-coroutines-style -am compile exec:java@coroutines-style}. */
public final class Main {

  public static void main(String[] args) {
    Runner.main("coroutines-style", args, Main::paint); // reads the options; prints the timeline and the summary
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

  /** Subscribes to every painting on an event loop of {@code vertx}; completes when each has an outcome. */
  static Future<Void> paintAll(Vertx vertx, List<Canvas> canvases, Settings settings) {
    Infrastructure.setCanCallerThreadBeBlockedSupplier(() -> !Context.isOnEventLoopThread()); // no await() on a loop
    return Future.fromCompletionStage(Paint.paintAll(vertx, canvases, settings)
        .runSubscriptionOn(subscribe -> vertx.runOnContext(start -> subscribe.run())) // on the event loop
        .subscribeAsCompletionStage()); // nothing is painted before this subscribe
  }
}
