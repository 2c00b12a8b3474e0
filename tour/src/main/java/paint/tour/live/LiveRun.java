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
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import paint.common.Settings;
import paint.stage.Options;
import paint.stage.Style;
import paint.tour.style.Recorder;
import paint.tour.style.RunReport;
import paint.tour.style.StyleProcess;

/**
 * One run of the page: every style it asked for, each in a JVM of its own, all at once, and what they do
 * as Server-Sent Events, kept from the start so that a page that joins late (or reconnects) misses
 * nothing.
 *
 * <p>The event loop never waits for a JVM: a thread of the run's own per style starts its JVM, reads its
 * lines and waits for its end, and hands each of them to the server's context ({@code runOnContext}), where
 * everything else happens; stopping a JVM, and killing it when it does not stop, happens on a worker
 * ({@code executeBlocking}). Nothing is locked: the context alone keeps the run's state.
 *
 * <p>The events: {@code start} (the styles, the command, what the page needs to draw), {@code style} (a JVM
 * started), {@code batch} (a line of a style's {@link Recorder}), {@code output} (a line the style printed),
 * {@code row} (a style's {@link RunReport#figures()}, when it ends) or {@code problem} (why a style did not
 * run), and {@code end}.
 */
final class LiveRun {

  /** How long a run goes on with nobody watching, once someone did: a page reloaded comes back in time. */
  static final long ORPHAN_MS = 3_000;

  /** What starts a style's JVM: {@link StyleProcess#start}, or a test's own. */
  @FunctionalInterface
  interface Starter {
    StyleProcess.Started start(Style style, Settings settings) throws IOException;
  }

  /** The starter of the real thing: a JVM that streams its events on its standard output. */
  static final Starter JVM = (style, settings) -> StyleProcess.start(style, settings, true, false);

  private final int id;
  private final String command;
  private final PageOptions.Parsed asked;
  private final Context context;
  private final PrintStream log;
  private final Starter starter;
  private final Map<Style, String> unavailable;
  private final List<String> frames = new ArrayList<>();
  private final Set<HttpServerResponse> watchers = new LinkedHashSet<>();
  private final List<Process> processes = new ArrayList<>();
  private final Promise<Void> over = Promise.promise();
  private final long startedAt = System.nanoTime();
  private volatile boolean stopping; // also read by the readers: a style not started yet is not started then
  private String stoppedBecause;
  private int running;
  private boolean ended;
  private long orphanTimer = -1;

  /**
   * Run {@code id} of what the page {@code asked}, on the server's {@code context}; {@code tour} is the tour's
   * command, {@code unavailable} says why a style cannot run in this JVM.
   */
  LiveRun(int id, String tour, PageOptions.Parsed asked, Context context, PrintStream log, Starter starter,
      Map<Style, String> unavailable) {
    this.id = id;
    this.asked = asked;
    this.context = context;
    this.log = log;
    this.starter = starter;
    this.unavailable = unavailable;
    this.command = command(tour, asked);
  }

  int id() {
    return id;
  }

  boolean ended() {
    return ended;
  }

  /** The same run on the command line, one style after another instead of all at once. */
  String command() {
    return command;
  }

  private static String command(String tour, PageOptions.Parsed asked) {
    List<String> args = new ArrayList<>();
    if (!asked.styles().equals(Style.defaults())) {
      asked.styles().forEach(style -> args.add("--style " + style.name()));
    }
    args.addAll(Options.toArgs(asked.settings()));
    return tour + " " + String.join(" ", args);
  }

  /** Starts every style's JVM, each from a thread of its own that then reads it. */
  void start() {
    log.println("live: run " + id + ": " + command);
    JsonArray styles = new JsonArray();
    asked.styles().forEach(style -> styles.add(new JsonObject().put("name", style.name())
        .put("module", style.module()).put("idea", style.idea())));
    Settings s = asked.settings();
    publish("start", new JsonObject().put("run", id).put("styles", styles).put("command", command)
        .put("paintings", s.paintings()).put("lanes", Recorder.drawsLanes(s))
        .put("spanMs", s.dry().plus(s.poll()).toMillis()).encode()); // a canvas takes a drying time and a poll, at least
    for (Style style : asked.styles()) {
      if (unavailable.containsKey(style)) {
        publish("problem", new JsonObject().put("style", style.name()).put("problem", unavailable.get(style)).encode());
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

  /** On the style's own thread: starts its JVM, passes its lines on, then its figures. */
  private void read(Style style) {
    if (stopping) {
      onContext(() -> styleEnded(style, null, "stopped before it started", List.of()));
      return;
    }
    StyleProcess.Started started;
    try {
      started = starter.start(style, asked.settings());
    } catch (IOException | RuntimeException e) {
      onContext(() -> styleEnded(style, null, "the server could not start it: " + e, List.of()));
      return;
    }
    Process process = started.process();
    onContext(() -> adopt(style, process));
    try (BufferedReader lines = process.inputReader()) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String read = line;
        if (Recorder.wrote(read)) {
          onContext(() -> publish("batch", read));
        } else {
          onContext(() -> publish("output", new JsonObject().put("style", style.name()).put("line", read).encode()));
        }
      }
      List<String> errors = new ArrayList<>();
      StyleProcess.Outcome outcome = StyleProcess.finish(started, errors::add);
      onContext(() -> styleEnded(style, outcome.report(), outcome.problem(), errors));
    } catch (IOException | InterruptedException | RuntimeException e) {
      StyleProcess.stop(process); // nobody reads it any more: it ends here
      try {
        StyleProcess.forget(started);
      } catch (IOException ignored) {
        // a temporary file left behind: the report of the problem matters more
      }
      onContext(() -> styleEnded(style, null, "the server lost it: " + e, List.of()));
    }
  }

  /** A JVM has started: it is the run's to stop, at once if the run was stopped meanwhile. */
  private void adopt(Style style, Process process) {
    processes.add(process);
    publish("style", new JsonObject().put("style", style.name()).put("pid", process.pid()).encode());
    if (stoppedBecause != null) {
      stopJvm(process);
    }
  }

  private void styleEnded(Style style, RunReport report, String problem, List<String> errors) {
    errors.forEach(line -> publish("output", new JsonObject().put("style", style.name()).put("line", line)
        .put("error", true).encode()));
    if (report != null) {
      publish("row", report.figures().encode());
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
   * not stopped {@value StyleProcess#KILL_AFTER_MS} ms later. Completes when every JVM has ended.
   */
  Future<Void> stop(String why) {
    if (ended) {
      return over.future();
    }
    if (stoppedBecause == null) {
      stoppedBecause = why;
      stopping = true;
      processes.forEach(this::stopJvm);
    }
    return over.future();
  }

  /** Stops one JVM, on a worker: the signal, and the wait before it is killed, are not the event loop's. */
  private void stopJvm(Process process) {
    context.executeBlocking(() -> {
      StyleProcess.stop(process);
      return null;
    }, false);
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
