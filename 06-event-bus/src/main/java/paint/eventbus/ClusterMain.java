package paint.eventbus;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import java.util.List;
import paint.common.Canvas;
import paint.common.Timed;
import paint.eventbus.stage.Cluster;
import paint.eventbus.stage.ClusterOptions;
import paint.stage.Run;
import paint.stage.Runner;

/**
 * Runs the same paintings on a cluster of JVMs: {@code ./mvnw -q -pl 06-event-bus -am compile exec:java@cluster}.
 * With {@code --jvms N} (2 by default), it starts N-1 painter JVMs beside this one, on this machine.
 */
public final class ClusterMain {

  public static void main(String[] args) {
    Runner.main(Cluster.STYLE, args, ClusterMain::paint, new ClusterOptions()); // reads the options, --jvms too
  }

  /** Joins the cluster with painters of its own, paints every canvas under the talk's timer, and leaves. */
  static void paint(Run run) throws Exception {
    try (Cluster cluster = Cluster.start(run)) { // --jvms N: starts N-1 painter JVMs; ends them, on every path
      Vertx vertx = Vertx.builder().with(cluster.vertxOptions()).withClusterManager(cluster.manager())
          .buildClustered().await(); // Vert.x starts, and joins the cluster: the others learn where it listens
      try {
        vertx.eventBus().registerDefaultCodec(Canvas.class, cluster.codec(vertx)); // between JVMs: what it writes
        int painters = run.options(ClusterOptions.class).painters();
        vertx.deployVerticle(Painter::new, new DeploymentOptions().setInstances(painters)).await();
        cluster.awaitPainters(vertx, Paint.PAINT); // until the painters of every JVM listen
        List<Canvas> canvases = run.canvases();
        run.await(Timed.stage(() -> Main.paintAll(vertx, canvases, run.settings()).toCompletionStage(), run::took));
      } finally {
        vertx.close().await(); // leaves the cluster, and stops
      }
    }
  }
}
