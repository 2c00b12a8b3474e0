package paint.eventbus.stage;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.spi.cluster.NodeListener;
import io.vertx.core.spi.cluster.RegistrationInfo;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import paint.common.Canvas;
import paint.common.CanvasEvents;
import paint.common.Settings;
import paint.stage.BadOption;
import paint.stage.Cli;
import paint.stage.Format;
import paint.stage.Run;

/**
 * A cluster of JVMs, as the cluster style and the painter JVMs join it: Vert.x's own cluster manager on
 * Hazelcast, kept on the addresses it is given (by default this machine only: 127.0.0.1, members found by
 * TCP/IP, no multicast, Hazelcast's phone-home off, every socket bound to the cluster host and no other
 * interface). What Hazelcast and the JDK print goes to a log file, never to the learner's screen. With
 * {@code --jvms N}, it starts N-1 painter JVMs beside this one, and ends them after, on every path.
 */
public final class Cluster implements AutoCloseable {

  /**
   * Tells JDK 23 and newer not to warn that Hazelcast 5.3 uses {@code sun.misc.Unsafe} (which they print to
   * the JVM's first standard error, whatever {@code System.setErr} says): the property that their option
   * {@code --sun-misc-unsafe-memory-access=allow} sets, which JDK 17 ignores. {@code .mvn/jvm.config} gives
   * it to Maven's JVM, where {@code exec:java} runs the cluster.
   */
  public static final String QUIET_UNSAFE = "-Dsun.misc.unsafe.memory.access=allow";

  /** Where each node answers a hello, followed by its node id. */
  private static final String HELLO = "paint.hello.";

  /** The style that paints on a cluster. */
  public static final String STYLE = "cluster";

  /** How long the painter JVMs have to start and join: a JVM and Hazelcast take 3-5 s on a busy laptop. */
  static final Duration JOIN_PATIENCE = Duration.ofSeconds(60);

  /**
   * Where a run of {@code --jvms N} looks for its first JVM's port: from a place drawn at random in 20000 to
   * 29999 (below Linux's ephemeral ports), not from Hazelcast's 5701, so that two runs started at once (two
   * builds on one laptop) do not reach for the same port between its check and its use.
   */
  static final int PORTS_FROM = 20_000;
  static final int PORTS_SPAN = 10_000;

