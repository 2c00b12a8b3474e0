package paint.tour.live;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.FileSystemOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import paint.common.Settings;
import paint.stage.BadOption;
import paint.stage.Options;
import paint.stage.Runner;
import paint.stage.Style;
import paint.tour.style.Marks;
import paint.tour.style.Recorder;

/**
 * The live page's server, {@code java -jar tour/target/tour.jar --serve}: the page itself (three static
 * files from the jar), and an API that runs the tour's styles, each in a JVM of its own, and streams
 * what they do as Server-Sent Events. One run at a time; Stop, a closed page or Ctrl-C ends every JVM
 * it started.
 *
 * <pre>
 * GET  /                       the page
 * GET  /api/options            the styles, the form's first values, the words of the marks and states, the
 *                              token, and the run going on, if any
 * GET  /api/token              the token, as plain text
 * POST /api/runs               a form: style (repeatable), paintings, dry, poll, work, fail, stuck, timeout;
 *                              202 and {"run":1,"events":"/api/runs/1/events",...}; 400 for a bad option; 409 if busy
 * GET  /api/runs/N/events      the run's events from its start (text/event-stream), until it ends
 * POST /api/runs/N/stop        stops it
 * </pre>
 *
 * <p>A POST, which starts or stops a run, needs a proof that it comes from this server's own page: an
 * {@code Origin} header that names this server (a browser sends it), or the header {@value #TOKEN_HEADER}
 * with the token that the server gives its page (and curl, from {@code /api/token}). A page on another
 * site has neither: its browser sends its own origin, and does not let it read this server's answers.
 *
 * <p>Nothing here blocks the event loop: what may take long (reading the page's files, finding which styles
 * this build has, reading the options with picocli) happens before the server starts or on a worker, and a
 * run's JVMs are started, read and stopped off the loop (see {@link LiveRun}).
 */
public final class LiveServer extends VerticleBase {

  /** What {@code --serve} was given (where to listen, and the form's first values), and the tour's command. */
  public record Config(String command, String host, int port, List<Style> styles, Settings settings) { }

  /** The header that carries the token, for a client that is not the page: curl, say. */
  static final String TOKEN_HEADER = "X-Live-Token";

  private static final long BODY_LIMIT = 16 * 1024;
  private static final Map<String, String> PAGE = Map.of("/", "index.html", "/live.js", "live.js",
      "/live.css", "live.css");

  private final Config config;
  private final PrintStream log;
  private final LiveRun.Starter starter;
  private final Map<String, Buffer> files;
  private final boolean loopbackOnly;
  private final String token = newToken();
  private final Map<Style, String> unavailable = new LinkedHashMap<>();
  private final JsonObject form;
  private HttpServer http;
  private LiveRun current;
  private int runs;

  LiveServer(Config config, PrintStream log, LiveRun.Starter starter) {
    this.config = config;
    this.log = log;
    this.starter = starter;
    this.files = PAGE.values().stream().distinct().collect(Collectors.toMap(name -> name, LiveServer::resource));
    this.loopbackOnly = isLoopback(config.host());
    Style.ALL.forEach(style -> style.unavailable().ifPresent(why -> unavailable.put(style, why)));
    this.form = form();
  }

  /** Serves until Ctrl-C; returns {@link Runner#INTERRUPTED} then, or 2 if it cannot listen where it was told. */
  public static int serve(Config config, PrintStream out, PrintStream err, String usage) {
    Vertx vertx = newVertx(new VertxOptions());
    LiveServer server = new LiveServer(config, out, LiveRun.JVM);
    try {
      vertx.deployVerticle(server).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      err.println("error: " + cannotListen(config, e instanceof ExecutionException ? e.getCause() : e));
      err.println(usage);
      close(vertx);
      return 2;
    } catch (InterruptedException e) {
      close(vertx);
      return Runner.INTERRUPTED;
    }
    out.println("live: open " + server.address() + " in a browser; Ctrl-C stops the server");
    out.flush();
    try {
      new CountDownLatch(1).await(); // serves until Ctrl-C interrupts this thread
    } catch (InterruptedException e) {
      server.stopAll("the server was stopped");
      close(vertx);
      out.println("live: stopped");
    }
    return Runner.INTERRUPTED;
  }

