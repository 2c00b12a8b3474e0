package paint.eventbus.stage;

import io.vertx.core.Vertx;

/**
 * This JVM in the cluster: its Vert.x, its node id (the cluster manager's), the name the timeline gives
 * its painters ({@code node 2}), and, in the JVM that paints, the address its canvases' events come back to.
 */
record Node(Vertx vertx, String id, String name, String relayAddress) { }
