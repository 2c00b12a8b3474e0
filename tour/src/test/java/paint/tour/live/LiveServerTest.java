package paint.tour.live;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
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
import paint.stage.Style;
import paint.testing.CtrlC;
import paint.tour.Tour;
import paint.tour.live.EventStream.Frame;

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
    server = LiveServer.start(new LiveServer.Config("127.0.0.1", 0, Style.defaults(), Settings.defaults()),
        new PrintStream(LOG, true, UTF_8));
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
      Mark painted = marks.stream().filter(m -> m.kind().equals("P")).findFirst().orElseThrow();
      Mark dry = marks.stream().filter(m -> m.kind().equals("D")).findFirst().orElseThrow();
      assertThat(painted.micros()).as("canvas %d: its paint before its dry", canvas).isLessThan(dry.micros());
      assertThat(marks).extracting(Mark::thread).as("canvas %d", canvas).containsOnly("vert.x-eventloop-thread-0");
    }
    JsonObject row = frames.stream().filter(f -> f.event().equals("row")).findFirst().orElseThrow().data();
    assertThat(row.getInteger("dry")).isEqualTo(3);
    assertThat(row.getInteger("threads")).isEqualTo(1);
    JsonObject last = frames.stream().filter(f -> f.event().equals("batch")).reduce((a, b) -> b).orElseThrow().data();
    assertThat(last.getBoolean("end")).isTrue();
    assertThat(last.getJsonArray("counts").stream().toList()).containsExactly(0, 0, 0, 3, 0, 0);
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
      JsonObject run = client.post(port, "127.0.0.1", "/api/runs").sendForm(form(with(LONG, "style", "callbacks",
          "style", "sequential"))).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).bodyAsJsonObject();
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
          System.getProperty("java.class.path"), "paint.tour.OneStyle", "--live", report.toString(), "callbacks",
          "--dry", "30s", "--work", "0").redirectError(ProcessBuilder.Redirect.DISCARD).start();
      BufferedReader out = style.inputReader(UTF_8);
      assertThat(out.readLine()).isEqualTo("callbacks: 3 canvases, 30s to dry, checked every 500ms");
      assertThat(out.readLine()).startsWith("{\"style\":\"callbacks\"");

      out.close(); // what the server's end of the pipe becomes when the server is killed

      assertThat(style.waitFor(10, TimeUnit.SECONDS)).as("the style stopped by itself, long before its 30 s").isTrue();
      assertThat(style.exitValue()).isEqualTo(1);
    } finally {
      Files.deleteIfExists(report);
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
  record Mark(long micros, String kind, String thread) { }

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
            .add(new Mark(mark.getLong(1), mark.getString(2), threads.get(mark.getInteger(3))));
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

  static HttpResponse<Buffer> start(String... fields) throws Exception {
    return client.post(server.port(), "127.0.0.1", "/api/runs").sendForm(form(fields)).toCompletionStage()
        .toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  static HttpResponse<Buffer> send(HttpMethod method, String path, String type, String body) throws Exception {
    var request = client.request(method, server.port(), "127.0.0.1", path);
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
