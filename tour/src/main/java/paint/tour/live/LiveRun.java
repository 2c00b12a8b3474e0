package paint.tour.live;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import paint.common.Settings;
import paint.stage.Style;
import paint.tour.RunReport;
import paint.tour.StyleProcess;
import paint.tour.Tour;

/**
 * One run of the page: every style it asked for, each in a JVM of its own, all at once, and what they do
 * as Server-Sent Events, kept from the start so that a page that joins late (or reconnects) misses
 * nothing. Everything here but the readers of the JVMs' output runs on the server's context.
 *
 * <p>The events: {@code start} (the styles and settings), {@code style} (a JVM started), {@code batch}
 * (a line of a style's {@link Recorder}), {@code output} (a line the style printed), {@code row} (a
 * style's figures, when it ends) or {@code problem} (why a style did not run), and {@code end}.
 */
final class LiveRun {

  /** How long a run goes on with nobody watching, once someone did: a page reloaded comes back in time. */
  static final long ORPHAN_MS = 3_000;

  /** How long a style's JVM has to stop after it is told to, before it is killed. */
  static final long KILL_AFTER_MS = 5_000;

  private final int id;
  private final PageOptions.Parsed asked;
  private final Context context;
  private final PrintStream log;
  private final List<String> frames = new ArrayList<>();
  private final Set<HttpServerResponse> watchers = new LinkedHashSet<>();
  private final List<Process> processes = new ArrayList<>(); // guarded by itself, with stopping
  private final Promise<Void> over = Promise.promise();
  private final long startedAt = System.nanoTime();
  private boolean stopping;
  private String stoppedBecause;
  private int running;
  private boolean ended;
  private long orphanTimer = -1;

  LiveRun(int id, PageOptions.Parsed asked, Context context, PrintStream log) {
    this.id = id;
    this.asked = asked;
    this.context = context;
    this.log = log;
  }

  int id() {
    return id;
  }

  boolean ended() {
    return ended;
  }

  /** The same run on the command line, one style after another instead of all at once. */
  String command() {
    List<String> args = new ArrayList<>(asked.args().stream().filter(arg -> arg.startsWith("--style ")).toList());
    asked.args().stream().filter(arg -> !arg.startsWith("--style ")).forEach(args::add);
    return Tour.COMMAND + (args.isEmpty() ? "" : " " + String.join(" ", args));
  }

  /** Starts every style's JVM, each read by a thread of its own. */
  void start() {
    log.println("live: run " + id + ": " + command());
    Settings s = asked.settings();
    JsonArray styles = new JsonArray();
    asked.styles().forEach(style -> styles.add(new JsonObject().put("name", style.name())
        .put("module", style.module()).put("idea", style.idea())));
    publish("start", new JsonObject().put("run", id).put("styles", styles).put("command", command())
        .put("settings", new JsonObject().put("paintings", s.paintings()).put("dryMs", s.dry().toMillis())
            .put("pollMs", s.poll().toMillis()).put("work", s.work()).put("timeoutMs", s.timeout().toMillis())
            .put("fail", new JsonArray(List.copyOf(s.fail()))).put("stuck", new JsonArray(List.copyOf(s.stuck()))))
        .encode());
    for (Style style : asked.styles()) {
      Optional<String> unavailable = style.unavailable();
      if (unavailable.isPresent()) {
        publish("problem", new JsonObject().put("style", style.name()).put("problem", unavailable.get()).encode());
        continue;
      }
      running++;
      Thread reader = new Thread(() -> read(style), "live-" + style.name());
      reader.setDaemon(true);
      reader.start();
    }
    if (running == 0) {
      end();
    }
  }