  /** The first port from a random place in the run's range that is free on {@code host}. */
  static int freePort(String host) throws IOException {
    int from = PORTS_FROM + java.util.concurrent.ThreadLocalRandom.current().nextInt(PORTS_SPAN - 100);
    for (int port = from; port < from + 100; port++) {
      try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
        socket.bind(new java.net.InetSocketAddress(host, port));
        return port;
      } catch (IOException taken) {
        // the next one
      }
    }
    throw new IOException("no free port for Hazelcast from " + from + " to " + (from + 99) + " on " + host);
  }

  /** How long a painter JVM has to leave the cluster once told to, before it is killed. */
  static final Duration LEAVE_PATIENCE = Duration.ofSeconds(10);

  /**
   * How soon Hazelcast gives up on a member that stopped answering: a killed JVM on this machine refuses
   * connections at once and is removed within about a second; a machine that vanished from the network
   * is removed after this many seconds without a heartbeat (Hazelcast's default is 60).
   */
  static final int NO_HEARTBEAT_SECONDS = 5;

  private static Path logs;

  private final JoinOptions options;
  private final Run run;
  private final HazelcastClusterManager manager;
  private final List<Process> painterJvms = new ArrayList<>();
  private final Thread killPainterJvms = new Thread(this::killPainterJvms, "end-the-painter-jvms");
  private Node node;
  private Relay relay;
  private int jvms = 1;
  private Integer killNode;

  private Cluster(JoinOptions options, Run run) {
    this.options = options;
    this.run = run;
    logToFile(options.node != null ? "node-" + options.node : "node-pid-" + ProcessHandle.current().pid());
    // Vert.x resolves the other nodes' addresses with Netty's DNS client, which listens on every interface
    // (a UDP socket on 0.0.0.0); they are IP addresses, so the JDK's resolver does it with no socket at all
    System.setProperty("vertx.disableDnsResolver", "true");
    Config hazelcast = hazelcast(options.clusterName, options.clusterHost(), options.members());
    if (options.first != null) { // a run's own cluster: every JVM joins the first, which takes its port
      hazelcast.getNetworkConfig().getJoin().getTcpIpConfig().setMembers(List.of(options.first))
          .setRequiredMember(options.first);
      int firstPort = Integer.parseInt(options.first.substring(options.first.lastIndexOf(':') + 1));
      if (options.node != null && options.node == 1) {
        hazelcast.getNetworkConfig().setPort(firstPort).setPortAutoIncrement(false);
      } else { // the ports after it: a painter JVM that starts first must not take the first one's
        hazelcast.getNetworkConfig().setPort(firstPort + 1).setPortAutoIncrement(true);
      }
    }
    this.manager = new HazelcastClusterManager(hazelcast);
  }

  /**
   * The painting JVM's cluster, with the options of {@code run}: starts the painter JVMs that {@code --jvms}
   * asks for (they join while this one does), and says where the logs are.
   */
  public static Cluster start(Run run) throws BadOption, IOException {
    ClusterOptions options = run.options(ClusterOptions.class);
    if (options.killNode != null && (options.killNode < 2 || options.killNode > options.jvms)) {
      throw new BadOption("--kill-node " + options.killNode + ": no such painter JVM (with --jvms " + options.jvms
          + ", they are " + (options.jvms < 2 ? "none" : options.jvms == 2 ? "node 2" : "nodes 2 to " + options.jvms)
          + "; node 1 is this one)");
    }
    if (options.jvms > 1 && !options.members.isEmpty()) {
      throw new BadOption("--members " + String.join(",", options.members) + ": only with --jvms 1 (with --jvms "
          + options.jvms + ", the JVMs of the run form a cluster of their own)");
    }
    if (options.jvms > 1) {
      options.clusterName = "paint-" + ProcessHandle.current().pid() + "-" + System.nanoTime(); // this run's own
      options.node = 1;
      options.first = options.clusterHost() + ":" + freePort(options.clusterHost());
    }
    Cluster cluster = new Cluster(options, run);
    cluster.jvms = options.jvms;
    cluster.killNode = options.killNode;
    run.out().printf("%s: %d %s on %s; Hazelcast's log and the painter JVMs' output: %s%n", STYLE, options.jvms,
        options.jvms == 1 ? "JVM" : "JVMs", options.clusterHost(), shown(logs));
    for (int number = 2; number <= options.jvms; number++) {
      cluster.startPainterJvm(number); // at once: they start while this one does, and then join it
    }
    return cluster;
  }

  /**
   * A painter JVM's options, read from {@code args} as every command reads them: {@code --help} prints the
   * usage; bad options print one line that says what is wrong, and the usage, and end the JVM with status 2.
   */
  public static JoinOptions options(String name, String[] args) {
    JoinOptions options = new JoinOptions();
    Cli cli = new Cli(name, options);
    try {
      if (!cli.parse(args)) {
        System.out.println(cli.usage());
        System.exit(0);
      }
      return options;
    } catch (BadOption e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(cli.usage());
      System.exit(2);
      return null;
    }
  }

  /** A painter JVM's cluster ({@code exec:java@painter}), with {@code options}. */
  public static Cluster painter(JoinOptions options) {
    return new Cluster(options, null);
  }

  /** How a clustered Vert.x is set up here: its event bus listens on the cluster host only. */
  public VertxOptions vertxOptions() {
    return vertxOptions(options.clusterHost());
  }

  /** The cluster manager: Vert.x's own, on Hazelcast. */
  public HazelcastClusterManager manager() {
    return manager;
  }

  /**
   * The codec of canvases for {@code vertx}, once it has joined. In the painting JVM, it also hears the
   * events of the canvases painted elsewhere and puts them on the run's timeline, and it fails at once
   * the requests that a lost node held.
   */
  public CanvasCodec codec(Vertx vertx) {
    String id = manager.getNodeId();
    int number = options.node != null ? options.node : manager.getNodes().size();
    node = new Node(vertx, id, "node " + number, run == null ? null : "paint.events." + id);
    relay = run == null ? null : new Relay(vertx, id, run::events);
    CanvasCodec codec = new CanvasCodec(node);
    // answers the painting JVM's hello before the run: the connections between the two are open, the settings
    // read and the paint warm before the first canvas comes (the first message between two JVMs took a second,
    // and a fresh JVM's first paints take 0.3 to 0.5 s until the JIT has compiled them)
    java.util.concurrent.atomic.AtomicBoolean warm = new java.util.concurrent.atomic.AtomicBoolean();
    vertx.eventBus().<String>consumer(HELLO + id, hello -> {
      Settings settings = codec.settings(hello.body());
      if (warm.compareAndSet(false, true)) {
        warmUp(settings);
      }
      hello.reply(System.nanoTime()); // its clock, which the painting JVM sets its own beside
    }).completion().await(); // known to the whole cluster before the painters are: hellos follow them
    if (run == null) {
      return codec;
    }
    // from the thread that sends the canvases: its event loop also hears their events, in the order they came
    vertx.eventBus().<Buffer>consumer(node.relayAddress(), relay::heard).completion().await(); // before any canvas
    vertx.eventBus().addOutboundInterceptor(sending -> {
      if (sending.body() instanceof Canvas canvas && sending.message().replyAddress() != null) {
        relay.sending(canvas.number(), sending.message().replyAddress());
      }
      sending.next();
    });
    manager.nodeListener(new NodeListener() { // free to use: only Vert.x's HA manager sets one, and HA is off
      @Override
      public void nodeAdded(String nodeId) { }

      @Override
      public void nodeLeft(String nodeId) {
        relay.lost(nodeId);
      }
    });
    return codec;
  }

  /**
   * Waits until every JVM that {@code --jvms} asked for has painters on {@code address}, at most
   * {@link #JOIN_PATIENCE}; fails at once if a painter JVM ends before. Then says hello to every node, so
   * that the first canvases do not wait for connections.
   */
  public void awaitPainters(Vertx vertx, String address) throws Exception {
    Promise<Void> ready = Promise.promise();
    long timer = vertx.setPeriodic(1, 100, check -> {
      for (int i = 0; i < painterJvms.size(); i++) {
        if (!painterJvms.get(i).isAlive()) {
          ready.tryFail(new IllegalStateException("painter JVM node " + (i + 2) + " ended with status "
              + painterJvms.get(i).exitValue() + " before it joined: its output is in " + shown(logs)));
        }
      }
      manager.getRegistrations(address, (registrations, failure) -> {
        if (registrations != null && registrations.stream().map(RegistrationInfo::nodeId).distinct().count() >= jvms) {
          ready.tryComplete();
        }
      });
    });
    try {
      ready.future().await(JOIN_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
      sayHello(vertx, address);
      if (killNode != null) { // halfway through the drying time of its first canvas
        Process doomed = painterJvms.get(killNode - 2);
        relay.whenPainting("node " + killNode,
            () -> vertx.setTimer(Math.max(1, run.settings().dry().toMillis() / 2), kill -> doomed.destroyForcibly()));
      }
    } catch (TimeoutException e) {
      throw new IllegalStateException("the painter JVMs did not join within " + Format.duration(JOIN_PATIENCE)
          + ": their output is in " + shown(logs), e);
    } finally {
      vertx.cancelTimer(timer);
    }
  }

  /** Paints a few canvases of its own, reported to nobody, until the paint is compiled; at most a second. */
  private static void warmUp(Settings settings) {
    CanvasEvents nobody = new CanvasEvents() {
      @Override
      public void paintStarted(int n) { }

      @Override
      public void paintEnded(int n) { }

      @Override
      public void checked(int n, boolean dry) { }

      @Override
      public void failed(int n, Throwable error) { }
    };
    long giveUpAt = System.nanoTime() + 1_000_000_000L;
    for (int i = 0; i < 20 && System.nanoTime() - giveUpAt < 0; i++) {
      new Canvas(0, settings, nobody).paint(); // canvas 0: none of the run's, and it never tears
    }
  }

  /** Says hello to every node with painters, with the run's settings, and waits for their answers. */
  private void sayHello(Vertx vertx, String address) throws Exception {
    Promise<List<RegistrationInfo>> painters = Promise.promise();
    manager.getRegistrations(address, painters);
    String settings = String.join(" ", paint.stage.Options.toArgs(run.settings()));
    List<io.vertx.core.Future<Void>> answers = new ArrayList<>();
    for (String id : painters.future().await().stream().map(RegistrationInfo::nodeId).distinct().toList()) {
      answers.add(hello(vertx, id, settings, HELLOS));
    }
    io.vertx.core.Future.all(answers).await(JOIN_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** How many hellos each node gets: the fastest answer tells its clock best. */
  private static final int HELLOS = 5;

  /**
   * Says hello to node {@code id}, {@code times} times one after another, and tells the relay how far that
   * node's clock is ahead of this one's: it answers with its clock, read halfway through the fastest round
   * trip, give or take half of it (a fraction of a millisecond here). Never compare {@code System.nanoTime()}
   * across machines: each counts from its own start.
   */
  private io.vertx.core.Future<Void> hello(Vertx vertx, String id, String settings, int times) {
    long sent = System.nanoTime();
    return vertx.eventBus().<Long>request(HELLO + id, settings).compose(answer -> {
      long back = System.nanoTime();
      relay.heardClock(id, answer.body() - (sent + back) / 2, back - sent);
      return times > 1 ? hello(vertx, id, settings, times - 1) : io.vertx.core.Future.succeededFuture();
    });
  }

  /** This JVM's name in the cluster ({@code node 2}), once its codec is made. */
  public String nodeName() {
    return node.name();
  }

  /**
   * A painter JVM paints until it is stopped: by Ctrl-C, after which it leaves the cluster; or, when the JVM
   * that started it asked, when its standard input ends (that JVM ended, even killed), at once.
   */
  public void paintUntilStopped(Vertx vertx, PrintStream out) throws InterruptedException {
    Thread leave = new Thread(() -> vertx.close().toCompletionStage().toCompletableFuture()
        .orTimeout(LEAVE_PATIENCE.toMillis(), TimeUnit.MILLISECONDS).exceptionally(error -> null).join(), "leave-the-cluster");
    Runtime.getRuntime().addShutdownHook(leave);
    out.printf("painter: %s paints on %s with %d %s; %s%n", node.name(), options.clusterHost(), options.painters(),
        options.painters() == 1 ? "painter" : "painters",
        options.untilStdinEnds ? "it ends with the JVM that started it" : "Ctrl-C stops it");
    out.flush();
    if (options.untilStdinEnds) {
      try {
        while (System.in.read() >= 0) {
          // nothing is sent on it: it only ends
        }
      } catch (IOException e) {
        // ended too
      }
      // the JVM that started it has left the cluster, or died: there is nobody to hand anything over to
      Runtime.getRuntime().halt(0);
    }
    Thread.currentThread().join(); // until Ctrl-C
  }

  /** Ends the painter JVMs this one started: each is told to leave (its input ends), and killed if it does not. */
  @Override
  public void close() {
    for (Process jvm : painterJvms) {
      try {
        jvm.getOutputStream().close();
      } catch (IOException e) {
        // it is gone already
      }
    }
    long giveUpAt = System.nanoTime() + LEAVE_PATIENCE.toNanos();
    for (Process jvm : painterJvms) {
      try {
        if (!jvm.waitFor(Math.max(0, giveUpAt - System.nanoTime()), TimeUnit.NANOSECONDS)) {
          jvm.destroyForcibly().waitFor(LEAVE_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        jvm.destroyForcibly();
      }
    }
    if (!painterJvms.isEmpty()) {
      try {
        Runtime.getRuntime().removeShutdownHook(killPainterJvms);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook runs anyway
      }
    }
  }

  /** The processes of the painter JVMs this one started, for the tests. */
  List<Process> painterJvms() {
    return List.copyOf(painterJvms);
  }

  private void startPainterJvm(int number) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        QUIET_UNSAFE, "-cp", classPath(), "paint.eventbus.PainterMain", "--node", String.valueOf(number),
        "--cluster-name", options.clusterName, "--cluster-host", options.clusterHost(), "--first", options.first,
        "--painters", String.valueOf(options.painters()), "--until-stdin-ends"));
    Path output = logs.resolve("node-" + number + ".out");
    Process jvm = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    if (painterJvms.isEmpty()) {
      Runtime.getRuntime().addShutdownHook(killPainterJvms); // Ctrl-C, or an exit that skipped close()
    }
    painterJvms.add(jvm);
  }

  private void killPainterJvms() {
    painterJvms.forEach(Process::destroyForcibly);
  }

  /**
   * This JVM's class path, for the painter JVMs: {@code exec:java} loads the project's classes in a class
   * loader of its own, inside Maven's JVM, whose {@code java.class.path} is Maven's.
   */
  static String classPath() {
    if (Cluster.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
      List<String> entries = new ArrayList<>();
      for (URL url : loader.getURLs()) {
        try {
          entries.add(Path.of(url.toURI()).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
          entries.add(url.getPath());
        }
      }
      return String.join(File.pathSeparator, entries);
    }
    return System.getProperty("java.class.path");
  }

  /**
   * Hazelcast kept on {@code host}: it binds there and on no other interface, finds its members by TCP/IP
   * at {@code members} and nowhere else (no multicast, no cloud discovery), never phones home, and gives up
   * on a silent member after {@link #NO_HEARTBEAT_SECONDS}. Vert.x's own settings come from its default
   * file (the maps it keeps its subscriptions in).
   */
  public static Config hazelcast(String clusterName, String host, List<String> members) {
    Config config = ConfigUtil.loadConfig();
    config.setClusterName(clusterName);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.socket.bind.any", "false"); // else it binds 0.0.0.0, every interface
    config.setProperty("hazelcast.logging.type", "jdk");
    config.setProperty("hazelcast.wait.seconds.before.join", "0");
    config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
    config.setProperty("hazelcast.max.no.heartbeat.seconds", String.valueOf(NO_HEARTBEAT_SECONDS));
    NetworkConfig network = config.getNetworkConfig();
    network.getInterfaces().setEnabled(true).setInterfaces(List.of(host));
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setMembers(members);
    return config;
  }

  /** Vert.x's options for a node on {@code host}: its event bus listens there only, on a port of the system's choosing. */
  public static VertxOptions vertxOptions(String host) {
    VertxOptions options = new VertxOptions();
    options.getEventBusOptions().setHost(host).setPort(0);
    return options;
  }

  /**
   * Sends what Hazelcast, and Vert.x's cluster code, log to a file of this JVM, once. (What JDK 24 and newer
   * print when Hazelcast first uses {@code sun.misc.Unsafe} goes to the JVM's first standard error, which a
   * program cannot send elsewhere: the JVMs are started with {@link #QUIET_UNSAFE} instead.)
   */
  private static synchronized void logToFile(String node) {
    if (logs != null) {
      return;
    }
    try {
      Path directory = logDirectory();
      Files.createDirectories(directory);
      FileHandler file = new FileHandler(directory.resolve(node + ".log").toString(), false);
      file.setFormatter(new Formatter() {
        @Override
        public String format(LogRecord record) {
          String thrown = "";
          if (record.getThrown() != null) {
            java.io.StringWriter trace = new java.io.StringWriter();
            record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
            thrown = trace.toString();
          }
          return String.format(Locale.ROOT, "%1$tT.%1$tL %2$s %3$s: %4$s%n%5$s", record.getMillis(), record.getLevel(),
              record.getLoggerName(), formatMessage(record), thrown);
        }
      });
      for (String name : List.of("com.hazelcast", "io.vertx.spi.cluster", "io.vertx.core.eventbus.impl.clustered")) {
        Logger logger = Logger.getLogger(name);
        LOGGERS.add(logger); // java.util.logging keeps loggers only weakly
        logger.setUseParentHandlers(false);
        logger.addHandler(file);
        logger.setLevel(Level.INFO);
      }
      logs = directory;
    } catch (IOException e) {
      throw new IllegalStateException("cannot write Hazelcast's log: " + e.getMessage(), e);
    }
  }

  private static final List<Logger> LOGGERS = new ArrayList<>();

  /**
   * {@code 06-event-bus/target/cluster-logs} when run from the build, {@code tour/target/cluster-logs} from the
   * tour's jar, else the temporary directory's.
   */
  static Path logDirectory() {
    try {
      Path classes = Path.of(Cluster.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      boolean jar = classes.getFileName().toString().endsWith(".jar");
      if ((jar || classes.getFileName().toString().equals("classes"))
          && classes.getParent().getFileName().toString().equals("target")) {
        return classes.getParent().resolve("cluster-logs");
      }
    } catch (URISyntaxException | RuntimeException e) {
      // not from a directory of classes
    }
    return Path.of(System.getProperty("java.io.tmpdir"), "paint-cluster-logs");
  }

  /** {@code path} as a learner would type it: from the working directory when it is under it. */
  static String shown(Path path) {
    Path here = Path.of("").toAbsolutePath();
    Path shown = path.startsWith(here) ? here.relativize(path) : path;
    return shown.toString().replace('\\', '/') + "/";
  }
}