  /** Starts a server on a Vert.x of its own, for tests: {@link #address()}, then {@link #stopAll} and close. */
  static LiveServer start(Config config, PrintStream log) throws Exception {
    return start(config, log, new VertxOptions(), LiveRun.JVM);
  }

  /** {@link #start(Config, PrintStream)} on a Vert.x with {@code options}, its runs' JVMs started by {@code starter}. */
  static LiveServer start(Config config, PrintStream log, VertxOptions options, LiveRun.Starter starter)
      throws Exception {
    LiveServer server = new LiveServer(config, log, starter);
    newVertx(options).deployVerticle(server).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    return server;
  }

  /** The token that a request which starts or stops a run may show in {@value #TOKEN_HEADER}. */
  String token() {
    return token;
  }

  /** Stops the run going on, if any, and waits (10 s at most) until every JVM it started has ended. */
  void stopAll(String why) {
    try {
      Future<Void> over = Future.<Future<Void>>future(promise -> context.runOnContext(v ->
          promise.complete(current == null ? Future.succeededFuture() : current.stop(why)))).compose(f -> f);
      over.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      log.println("live: " + why + ", and a style's JVM did not end within 10 s: " + e);
    }
  }

  /** The address to open. */
  String address() {
    String host = config.host();
    if (host.equals("0.0.0.0") || host.equals("::")) {
      try {
        return "http://localhost:" + http.actualPort() + "/ (from another machine: http://"
            + InetAddress.getLocalHost().getHostName() + ":" + http.actualPort() + "/)";
      } catch (UnknownHostException e) {
        return "http://localhost:" + http.actualPort() + "/";
      }
    }
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + http.actualPort() + "/";
  }

  int port() {
    return http.actualPort();
  }

