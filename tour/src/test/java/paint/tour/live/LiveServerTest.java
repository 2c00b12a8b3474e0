package paint.tour.live;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import paint.common.Settings;
import paint.stage.Lane.Kind;
import paint.stage.Style;
import paint.stage.Timeline.Outcome;
import paint.testing.CtrlC;
import paint.testing.OnVertx;
import paint.testing.VertxLog;
import paint.tour.PrintedLines;
import paint.tour.Tour;
import paint.tour.live.EventStream.Frame;
import paint.tour.style.Recorder;
import paint.tour.style.StyleProcess;

/**
 * The live page's server, through its HTTP API as the page (or curl) uses it: one server for the class,
 * short runs with no paint ({@code --work 0}: the waiting is what is streamed), a long drying time where a
 * run must still be going when the test acts.
 */
@Timeout(60)
class LiveServerTest {

  static final String[] SHORT = {"paintings", "3", "dry", "200ms", "poll", "50ms", "work", "0"};
  static final String[] LONG = {"paintings", "3", "dry", "30s", "poll", "500ms", "work", "0"};

  static Vertx vertx;
  static WebClient client;
  static LiveServer server;
  static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

  @BeforeAll
  static void startTheServer() throws Exception {
    server = LiveServer.start(config(0), new PrintStream(LOG, true, UTF_8));
    vertx = Vertx.vertx();
    client = WebClient.create(vertx);
  }

