package paint.eventbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import paint.common.Canvas;
import paint.common.Timed;
import paint.eventbus.stage.Cluster;
import paint.eventbus.stage.ClusterOptions;
import paint.stage.Lane;
import paint.stage.Runner;
import paint.stage.Timeline;
import paint.stage.Timeline.Outcome;
import paint.testing.Expect;
import paint.testing.StyleRun;

/**
 * The same paintings on a cluster of JVMs on this machine: spread over every JVM's painters, named in the
 * chart by their node; a painter JVM killed outright loses no canvas; every JVM ends with the run; and the
 * cluster listens on 127.0.0.1 and nowhere else.
 */
class ClusterTest {

  @AfterEach
  void noPainterJvmIsLeft() throws InterruptedException {
    long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (ProcessHandle.current().children().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < giveUpAt) {
      ProcessHandle.current().children().findFirst().ifPresent(child -> child.onExit().join());
    }
    assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).map(ProcessHandle::info)
        .map(Object::toString)).as("the JVMs this run started should have ended with it").isEmpty();
  }

  @Test
  @Timeout(90)
  void paintsOnThreeJvmsAndTheChartNamesEachPaintersNode() {
    StyleRun run = cluster(Expect.with(Expect.SHORT, "--jvms", "3", "--painters", "1"));

    Expect.endedWell(run);
    assertThat(run.lines().get(0)).startsWith("cluster: 3 JVMs on 127.0.0.1; Hazelcast's log");
    assertThat(run.lines().get(1)).isEqualTo("cluster: 3 canvases, 400ms to dry, checked every 100ms");
    Expect.everyCanvasDryOnce(run.timeline());
    Expect.aboutOneDryingTime(run.timeline(), run.elapsed(), Expect.settings(Expect.SHORT));
    assertThat(nodes(run.timeline())).as("one canvas to each JVM's painter").containsExactly("node 1", "node 2", "node 3");
    assertThat(run.out()).contains("t1 = node ").contains(" / vert.x-eventloop-thread-");
  }

  /**
   * Three JVMs, a painter each, six canvases; node 2 is killed outright (kill -9) halfway through the
   * drying time. Its canvases are painted again on the other nodes: Hazelcast removes the node within about
   * a second here, and the requests it held fail at once, naming it. Without that, they would wait for
   * their time-out (--timeout 10s, so 11.1 s), then be painted again: the threshold lies halfway.
   */
  @Test
  @Timeout(90)
  void aPainterJvmKilledMidRunLosesNoCanvasAndLeavesNoJvmBehind() {
    String[] args = {"--paintings", "6", "--dry", "1s", "--poll", "100ms", "--work", "0", "--timeout", "10s",
        "--jvms", "3", "--painters", "1", "--kill-node", "2"};
    StyleRun run = cluster(args);

    Expect.endedWell(run);
    Timeline timeline = run.timeline();
    Expect.everyCanvasDryOnce(timeline);
    List<Lane> lost = timeline.lanes().stream().filter(lane -> lane.threads().get(0).startsWith("node 2 /")).toList();
    assertThat(lost).as("node 2 had canvases when it was killed").isNotEmpty();
    for (Lane lane : lost) {
      assertThat(lane.marks().stream().filter(mark -> mark.kind() == Lane.Kind.PAINT_START))
          .as("canvas %d, lost with node 2, was painted again on another node", lane.canvas()).hasSize(2)
          .last().extracting(Lane.Mark::thread).asString().doesNotStartWith("node 2 /");
    }
    Duration right = Duration.ofMillis(500 + 1000 + 1000); // the kill, Hazelcast's removal, a new painting
    Duration wrong = Duration.ofMillis(500 + 11_100 + 1000); // the kill, the request's time-out, a new painting
    Expect.closerTo(run.elapsed(), right, wrong, "the canvases of the killed node ended %s after the start",
        run.elapsed());
  }

  /**
   * Every socket that the JVMs of a run open listens on the cluster host, 127.0.0.1: Hazelcast's and the
   * event bus's. Read from Linux's /proc: no UDP socket at all (no multicast; Vert.x's DNS client, which
   * would listen on every interface, is off), and no TCP socket on another address.
   */
  @Test
  @Timeout(90)
  void everySocketOfTheClusterIsOn127001() {
    assumeTrue(Files.isReadable(Path.of("/proc/self/net/tcp")), "the sockets are read from Linux's /proc");
    List<String> sockets = new ArrayList<>();
    Runner.Painting paintAndLook = run -> {
      try (Cluster cluster = Cluster.start(run)) {
        Vertx vertx = Vertx.builder().with(cluster.vertxOptions()).withClusterManager(cluster.manager())
            .buildClustered().await();
        try {
          vertx.eventBus().registerDefaultCodec(Canvas.class, cluster.codec(vertx));
          vertx.deployVerticle(Painter::new, new DeploymentOptions().setInstances(1)).await();
          cluster.awaitPainters(vertx, Paint.PAINT);
          List<Canvas> canvases = run.canvases();
          run.await(Timed.stage(() -> Main.paintAll(vertx, canvases, run.settings()).toCompletionStage(), run::took));
          sockets.addAll(Sockets.of(ProcessHandle.current().pid()));
          for (ProcessHandle jvm : ProcessHandle.current().children().toList()) {
            sockets.addAll(Sockets.of(jvm.pid()));
          }
        } finally {
          vertx.close().await();
        }
      }
    };
    StyleRun run = StyleRun.withOptions(Cluster.STYLE, paintAndLook, new ClusterOptions(),
        Expect.with(Expect.SHORT, "--jvms", "2"));

    Expect.endedWell(run);
    assertThat(sockets).as("Hazelcast's and the event bus's, in both JVMs").hasSizeGreaterThanOrEqualTo(4)
        .allMatch(socket -> socket.startsWith("tcp 127.0.0.1:"));
  }

  /** A painter JVM started by another ends when its standard input does: when that JVM ends, even killed. */
  @Test
  @Timeout(60)
  void aPainterJvmEndsWhenTheJvmThatStartedItEnds() throws Exception {
    Process painter = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        Cluster.QUIET_UNSAFE, "-cp",
        System.getProperty("java.class.path"), PainterMain.class.getName(), "--cluster-name",
        "paint-test-" + ProcessHandle.current().pid(), "--painters", "1", "--until-stdin-ends")
        .redirectErrorStream(true).start();
    try (BufferedReader out = painter.inputReader()) {
      assertThat(out.readLine()).as("it joined, and says so").startsWith("painter: node 1 paints on 127.0.0.1");
      painter.getOutputStream().close(); // what the kernel does when the JVM that started it dies
      assertThat(painter.waitFor(20, TimeUnit.SECONDS)).as("it ended").isTrue();
      assertThat(painter.exitValue()).isZero();
    } finally {
      painter.destroyForcibly();
    }
  }

  @Test
  void badClusterOptionsAreRefusedInOneLine() {
    assertThat(refusal("--jvms", "0")).startsWith("error: --jvms 0: must be at least 1");
    assertThat(refusal("--jvms", "9")).startsWith("error: --jvms 9: too large (at most 8)");
    assertThat(refusal("--cluster-host", "0.0.0.0")).startsWith("error: --cluster-host 0.0.0.0: every interface");
    assertThat(refusal("--cluster-host", "localhost")).startsWith("error: --cluster-host localhost: not an IP address");
    assertThat(refusal("--members", "127.0.0.1:99999")).startsWith("error: --members 127.0.0.1:99999: too large");
    assertThat(refusal("--members", "10.0.0.2")).startsWith("error: --members 10.0.0.2: only with --jvms 1");
    assertThat(refusal("--kill-node", "3")).startsWith("error: --kill-node 3: no such painter JVM (with --jvms 2, they"
        + " are node 2; node 1 is this one)");
  }

  private static String refusal(String... args) {
    StyleRun run = cluster(args);
    assertThat(run.status()).as("%s", String.join(" ", args)).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("usage: cluster [options]");
    return run.err();
  }

  private static StyleRun cluster(String... args) {
    return StyleRun.withOptions(Cluster.STYLE, ClusterMain::paint, new ClusterOptions(), args);
  }

  /** The nodes whose painters painted the canvases: {@code node 2} of {@code node 2 / vert.x-eventloop-thread-1}. */
  private static Set<String> nodes(Timeline timeline) {
    return timeline.threadNames().stream().map(thread -> thread.replaceFirst(" / .*", ""))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The sockets of a process, from Linux's /proc: {@code tcp 127.0.0.1:5701}, {@code udp 0.0.0.0:41234}. */
  static final class Sockets {

    static List<String> of(long pid) throws IOException {
      Set<String> inodes = new TreeSet<>();
      try (var fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
        for (Path fd : fds.toList()) {
          try {
            String target = Files.readSymbolicLink(fd).toString();
            if (target.startsWith("socket:[")) {
              inodes.add(target.substring(8, target.length() - 1));
            }
          } catch (IOException e) {
            // closed meanwhile
          }
        }
      }
      List<String> sockets = new ArrayList<>();
      for (String protocol : List.of("tcp", "tcp6", "udp", "udp6")) {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/net/" + protocol)).stream().skip(1).toList()) {
          String[] fields = line.trim().split("\\s+");
          if (inodes.contains(fields[9])) {
            sockets.add(protocol.replace("6", "") + " " + address(fields[1]));
          }
        }
      }
      return sockets;
    }

    /** {@code 0100007F:1F95} (IPv4) or its IPv6 form, as {@code 127.0.0.1:8085}; IPv4-mapped IPv6 as IPv4. */
    static String address(String hex) {
      String[] parts = hex.split(":");
      String ip = parts[0];
      int port = Integer.parseInt(parts[1], 16);
      if (ip.length() == 32) {
        if (!ip.startsWith("0000000000000000FFFF0000")) {
          return "[" + ip + "]:" + port;
        }
        ip = ip.substring(24);
      }
      return Integer.parseInt(ip.substring(6, 8), 16) + "." + Integer.parseInt(ip.substring(4, 6), 16) + "."
          + Integer.parseInt(ip.substring(2, 4), 16) + "." + Integer.parseInt(ip.substring(0, 2), 16) + ":" + port;
    }
  }
}
