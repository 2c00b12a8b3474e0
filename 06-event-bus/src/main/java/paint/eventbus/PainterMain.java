package paint.eventbus;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import paint.common.Canvas;
import paint.eventbus.stage.Cluster;
import paint.eventbus.stage.JoinOptions;

/**
 * A JVM of painters only: it joins the cluster and paints what the painting JVM sends, until Ctrl-C:
 * {@code ./mvnw -q -pl 06-event-bus -am compile exec:java@painter}, on this machine or another.
 */
public final class PainterMain {

  public static void main(String[] args) throws Exception {
    JoinOptions options = Cluster.options("painter", args); // exits with the usage on bad options
    try (Cluster cluster = Cluster.painter(options)) {
      Vertx vertx = Vertx.builder().with(cluster.vertxOptions()).withClusterManager(cluster.manager())
          .buildClustered().await(); // Vert.x starts, and joins the cluster
      vertx.eventBus().registerDefaultCodec(Canvas.class, cluster.codec(vertx));
      vertx.deployVerticle(Painter::new, new DeploymentOptions().setInstances(options.painters())).await();
      cluster.paintUntilStopped(vertx, System.out); // leaves the cluster when stopped
    }
  }
}