  @AfterAll
  static void stopTheServer() throws Exception {
    server.stopAll("the tests are over");
    server.close();
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  /** Every test leaves the server idle, whatever it asserted. */
  @AfterEach
  void noRunLeftGoing() {
    server.stopAll("the test ended");
  }

  @Test
  void aCallbacksRunStreamsEachCanvasPaintedBeforeItDriesOnTheEventLoopThenItsRowAndTheEnd() throws Exception {
    JsonObject run = start(with(SHORT, "style", "callbacks")).bodyAsJsonObject();
    assertThat(run.getString("command")).isEqualTo(Tour.COMMAND
        + " --style callbacks --paintings 3 --dry 200ms --poll 50ms --work 0");

    List<Frame> frames = EventStream.open(vertx, server.port(), run.getString("events")).ended().get(30, TimeUnit.SECONDS);

    List<String> events = frames.stream().map(Frame::event).distinct().toList();
    assertThat(events).containsSubsequence("start", "style", "batch", "row", "end");
    assertThat(frames.get(frames.size() - 1).event()).isEqualTo("end");
    assertThat(frames.get(frames.size() - 1).data().getBoolean("stopped")).isFalse();
    Map<Integer, List<Mark>> lanes = lanes(frames, "callbacks");
    assertThat(lanes).containsOnlyKeys(1, 2, 3);
    for (int canvas = 1; canvas <= 3; canvas++) {
      List<Mark> marks = lanes.get(canvas);
      Mark painted = marks.stream().filter(m -> m.kind() == Kind.PAINT_START).findFirst().orElseThrow();
      Mark dry = marks.stream().filter(m -> m.kind() == Kind.DRY).findFirst().orElseThrow();
      assertThat(painted.micros()).as("canvas %d: its paint before its dry", canvas).isLessThan(dry.micros());
      assertThat(marks).extracting(Mark::thread).as("canvas %d", canvas).containsOnly("vert.x-eventloop-thread-0");
    }
    JsonObject row = frames.stream().filter(f -> f.event().equals("row")).findFirst().orElseThrow().data();
    assertThat(row.getJsonObject("outcomes").getInteger(Outcome.DRY.kind().name())).isEqualTo(3);
    assertThat(row.getInteger("threads")).isEqualTo(1);
    JsonObject last = frames.stream().filter(f -> f.event().equals("batch")).reduce((a, b) -> b).orElseThrow().data();
    assertThat(last.getBoolean("end")).isTrue();
    assertThat(last.getJsonArray("counts").getInteger(Recorder.State.DRY.ordinal())).isEqualTo(3);
    long pid = frames.stream().filter(f -> f.event().equals("style")).findFirst().orElseThrow().data().getLong("pid");
    assertThat(alive(pid)).as("the style's JVM, once its run has ended").isFalse();
  }

  /** The page's options follow the command line's rules, and are refused with its very sentence. */
  @Test
  void aBadOptionIsRefusedWith400AndTheSentenceOfTheCommandLine() throws Exception {
    for (String[] bad : List.of(new String[] {"dry", "2h"}, new String[] {"paintings", "0"},
        new String[] {"style", "telepathy"}, new String[] {"fail", "4"}, new String[] {"poll", "1.5ms"})) {
      HttpResponse<Buffer> refused = start(bad);
      String commandLine = firstLineOfErrors("--" + bad[0], bad[1]);

      assertThat(refused.statusCode()).as(String.join("=", bad)).isEqualTo(400);
      assertThat(refused.bodyAsString().strip()).isEqualTo(commandLine).startsWith("error: --" + bad[0] + " " + bad[1]);
    }
    HttpResponse<Buffer> notAnOption = start("svg", "/tmp/x.svg");
    assertThat(notAnOption.statusCode()).isEqualTo(400);
    assertThat(notAnOption.bodyAsString()).isEqualTo("error: svg: not an option of the page (it takes style, paintings,"
        + " dry, poll, work, fail, stuck, timeout)\n");
  }

  @Test
  void malformedRequestsGet4xxAndTheServerKeepsServing() throws Exception {
    assertThat(send(HttpMethod.POST, "/api/runs", "application/json", "{\"paintings\": 3}").statusCode()).isEqualTo(415);
    assertThat(send(HttpMethod.POST, "/api/runs", "application/x-www-form-urlencoded", "x".repeat(20_000))
        .statusCode()).isEqualTo(413);
    assertThat(send(HttpMethod.POST, "/api/runs", "application/x-www-form-urlencoded", "dry=2s%0Apoll")
        .statusCode()).isEqualTo(400);
    HttpResponse<Buffer> nowhere = send(HttpMethod.GET, "/api/runs/x%00y/events", null, null);
    assertThat(nowhere.statusCode()).isEqualTo(404);
    assertThat(nowhere.bodyAsString()).startsWith("error: no run x?y");
    assertThat(send(HttpMethod.DELETE, "/", null, null).statusCode()).isEqualTo(405);
    assertThat(send(HttpMethod.GET, "/etc/passwd", null, null).bodyAsString()).isEqualTo("error: no such page: /etc/passwd\n");
    // a page on another site may not start a run here
    HttpResponse<Buffer> foreign = client.post(server.port(), "127.0.0.1", "/api/runs")
        .putHeader("Origin", "http://evil.example").sendForm(form(SHORT)).toCompletionStage().toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
    assertThat(foreign.statusCode()).isEqualTo(403);
    // nor reach it through a name of its own (DNS rebinding)
    HttpResponse<Buffer> renamed = client.get(server.port(), "127.0.0.1", "/").putHeader("Host", "evil.example")
        .send().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertThat(renamed.statusCode()).isEqualTo(403);

    HttpResponse<Buffer> page = send(HttpMethod.GET, "/", null, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.bodyAsString()).contains("<title>Paint canvases, live</title>");
    assertThat(send(HttpMethod.GET, "/live.js", null, null).getHeader("Content-Type")).startsWith("text/javascript");
    JsonObject options = send(HttpMethod.GET, "/api/options", null, null).bodyAsJsonObject();
    assertThat(options.getJsonArray("styles")).hasSize(Style.ALL.size());
    assertThat(options.getJsonObject("values").getString("dry")).isEqualTo("2s");
    assertThat(options.getJsonObject("help").getString("paintings")).isEqualTo("how many canvases to paint (default 3)");
  }

  /** One run at a time; Stop ends every JVM of the run (they are gone when the stream says it ended). */
  @Test
  void aSecondRunGets409AndStopEndsEveryStyleJvm() throws Exception {
    JsonObject run = start(with(LONG, "style", "callbacks", "style", "sequential")).bodyAsJsonObject();
    EventStream stream = EventStream.open(vertx, server.port(), run.getString("events"));
    List<Long> pids = pids(stream, 2);
    assertThat(pids).allMatch(LiveServerTest::alive);

    HttpResponse<Buffer> second = start(with(SHORT, "style", "callbacks"));
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.bodyAsString()).isEqualTo("error: run " + run.getInteger("run") + " is still going: stop it first"
        + " (POST /api/runs/" + run.getInteger("run") + "/stop), or wait until it ends\n");

    assertThat(send(HttpMethod.POST, run.getString("stop"), null, null).statusCode()).isEqualTo(202);
    List<Frame> frames = stream.ended().get(20, TimeUnit.SECONDS);
    assertThat(frames.get(frames.size() - 1).data().getString("why")).isEqualTo("stopped from the page");
    assertThat(pids).as("no style JVM left after Stop").noneMatch(LiveServerTest::alive);
    assertThat(frames.stream().filter(f -> f.event().equals("row")).map(f -> f.data().getInteger("status")))
        .as("each style stopped as Ctrl-C stops it, and said so: %s", frames.stream()
            .filter(f -> !f.event().equals("batch")).toList()).containsExactly(130, 130);
  }