  @Override
  public Future<?> start() {
    Router router = Router.router(vertx);
    router.route().handler(this::guard);
    PAGE.forEach((path, file) -> router.get(path).handler(ctx -> page(ctx, file)));
    router.get("/api/options").handler(this::options);
    router.get("/api/token").handler(ctx -> ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").putHeader("X-Content-Type-Options", "nosniff").end(token + "\n"));
    router.post("/api/runs").handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT)).handler(this::startRun);
    router.get("/api/runs/:id/events").handler(ctx -> withRun(ctx, run -> run.watch(ctx.request(), ctx.response())));
    router.post("/api/runs/:id/stop").handler(ctx -> withRun(ctx, run -> stop(ctx, run)));
    router.errorHandler(404, ctx -> refuse(ctx, 404, "no such page: " + ctx.request().path()));
    router.errorHandler(405, ctx -> refuse(ctx, 405, ctx.request().method() + " is not what " + ctx.request().path()
        + " takes"));
    router.errorHandler(413, ctx -> refuse(ctx, 413, "the request is larger than " + BODY_LIMIT / 1024 + " KB"));
    router.errorHandler(400, ctx -> refuse(ctx, 400, "a malformed request"));
    router.errorHandler(500, ctx -> {
      log.println("live: " + ctx.request().method() + " " + ctx.request().path() + " failed: " + ctx.failure());
      refuse(ctx, 500, "the server failed: " + ctx.failure());
    });
    return vertx.createHttpServer().requestHandler(router).listen(config.port(), config.host())
        .onSuccess(server -> http = server);
  }

  /**
   * Bound to this machine only, the server answers only to its own names (a page on another site cannot
   * reach it through a name of its own); and only this server's page, or a client that shows its token, may
   * start or stop a run, or read the token.
   */
  private void guard(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    HostAndPort authority = request.authority();
    if (loopbackOnly && (authority == null || !isLoopback(authority.host()))) {
      refuse(ctx, 403, "this server answers only to localhost (start it with --host to serve other machines)");
      return;
    }
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    boolean changes = request.method() == HttpMethod.POST;
    if ((changes || request.path().equals("/api/token")) && origin != null && !origin.equals(ownOrigin(request))) {
      refuse(ctx, 403, "only this server's own page may start or stop a run (Origin " + printable(origin) + ")");
      return;
    }
    if (changes && origin == null && !isToken(request.getHeader(TOKEN_HEADER))) {
      refuse(ctx, 403, request.getHeader(TOKEN_HEADER) == null
          ? "no " + TOKEN_HEADER + " header: a request that starts or stops a run needs the token that GET /api/token"
              + " gives (the server's own page sends it)"
          : "the " + TOKEN_HEADER + " header is not this server's token (GET /api/token gives it)");
      return;
    }
    ctx.next();
  }

  /** Whether {@code shown} is this server's token, compared in a time that does not tell how much of it matched. */
  private boolean isToken(String shown) {
    return shown != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
        shown.strip().getBytes(StandardCharsets.UTF_8));
  }

  /** This server's origin, as a browser names it in the {@code Origin} header of a page that came from here. */
  private static String ownOrigin(HttpServerRequest request) {
    return "http://" + request.getHeader(HttpHeaders.HOST);
  }

  /** A token nobody can guess: 128 random bits. */
  private static String newToken() {
    byte[] bits = new byte[16];
    new SecureRandom().nextBytes(bits);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }

  private void page(RoutingContext ctx, String file) {
    String type = file.endsWith(".html") ? "text/html; charset=utf-8"
        : file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
    ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, type)
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:")
        .end(files.get(file));
  }

  /** The form: every style, the first values of the options, what each option does, and the run going on. */
  private void options(RoutingContext ctx) {
    json(ctx, 200, form.copy().put("run", current != null && !current.ended() ? links(current) : null));
  }

  /**
   * What the form shows, made once, off the event loop: every style, the first value of each option as the
   * command line writes it ({@link Options#toArgs}), what each option does, the words of the marks and of the
   * canvases' states, how many canvases get lanes, and the token.
   */
  private JsonObject form() {
    JsonArray styles = new JsonArray();
    for (Style style : Style.ALL) {
      styles.add(new JsonObject().put("name", style.name()).put("module", style.module()).put("idea", style.idea())
          .put("checked", config.styles().contains(style)).put("unavailable", unavailable.get(style)));
    }
    JsonObject values = new JsonObject(); // each option's words, the repeated ones together: "fail": "1 3"
    PageOptions.NAMES.stream().filter(name -> !name.equals("style")).forEach(name -> values.put(name, ""));
    List<String> args = Options.toArgs(config.settings());
    for (int i = 0; i < args.size(); i += 2) {
      String name = args.get(i).substring(2);
      String before = values.getString(name);
      values.put(name, before.isEmpty() ? args.get(i + 1) : before + " " + args.get(i + 1));
    }
    JsonObject help = new JsonObject();
    PageOptions.NAMES.forEach(name -> help.put(name, PageOptions.help(name)));
    JsonArray states = new JsonArray();
    for (Recorder.State state : Recorder.State.values()) {
      states.add(new JsonObject().put("state", state.name()).put("word", state.word()));
    }
    return new JsonObject().put("styles", styles).put("values", values).put("help", help)
        .put("placeholders", new JsonObject().put("timeout", Settings.TIMEOUT_IN_DRYING_TIMES + " × dry"))
        .put("marks", Marks.kinds()).put("states", states).put("lanes", Recorder.LANES).put("token", token)
        .put("tokenHeader", TOKEN_HEADER);
  }

  private void startRun(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
    if (ctx.body().length() > 0 && (type == null || !type.startsWith("application/x-www-form-urlencoded"))) {
      refuse(ctx, 415, "send the options as a form (application/x-www-form-urlencoded), as curl -d does");
      return;
    }
    MultiMap form = request.formAttributes();
    List<String> args = new ArrayList<>();
    for (Map.Entry<String, String> field : form) {
      String name = field.getKey();
      String value = field.getValue().strip();
      if (!PageOptions.NAMES.contains(name)) {
        refuse(ctx, 400, printable(name) + ": not an option of the page (it takes "
            + String.join(", ", PageOptions.NAMES) + ")");
        return;
      }
      if (value.chars().anyMatch(Character::isISOControl)) {
        refuse(ctx, 400, "--" + name + ": a value on one line, please");
        return;
      }
      if (!value.isEmpty()) { // an empty field keeps the default
        args.add("--" + name + "=" + value);
      }
    }
    // picocli reads the options by reflection: on a worker, not on the event loop
    vertx.executeBlocking(() -> PageOptions.parse(args), false).onComplete(parsed -> {
      if (parsed.failed()) {
        refuse(ctx, parsed.cause() instanceof BadOption ? 400 : 500, parsed.cause().getMessage());
        return;
      }
      if (current != null && !current.ended()) {
        refuse(ctx, 409, "run " + current.id() + " is still going: stop it first (POST /api/runs/" + current.id()
            + "/stop), or wait until it ends");
        return;
      }
      current = new LiveRun(++runs, config.command(), parsed.result(), context, log, starter, unavailable);
      current.start();
      json(ctx, 202, links(current).put("command", current.command()));
    });
  }

  private void stop(RoutingContext ctx, LiveRun run) {
    if (run.ended()) {
      ctx.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
          .end("run " + run.id() + " had already ended\n");
      return;
    }
    run.stop("stopped from the page");
    ctx.response().setStatusCode(202).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
        .end("stopping run " + run.id() + "\n");
  }

  private void withRun(RoutingContext ctx, java.util.function.Consumer<LiveRun> then) {
    String id = ctx.pathParam("id");
    if (current == null || !String.valueOf(current.id()).equals(id)) {
      refuse(ctx, 404, "no run " + printable(id) + " (the server keeps the last run only"
          + (current == null ? ", and none has started)" : ": run " + current.id() + ")"));
      return;
    }
    then.accept(current);
  }

  private static JsonObject links(LiveRun run) {
    return new JsonObject().put("run", run.id()).put("events", "/api/runs/" + run.id() + "/events")
        .put("stop", "/api/runs/" + run.id() + "/stop");
  }

  private static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end(body.encode() + "\n");
  }

  /** The one line every refusal is: {@code error: --dry 2h: unknown unit h (use ms or s)}. */
  private static void refuse(RoutingContext ctx, int status, String sentence) {
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
        .end("error: " + sentence + "\n");
  }

  private static String printable(String text) {
    String shown = text.chars().map(c -> Character.isISOControl(c) ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return shown.length() > 40 ? shown.substring(0, 40) + "..." : shown;
  }

  static boolean isLoopback(String host) {
    String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    return name.equalsIgnoreCase("localhost") || name.startsWith("127.") || name.equals("::1");
  }

  private static String cannotListen(Config config, Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (e instanceof BindException || cause instanceof BindException
        || String.valueOf(cause.getMessage()).contains("Address already in use")) {
      if (String.valueOf(cause.getMessage()).contains("in use")) {
        return "--port " + config.port() + ": in use by another program (choose another port, or 0 for any free one)";
      }
      return "--host " + config.host() + ": cannot listen on this address (" + cause.getMessage() + ")";
    }
    if (cause instanceof UnknownHostException) {
      return "--host " + config.host() + ": no such address";
    }
    return "--host " + config.host() + " --port " + config.port() + ": cannot listen there (" + cause.getMessage() + ")";
  }

  private static Vertx newVertx(VertxOptions options) {
    // The page is three files held in memory: no file cache, no class-path resolving on disk.
    return Vertx.vertx(new VertxOptions(options).setFileSystemOptions(new FileSystemOptions()
        .setFileCachingEnabled(false).setClassPathResolvingEnabled(false)));
  }

  private static void close(Vertx vertx) {
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // the JVM exits next anyway
    }
  }

  /** Closes this server's Vert.x, for tests. */
  void close() {
    close(vertx);
  }

  private static Buffer resource(String name) {
    try (InputStream in = LiveServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the page's " + name + " is missing from the jar");
      }
      return Buffer.buffer(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
