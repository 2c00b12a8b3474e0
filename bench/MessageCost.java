import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.spi.cluster.RegistrationInfo;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import paint.eventbus.stage.Cluster;

/**
 * What a message costs on the event bus: a request with a small body and its reply, inside one JVM and
 * between two JVMs of a cluster on this machine (127.0.0.1), with 06's cluster settings. For each case:
 * the round trip of one request at a time, and how many requests per second go and come back with
 * {@value #IN_FLIGHT} in flight. {@code java -Dsun.misc.unsafe.memory.access=allow -cp tour/target/tour.jar
 * bench/MessageCost.java [REQUESTS]} (default 200,000), from the repository's root: it starts the second JVM
 * itself, and ends it. (The property keeps JDK 23+ from warning that Hazelcast uses sun.misc.Unsafe.)
 */
public class MessageCost {

  static final int IN_FLIGHT = 1_000;
  static final DeliveryOptions WITHIN_A_MINUTE = new DeliveryOptions().setSendTimeout(60_000);

  public static void main(String[] args) throws Exception {
    quiet();
    if (args.length > 0 && args[0].equals("echo")) {
      echoUntilStdinEnds(args[1]);
      return;
    }
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;

    Vertx alone = Vertx.vertx();
    echo(alone, "echo.here");
    measure(alone, "one JVM, not clustered", "echo.here", requests);
    alone.close().await();

    String name = "paint-bench-" + ProcessHandle.current().pid();
    Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        Cluster.QUIET_UNSAFE, "-cp",
        System.getProperty("java.class.path"), "bench/MessageCost.java", "echo", name)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      Vertx clustered = join(name);
      echo(clustered, "echo.here");
      awaitEchoElsewhere(clustered);
      measure(clustered, "a cluster, inside this JVM", "echo.here", requests);
      measure(clustered, "a cluster, to the other JVM", "echo.there", requests);
      clustered.close().await();
    } finally {
      other.getOutputStream().close();
      if (!other.waitFor(10, TimeUnit.SECONDS)) {
        other.destroyForcibly();
      }
    }
  }

  static Vertx join(String name) {
    return Vertx.builder().with(Cluster.vertxOptions("127.0.0.1"))
        .withClusterManager(new HazelcastClusterManager(Cluster.hazelcast(name, "127.0.0.1", List.of("127.0.0.1"))))
        .buildClustered().await();
  }

  static void echo(Vertx vertx, String address) {
    vertx.eventBus().<Long>consumer(address, request -> request.reply(request.body())).completion().await();
  }

  static void echoUntilStdinEnds(String name) throws IOException {
    System.setProperty("vertx.disableDnsResolver", "true");
    Vertx vertx = join(name);
    echo(vertx, "echo.there");
    while (System.in.read() >= 0) {
      // until the measuring JVM ends
    }
    Runtime.getRuntime().halt(0);
  }

  static void awaitEchoElsewhere(Vertx vertx) throws Exception {
    HazelcastClusterManager manager = (HazelcastClusterManager) ((io.vertx.core.internal.VertxInternal) vertx).clusterManager();
    long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < giveUpAt) {
      Promise<List<RegistrationInfo>> found = Promise.promise();
      manager.getRegistrations("echo.there", found);
      if (!found.future().await().isEmpty()) {
        return;
      }
      vertx.timer(100).await();
    }
    throw new IllegalStateException("the other JVM did not join within 60 s");
  }

  /** One request at a time, then {@value #IN_FLIGHT} at a time; a first round of each warms the JIT. */
  static void measure(Vertx vertx, String what, String address, int requests) {
    oneAtATime(vertx, address, requests / 10);
    long oneNanos = oneAtATime(vertx, address, requests / 10);
    manyAtATime(vertx, address, requests);
    long manyNanos = manyAtATime(vertx, address, requests);
    System.out.printf("%-30s one at a time: %6.1f µs a round trip   %d in flight: %,9.0f requests/s%n", what,
        oneNanos / 1e3 / (requests / 10), IN_FLIGHT, requests / (manyNanos / 1e9));
  }

  static long oneAtATime(Vertx vertx, String address, int requests) {
    Promise<Void> done = Promise.promise();
    long start = System.nanoTime();
    vertx.runOnContext(go -> next(vertx, address, requests, done));
    done.future().await();
    return System.nanoTime() - start;
  }

  static void next(Vertx vertx, String address, int left, Promise<Void> done) {
    if (left == 0) {
      done.complete();
      return;
    }
    vertx.eventBus().request(address, (long) left, WITHIN_A_MINUTE)
        .onComplete(reply -> next(vertx, address, left - 1, done), done::fail);
  }

  static long manyAtATime(Vertx vertx, String address, int requests) {
    Promise<Void> done = Promise.promise();
    int[] sent = {0};
    int[] back = {0};
    long start = System.nanoTime();
    vertx.runOnContext(go -> {
      Runnable[] send = new Runnable[1];
      send[0] = () -> vertx.eventBus().request(address, (long) sent[0]++, WITHIN_A_MINUTE).onComplete(reply -> {
        if (++back[0] == requests) {
          done.complete();
        } else if (sent[0] < requests) {
          send[0].run();
        }
      }, done::fail);
      for (int i = 0; i < Math.min(IN_FLIGHT, requests); i++) {
        send[0].run();
      }
    });
    done.future().await();
    return System.nanoTime() - start;
  }

  static void quiet() {
    for (String name : List.of("com.hazelcast", "io.vertx.spi.cluster", "io.vertx.core.eventbus.impl.clustered")) {
      Logger logger = Logger.getLogger(name);
      logger.setLevel(Level.OFF);
      LOGGERS.add(logger);
    }
  }

  static final List<Logger> LOGGERS = new java.util.ArrayList<>();
}