  /**
   * The cluster from the API: its style's JVM starts a painter JVM, the canvases painted in either come back
   * named by their painter, node and thread; Stop ends both JVMs, and the row counts the JVMs that painted.
   */
  @Test
  void aClusterRunStreamsItsPaintersByNodeAndStopEndsItsPainterJvmToo() throws Exception {
    JsonObject run = start(with(LONG, "style", "cluster")).bodyAsJsonObject();
    EventStream stream = EventStream.open(vertx, server.port(), run.getString("events"));
    long pid = pids(stream, 1).get(0); // its first batch: every JVM has joined, the canvases are made
    ProcessHandle style = ProcessHandle.of(pid).orElseThrow();
    List<ProcessHandle> jvms = new ArrayList<>(List.of(style));
    jvms.addAll(style.descendants().filter(ProcessHandle::isAlive).toList());
    assertThat(jvms).as("the cluster's style JVM and its painter JVM").hasSize(2);
    for (String node : List.of("node 1", "node 2")) { // three canvases on two JVMs: each paints one at least
      stream.first(f -> f.event().equals("batch") && f.data().getJsonArray("threads", new io.vertx.core.json.JsonArray())
          .stream().map(io.vertx.core.json.JsonArray.class::cast).anyMatch(t -> t.size() > 2 && node.equals(t.getString(2))))
          .get(30, TimeUnit.SECONDS);
    }

    assertThat(send(HttpMethod.POST, run.getString("stop"), null, null).statusCode()).isEqualTo(202);
    List<Frame> frames = stream.ended().get(30, TimeUnit.SECONDS);

    for (ProcessHandle jvm : jvms) {
      jvm.onExit().get(15, TimeUnit.SECONDS); // halfway between at once and the run's 30 s
    }
    assertThat(jvms).as("no JVM of the cluster left after Stop").noneMatch(ProcessHandle::isAlive);
    Map<Integer, List<Mark>> lanes = lanes(frames, "cluster");
    assertThat(lanes).containsOnlyKeys(1, 2, 3);
    assertThat(lanes.values().stream().flatMap(List::stream).filter(m -> m.kind() == Kind.PAINT_START).map(Mark::thread))
        .as("each canvas painted by a painter named after its node").allMatch(thread -> thread.matches(
            "node [12] / vert\\.x-eventloop-thread-\\d+"));
    JsonObject row = frames.stream().filter(f -> f.event().equals("row")).findFirst().orElseThrow().data();
    assertThat(row.getInteger("status")).as("stopped as Ctrl-C stops it").isEqualTo(130);
    assertThat(row.getInteger("jvms")).isEqualTo(2);
    assertThat(row.getInteger("threads")).isBetween(2, 3);
    assertThat(frames.stream().filter(f -> f.event().equals("output") && f.data().getBoolean("error", false)))
        .as("nothing from Hazelcast or the JDK on the style's standard error").isEmpty();
  }