  /** On the style's reader thread: starts its JVM, passes its lines on, then its figures. */
  private void read(Style style) {
    StyleProcess.Started started;
    try {
      synchronized (processes) {
        if (stopping) {
          onContext(() -> styleEnded(style, null, "stopped before it started", List.of()));
          return;
        }
        started = StyleProcess.start(style, asked.settings(), true, false);
        processes.add(started.process());
      }
      long pid = started.process().pid();
      onContext(() -> publish("style", new JsonObject().put("style", style.name()).put("pid", pid).encode()));
      try (BufferedReader lines = started.process().inputReader()) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          String read = line;
          if (read.startsWith("{\"style\":")) {
            onContext(() -> publish("batch", read));
          } else {
            onContext(() -> publish("output", new JsonObject().put("style", style.name()).put("line", read).encode()));
          }
        }
      }
      List<String> errors = new ArrayList<>();
      StyleProcess.Outcome outcome = StyleProcess.finish(started, errors::add);
      onContext(() -> styleEnded(style, outcome.report(), outcome.problem(), errors));
    } catch (Exception e) {
      onContext(() -> styleEnded(style, null, "the server could not run it: " + e, List.of()));
    }
  }

  private void styleEnded(Style style, RunReport report, String problem, List<String> errors) {
    errors.forEach(line -> publish("output", new JsonObject().put("style", style.name()).put("line", line)
        .put("error", true).encode()));
    if (report != null) {
      publish("row", new JsonObject().put("style", style.name()).put("paintings", report.paintings())
          .put("seconds", report.nanos() / 1e9).put("threads", report.threads())
          .put("heapMb", report.peakHeap() / 1048576.0).put("dry", report.dry()).put("failed", report.failed())
          .put("timedOut", report.timedOut()).put("status", report.status()).encode());
    } else {
      publish("problem", new JsonObject().put("style", style.name())
          .put("problem", stoppedBecause != null ? "stopped before it painted" : problem).encode());
    }
    if (--running == 0) {
      end();
    }
  }

  private void end() {
    double seconds = (System.nanoTime() - startedAt) / 1e9;
    publish("end", new JsonObject().put("stopped", stoppedBecause != null).put("why", stoppedBecause)
        .put("seconds", seconds).encode());
    ended = true;
    watchers.forEach(HttpServerResponse::end);
    watchers.clear();
    log.println(String.format(Locale.ROOT, "live: run %d %s after %.2f s", id,
        stoppedBecause == null ? "ended" : "stopped (" + stoppedBecause + ")", seconds));
    over.tryComplete();
  }

  /**
   * Tells every style's JVM to stop (as Ctrl-C would: it prints what it has), and kills those that have
   * not stopped {@value #KILL_AFTER_MS} ms later. Completes when every JVM has ended.
   */
  Future<Void> stop(String why) {
    if (ended) {
      return over.future();
    }
    if (stoppedBecause == null) {
      stoppedBecause = why;
      List<Process> started;
      synchronized (processes) {
        stopping = true;
        started = List.copyOf(processes);
      }
      // As Ctrl-C would (SIGTERM on Linux and macOS): through the process handle, which leaves the output
      // open, so that what the style prints as it stops is still read.
      started.forEach(process -> process.toHandle().destroy());
      context.owner().setTimer(KILL_AFTER_MS, timer -> started.stream().filter(Process::isAlive)
          .forEach(process -> process.toHandle().destroyForcibly()));
    }
    return over.future();
  }

  /** Streams the run to {@code response}: what happened so far (after {@code Last-Event-ID}), then as it comes. */
  void watch(HttpServerRequest request, HttpServerResponse response) {
    int after = 0;
    try {
      String last = request.getHeader("Last-Event-ID");
      after = last == null ? 0 : Math.max(0, Math.min(frames.size(), Integer.parseInt(last.strip())));
    } catch (NumberFormatException e) {
      after = 0; // a malformed Last-Event-ID: from the start
    }
    response.putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream; charset=utf-8")
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").setChunked(true);
    StringBuilder replay = new StringBuilder("retry: 1000\n\n");
    for (int i = after; i < frames.size(); i++) {
      replay.append(frames.get(i));
    }
    if (ended) {
      response.end(replay.toString());
      return;
    }
    response.write(replay.toString());
    watchers.add(response);
    if (orphanTimer >= 0) {
      context.owner().cancelTimer(orphanTimer);
      orphanTimer = -1;
    }
    response.closeHandler(closed -> {
      watchers.remove(response);
      if (watchers.isEmpty() && !ended && orphanTimer < 0) {
        orphanTimer = context.owner().setTimer(ORPHAN_MS, timer -> {
          orphanTimer = -1;
          if (watchers.isEmpty()) {
            stop("nobody was watching: the page was closed");
          }
        });
      }
    });
  }

  private void publish(String event, String data) {
    String frame = "id: " + (frames.size() + 1) + "\nevent: " + event + "\ndata: " + data + "\n\n";
    frames.add(frame);
    Buffer buffer = Buffer.buffer(frame);
    for (HttpServerResponse watcher : List.copyOf(watchers)) {
      if (watcher.writeQueueFull()) {
        // A watcher that cannot keep up is let go; its page reconnects and resumes where it was.
        watchers.remove(watcher);
        watcher.reset();
      } else {
        watcher.write(buffer);
      }
    }
  }

  private void onContext(Runnable task) {
    context.runOnContext(v -> task.run());
  }
}