  @Test
  void twentyClientsOnOneStreamEachGetEveryEvent() throws Exception {
    JsonObject run = start(with(SHORT, "style", "callbacks")).bodyAsJsonObject();
    List<CompletableFuture<String>> bodies = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      bodies.add(client.get(server.port(), "127.0.0.1", run.getString("events")).send()
          .map(HttpResponse::bodyAsString).toCompletionStage().toCompletableFuture());
    }
    CompletableFuture.allOf(bodies.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

    String first = bodies.get(0).get();
    assertThat(first).contains("event: start", "event: batch", "event: row").endsWith("event: end\ndata: "
        + first.substring(first.lastIndexOf("data: ") + 6));
    assertThat(bodies).extracting(CompletableFuture::get).as("every client got every event, in order").containsOnly(first);
  }

  /** A closed page: nobody watches any more, and the run stops with every JVM it started. */
  @Test
  void aClosedStreamStopsTheRunAndEveryStyleJvm() throws Exception {
    JsonObject run = start(with(LONG, "style", "callbacks")).bodyAsJsonObject();
    EventStream page = EventStream.open(vertx, server.port(), run.getString("events"));
    List<Long> pids = pids(page, 1);

    page.close();

    for (long pid : pids) {
      Optional<ProcessHandle> jvm = ProcessHandle.of(pid);
      if (jvm.isPresent()) {
        jvm.get().onExit().get(20, TimeUnit.SECONDS); // the run stops 3 s after the page went away
      }
    }
    EventStream after = EventStream.open(vertx, server.port(), run.getString("events"));
    List<Frame> frames = after.ended().get(10, TimeUnit.SECONDS);
    assertThat(frames.get(frames.size() - 1).data().getString("why")).isEqualTo("nobody was watching: the page was closed");
  }

  /** Ctrl-C on the server: it stops the run, every JVM it started ends, and it exits with 130. */
  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void ctrlCOnTheServerEndsEveryStyleJvmItStarted() throws Exception {
    CtrlC.assumeItReachesChildren();
    Process serving = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Tour.class.getName(), "--serve", "--port", "0").start();
    try {
      BufferedReader out = serving.inputReader(UTF_8);
      String first = out.readLine();
      assertThat(first).matches("live: open http://127\\.0\\.0\\.1:\\d+/ in a browser; Ctrl-C stops the server");
      int port = Integer.parseInt(first.replaceAll(".*:(\\d+)/.*", "$1"));
      String token = client.get(port, "127.0.0.1", "/api/token").send().toCompletionStage().toCompletableFuture()
          .get(10, TimeUnit.SECONDS).bodyAsString().strip();
      JsonObject run = client.post(port, "127.0.0.1", "/api/runs").putHeader(LiveServer.TOKEN_HEADER, token)
          .sendForm(form(with(LONG, "style", "callbacks", "style", "sequential"))).toCompletionStage()
          .toCompletableFuture().get(10, TimeUnit.SECONDS).bodyAsJsonObject();
      List<Long> pids = pids(EventStream.open(vertx, port, run.getString("events")), 2);

      CtrlC.send(serving);

      assertThat(serving.waitFor(30, TimeUnit.SECONDS)).as("the server ended").isTrue();
      assertThat(serving.exitValue()).isEqualTo(130);
      assertThat(pids).as("no style JVM left after Ctrl-C").noneMatch(LiveServerTest::alive);
      List<String> rest = out.lines().toList();
      assertThat(rest).contains("live: stopped").anyMatch(line -> line.startsWith("live: run 1 stopped (the server was stopped)"));
      assertThat(new String(serving.getErrorStream().readAllBytes(), UTF_8)).as("nothing on standard error").isEmpty();
    } finally {
      serving.destroyForcibly();
    }
  }

  /** A server killed outright cannot stop its styles: each notices at its next line, and stops by itself. */
  @Test
  void aStyleJvmWhoseServerIsGoneStopsAtItsNextLine() throws Exception {
    Path report = Files.createTempFile("live-orphan", ".report");
    try {
      Process style = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), "paint.tour.style.OneStyle", "--live", report.toString(), "callbacks",
          "--dry", "30s", "--work", "0").redirectError(ProcessBuilder.Redirect.DISCARD).start();
      BufferedReader out = style.inputReader(UTF_8);
      assertThat(out.readLine()).isEqualTo("callbacks: 3 canvases, 30s to dry, checked every 500ms");
      assertThat(out.readLine()).startsWith("{\"style\":\"callbacks\"");

      out.close(); // what the server's end of the pipe becomes when the server is killed

      // Halfway between a line and a second later (it notices at its next line) and the run's 30 s.
      assertThat(style.waitFor(15, TimeUnit.SECONDS)).as("the style stopped by itself, long before its 30 s").isTrue();
      assertThat(style.exitValue()).as("stopped as Ctrl-C stops it").isEqualTo(130);
      assertThat(new JsonObject(Files.readString(report)).getInteger("status")).as("its report written").isEqualTo(130);
    } finally {
      Files.deleteIfExists(report);
    }
  }

  /**
   * A request that starts or stops a run must prove that it comes from the server's own page: its Origin, or
   * the token that the page gets from the server (and curl from GET /api/token). A page on another site has
   * neither, and cannot read the token.
   */
  @Test
  void startingOrStoppingARunNeedsTheOriginOfThePageOrTheToken() throws Exception {
    // as the README's plain curl -d style=callbacks localhost:8080/api/runs sends it
    HttpResponse<Buffer> bare = post("/api/runs", Map.of(), "style", "callbacks");
    assertThat(bare.statusCode()).isEqualTo(403);
    assertThat(bare.bodyAsString()).isEqualTo("error: no X-Live-Token header: a request that starts or stops a run"
        + " needs the token that GET /api/token gives (the server's own page sends it)\n");
    HttpResponse<Buffer> guessed = post("/api/runs", Map.of(LiveServer.TOKEN_HEADER, "guess"), "style", "callbacks");
    assertThat(guessed.statusCode()).isEqualTo(403);
    assertThat(guessed.bodyAsString()).isEqualTo("error: the X-Live-Token header is not this server's token"
        + " (GET /api/token gives it)\n");
    HttpResponse<Buffer> foreign = post("/api/runs", Map.of("Origin", "http://evil.example", LiveServer.TOKEN_HEADER,
        server.token()), "style", "callbacks");
    assertThat(foreign.statusCode()).as("a foreign page, even with the token").isEqualTo(403);
    HttpResponse<Buffer> foreignToken = client.get(server.port(), "127.0.0.1", "/api/token")
        .putHeader("Origin", "http://evil.example").send().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertThat(foreignToken.statusCode()).isEqualTo(403);

    // as curl does it, the token first (the README's command), and as the page does it, from its own origin
    String token = send(HttpMethod.GET, "/api/token", null, null).bodyAsString().strip();
    assertThat(token).isEqualTo(server.token()).hasSizeGreaterThanOrEqualTo(20);
    HttpResponse<Buffer> withToken = post("/api/runs", Map.of(LiveServer.TOKEN_HEADER, token), with(SHORT, "style",
        "callbacks"));
    assertThat(withToken.statusCode()).isEqualTo(202);
    String stop = withToken.bodyAsJsonObject().getString("stop");
    assertThat(post(stop, Map.of(), "x", "y").statusCode()).as("stop without a proof").isEqualTo(403);
    assertThat(post(stop, Map.of("Origin", "http://127.0.0.1:" + server.port()), "x", "y").statusCode())
        .as("stop from the page's own origin").isIn(200, 202);
    EventStream.open(vertx, server.port(), withToken.bodyAsJsonObject().getString("events")).ended().get(30, TimeUnit.SECONDS);
    HttpResponse<Buffer> fromThePage = post("/api/runs", Map.of("Origin", "http://127.0.0.1:" + server.port()),
        with(SHORT, "style", "callbacks"));
    assertThat(fromThePage.statusCode()).isEqualTo(202);
  }

  /**
   * How long a task may hold the live server's loop in {@link #stopWhileAJvmIsStillStartingNeverHoldsTheEventLoop}:
   * Vert.x's own default, 2 s. The mistake holds it until Stop is let go, for the 10 s this test waits for
   * Stop's answer; a healthy server holds it for milliseconds, which its first requests (classes loaded, code
   * interpreted) stretched to 412 ms beside another build, over the lessons' strict 400 ms.
   */
  static final Duration HELD = Duration.ofSeconds(2);

  /**
   * Stop while a style's JVM is still starting (held until Stop has been answered: a start as slow as a busy
   * machine makes it), on a Vert.x whose BlockedThreadChecker warns once the event loop is held
   * {@link #HELD}: the loop never waits for a JVM, and the JVM that started after Stop is stopped too. A loop
   * that waited for the start would not answer Stop until the start was let go.
   */
  @Test
  void stopWhileAJvmIsStillStartingNeverHoldsTheEventLoop() throws Exception {
    CountDownLatch slowOneStarting = new CountDownLatch(1);
    CountDownLatch stopAnswered = new CountDownLatch(1);
    LiveRun.Starter slowly = (style, settings) -> {
      if (style.name().equals("sequential")) {
        slowOneStarting.countDown();
        try {
          stopAnswered.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
      return LiveRun.JVM.start(style, settings);
    };
    try (VertxLog vertxLog = VertxLog.capture()) {
      LiveServer strict = LiveServer.start(config(0), new PrintStream(LOG, true, UTF_8), OnVertx.strictOptions(HELD),
          slowly);
      try {
        JsonObject run = client.post(strict.port(), "127.0.0.1", "/api/runs")
            .putHeader(LiveServer.TOKEN_HEADER, strict.token())
            .sendForm(form(with(LONG, "style", "callbacks", "style", "sequential"))).toCompletionStage()
            .toCompletableFuture().get(10, TimeUnit.SECONDS).bodyAsJsonObject();
        EventStream stream = EventStream.open(vertx, strict.port(), run.getString("events"));
        Frame callbacks = stream.first(f -> f.event().equals("style") && f.data().getString("style").equals("callbacks"))
            .get(30, TimeUnit.SECONDS);
        stream.first(f -> f.event().equals("batch") && f.data().getString("style").equals("callbacks"))
            .get(30, TimeUnit.SECONDS); // callbacks paints, while sequential's JVM is still starting
        assertThat(slowOneStarting.await(10, TimeUnit.SECONDS)).isTrue();

        HttpResponse<Buffer> stopped = client.post(strict.port(), "127.0.0.1", run.getString("stop"))
            .putHeader(LiveServer.TOKEN_HEADER, strict.token()).send().toCompletionStage().toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
        stopAnswered.countDown();
        List<Frame> frames = stream.ended().get(30, TimeUnit.SECONDS);

        assertThat(stopped.statusCode()).isEqualTo(202);
        List<Long> pids = frames.stream().filter(f -> f.event().equals("style")).map(f -> f.data().getLong("pid")).toList();
        assertThat(pids).as("both JVMs started, the second after Stop").hasSize(2)
            .contains(callbacks.data().getLong("pid"));
        assertThat(pids).as("no style JVM left").noneMatch(LiveServerTest::alive);
        assertThat(frames.stream().map(Frame::event)).containsSubsequence("row", "end");
        assertThat(vertxLog.blockedThreadWarnings()).as("the event loop was never held").isEmpty();
      } finally {
        strict.stopAll("the test ended");
        strict.close();
      }
    }
  }

  /** A style's JVM whose output the server can no longer read is stopped, not left running. */
  @Test
  void aStyleJvmThatTheServerCannotReadIsStoppedNotLeft() throws Exception {
    LiveRun.Starter unreadable = (style, settings) -> {
      StyleProcess.Started started = LiveRun.JVM.start(style, settings);
      return new StyleProcess.Started(started.style(), new UnreadableAfterItsFirstLine(started.process()),
          started.report(), started.errors());
    };
    LiveServer breaking = LiveServer.start(config(0), new PrintStream(LOG, true, UTF_8), new VertxOptions(), unreadable);
    try {
      JsonObject run = client.post(breaking.port(), "127.0.0.1", "/api/runs")
          .putHeader(LiveServer.TOKEN_HEADER, breaking.token()).sendForm(form(with(LONG, "style", "callbacks")))
          .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).bodyAsJsonObject();

      List<Frame> frames = EventStream.open(vertx, breaking.port(), run.getString("events")).ended()
          .get(30, TimeUnit.SECONDS);

      long pid = frames.stream().filter(f -> f.event().equals("style")).findFirst().orElseThrow().data().getLong("pid");
      assertThat(alive(pid)).as("the style's JVM, once the server lost it").isFalse();
      assertThat(frames.stream().filter(f -> f.event().equals("problem")).map(f -> f.data().getString("problem")))
          .singleElement().asString().startsWith("the server lost it: java.io.IOException: the pipe broke");
    } finally {
      breaking.stopAll("the test ended");
      breaking.close();
    }
  }

  /** The server's thread interrupted (what Ctrl-C does to it): every JVM it started ends, and it returns 130. */
  @Test
  void anInterruptedServerEndsEveryStyleJvmItStarted() throws Exception {
    PrintedLines out = new PrintedLines();
    CompletableFuture<Integer> status = new CompletableFuture<>();
    Thread serving = new Thread(() -> status.complete(LiveServer.serve(config(0), out.stream(),
        new PrintStream(new ByteArrayOutputStream(), true, UTF_8), "usage")), "serving");
    serving.start();
    try {
      String open = out.first(line -> line.startsWith("live: open")).get(30, TimeUnit.SECONDS);
      int port = Integer.parseInt(open.replaceAll(".*:(\\d+)/.*", "$1"));
      String token = client.get(port, "127.0.0.1", "/api/token").send().toCompletionStage().toCompletableFuture()
          .get(10, TimeUnit.SECONDS).bodyAsString().strip();
      JsonObject run = client.post(port, "127.0.0.1", "/api/runs").putHeader(LiveServer.TOKEN_HEADER, token)
          .sendForm(form(with(LONG, "style", "callbacks", "style", "sequential"))).toCompletionStage()
          .toCompletableFuture().get(10, TimeUnit.SECONDS).bodyAsJsonObject();
      List<Long> pids = pids(EventStream.open(vertx, port, run.getString("events")), 2);

      serving.interrupt();

      assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(130);
      assertThat(pids).as("no style JVM left after the interrupt").noneMatch(LiveServerTest::alive);
      assertThat(out.lines()).contains("live: stopped");
    } finally {
      serving.interrupt();
    }
  }

  @Test
  void serveHasItsOwnOptionsAndRefusesTheTableOnes() throws Exception {
    assertThat(firstLineOfErrors("--serve", "--port", "70000"))
        .isEqualTo("error: --port 70000: must be a port number from 0 to 65535 (0 picks a free one)");
    assertThat(firstLineOfErrors("--port", "8099")).isEqualTo("error: --port 8099: only with --serve");
    assertThat(firstLineOfErrors("--serve", "--csv"))
        .isEqualTo("error: --csv: not with --serve (the page shows each style and the table as they come)");
    assertThat(firstLineOfErrors("--serve", "--port", String.valueOf(server.port())))
        .isEqualTo("error: --port " + server.port() + ": in use by another program (choose another port, or 0 for any"
            + " free one)");
  }

  // What the tests share.

  /** A mark of a lane, as the stream sends it. */
  record Mark(long micros, Kind kind, String thread) { }

  /** The lanes of {@code style}'s run, from its batches: each canvas's marks, with the thread named. */
  static Map<Integer, List<Mark>> lanes(List<Frame> frames, String style) {
    Map<Integer, String> threads = new java.util.HashMap<>();
    Map<Integer, List<Mark>> lanes = new java.util.TreeMap<>();
    for (Frame frame : frames) {
      if (!frame.event().equals("batch") || !frame.data().getString("style").equals(style)) {
        continue;
      }
      frame.data().getJsonArray("threads", new io.vertx.core.json.JsonArray()).forEach(t -> {
        io.vertx.core.json.JsonArray thread = (io.vertx.core.json.JsonArray) t;
        threads.put(thread.getInteger(0), thread.getString(1));
      });
      frame.data().getJsonArray("marks", new io.vertx.core.json.JsonArray()).forEach(m -> {
        io.vertx.core.json.JsonArray mark = (io.vertx.core.json.JsonArray) m;
        lanes.computeIfAbsent(mark.getInteger(0), c -> new ArrayList<>())
            .add(new Mark(mark.getLong(1), Kind.ofMark(mark.getString(2).charAt(0)), threads.get(mark.getInteger(3))));
      });
    }
    lanes.values().forEach(marks -> marks.sort(Comparator.comparingLong(Mark::micros)));
    return lanes;
  }

  /** The JVMs of a run, once {@code count} of them are painting (each has sent its first batch). */
  static List<Long> pids(EventStream stream, int count) throws Exception {
    List<Long> pids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int nth = i;
      Frame started = stream.first(f -> f.event().equals("style") && pids.size() == nth
          && !pids.contains(f.data().getLong("pid"))).get(30, TimeUnit.SECONDS);
      String style = started.data().getString("style");
      stream.first(f -> f.event().equals("batch") && f.data().getString("style").equals(style)).get(30, TimeUnit.SECONDS);
      pids.add(started.data().getLong("pid"));
    }
    return pids;
  }

  static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** A POST of {@code fields} as a form to this class's server, with {@code headers} only. */
  static HttpResponse<Buffer> post(String path, Map<String, String> headers, String... fields) throws Exception {
    var request = client.post(server.port(), "127.0.0.1", path);
    headers.forEach(request::putHeader);
    return request.sendForm(form(fields)).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  /** A style's JVM whose output breaks after its first line, as a failing pipe would; the rest is the JVM's. */
  static final class UnreadableAfterItsFirstLine extends Process {
    private final Process real;

    UnreadableAfterItsFirstLine(Process real) {
      this.real = real;
    }

    @Override
    public InputStream getInputStream() {
      InputStream in = real.getInputStream();
      return new InputStream() {
        boolean lineRead;

        @Override
        public int read() throws IOException {
          if (lineRead) {
            throw new IOException("the pipe broke");
          }
          int b = in.read();
          lineRead = b == '\n';
          return b;
        }
      };
    }

    @Override
    public OutputStream getOutputStream() {
      return real.getOutputStream();
    }

    @Override
    public InputStream getErrorStream() {
      return real.getErrorStream();
    }

    @Override
    public int waitFor() throws InterruptedException {
      return real.waitFor();
    }

    @Override
    public int exitValue() {
      return real.exitValue();
    }

    @Override
    public void destroy() {
      real.destroy();
    }

    @Override
    public long pid() {
      return real.pid();
    }

    @Override
    public ProcessHandle toHandle() {
      return real.toHandle();
    }
  }

  static String[] with(String[] fields, String... more) {
    String[] all = java.util.Arrays.copyOf(fields, fields.length + more.length);
    System.arraycopy(more, 0, all, fields.length, more.length);
    return all;
  }

  static MultiMap form(String... fields) {
    MultiMap form = MultiMap.caseInsensitiveMultiMap();
    for (int i = 0; i < fields.length; i += 2) {
      form.add(fields[i], fields[i + 1]);
    }
    return form;
  }

  /** The server's configuration for the tests, on {@code port}. */
  static LiveServer.Config config(int port) {
    return new LiveServer.Config(Tour.COMMAND, "127.0.0.1", port, Style.defaults(), Settings.defaults());
  }

  /** Starts a run, with the token as curl would send it. */
  static HttpResponse<Buffer> start(String... fields) throws Exception {
    return client.post(server.port(), "127.0.0.1", "/api/runs").putHeader(LiveServer.TOKEN_HEADER, server.token())
        .sendForm(form(fields)).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  /** A request, with the token as curl would send it. */
  static HttpResponse<Buffer> send(HttpMethod method, String path, String type, String body) throws Exception {
    var request = client.request(method, server.port(), "127.0.0.1", path).putHeader(LiveServer.TOKEN_HEADER,
        server.token());
    if (type != null) {
      request.putHeader("Content-Type", type);
    }
    return (body == null ? request.send() : request.sendBuffer(Buffer.buffer(body))).toCompletionStage()
        .toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  /** The first line the tour's command line prints on standard error for {@code args}. */
  static String firstLineOfErrors(String... args) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Tour.run(args, new PrintStream(new ByteArrayOutputStream(), true, UTF_8), new PrintStream(err, true, UTF_8));
    assertThat(status).as(String.join(" ", args)).isEqualTo(2);
    return err.toString(UTF_8).lines().findFirst().orElse("");
  }
}
