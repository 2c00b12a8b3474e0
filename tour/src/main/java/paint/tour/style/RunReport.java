package paint.tour.style;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import paint.stage.Lane;
import paint.stage.Lane.Mark;
import paint.stage.Runner;
import paint.stage.Timeline;
import paint.stage.Timeline.Outcome;

/**
 * The figures of one run, as the tour collects them from each style's own JVM: how long it took,
 * how many threads painted, in how many JVMs (a cluster's painters are in JVMs of their own), how much
 * memory it used (the style's JVM's), how its canvases ended, and the lanes of the drawn canvases. Written as JSON by the run, read back by the tour; the live page gets {@link #figures()}.
 */
public record RunReport(String style, int paintings, long nanos, int threads, int jvms, long peakHeap, long peakRss,
    long paintNanos, Map<Outcome, Integer> outcomes, int status, List<Lane> lanes) {

  public RunReport {
    outcomes = Map.copyOf(outcomes);
    lanes = List.copyOf(lanes);
  }

  /** The run's duration. */
  public Duration elapsed() {
    return Duration.ofNanos(nanos);
  }

  /** How many canvases ended with {@code outcome}. */
  public int count(Outcome outcome) {
    return outcomes.getOrDefault(outcome, 0);
  }

  /** How many canvases have no outcome: the run was stopped, or the style lost track of them. */
  public int unsettled() {
    return paintings - outcomes.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Writes the figures of a run that has ended; a run refused before it painted has none. */
  static void write(Path file, String style, Runner.Result result) {
    Timeline timeline = result.timeline();
    if (timeline == null) {
      return;
    }
    long peakRss = residentPeak(); // before the JSON library loads, which would count its own memory
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    for (Outcome outcome : Outcome.values()) {
      outcomes.put(outcome, timeline.count(outcome));
    }
    RunReport report = new RunReport(style, timeline.paintings(), result.elapsed().toNanos(), timeline.threadCount(),
        timeline.jvmCount(), result.peakHeap(), peakRss, timeline.paintNanos(), outcomes, result.status(),
        timeline.lanes());
    boolean interrupted = Thread.interrupted(); // an interrupt would close the file as it is written
    try {
      Files.writeString(file, report.toJson().encode());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Reads what {@link #write} wrote. */
  static RunReport read(Path file) throws IOException {
    JsonObject json = new JsonObject(Files.readString(file));
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    JsonObject counts = json.getJsonObject("outcomes");
    for (Outcome outcome : Outcome.values()) {
      outcomes.put(outcome, counts.getInteger(outcome.name(), 0));
    }
    JsonObject lanes = json.getJsonObject("lanes");
    List<String> threads = lanes.getJsonArray("threads").stream().map(String.class::cast).toList();
    return new RunReport(json.getString("style"), json.getInteger("paintings"), json.getLong("nanos"),
        json.getInteger("threads"), json.getInteger("jvms"), json.getLong("peakHeap"), json.getLong("peakRss"),
        json.getLong("paintNanos"), outcomes, json.getInteger("status"), Marks.read(lanes.getJsonArray("marks"), threads));
  }

  /**
   * The figures, without the lanes: {@code {"style":"callbacks","paintings":3,"nanos":2013000000,"threads":1,
   * "jvms":1,"peakHeap":..,"peakRss":..,"paintNanos":..,"outcomes":{"DRY":3,"FAILED":0,"TIMED_OUT":0},"status":0}}.
   */
  public JsonObject figures() {
    JsonObject counts = new JsonObject();
    for (Outcome outcome : Outcome.values()) {
      counts.put(outcome.name(), count(outcome));
    }
    return new JsonObject().put("style", style).put("paintings", paintings).put("nanos", nanos).put("threads", threads)
        .put("jvms", jvms).put("peakHeap", peakHeap).put("peakRss", peakRss).put("paintNanos", paintNanos)
        .put("outcomes", counts).put("status", status);
  }

  /** The figures and the lanes: {@code "lanes":{"threads":["main"],"marks":[[1,12,"P",0],...]}} (see {@link Marks}). */
  JsonObject toJson() {
    List<String> threads = new ArrayList<>();
    JsonArray marks = new JsonArray();
    for (Lane lane : lanes) {
      for (Mark mark : lane.marks()) {
        if (!threads.contains(mark.thread())) {
          threads.add(mark.thread());
        }
        marks.add(Marks.write(lane.canvas(), mark.at(), mark.kind(), threads.indexOf(mark.thread())));
      }
    }
    return figures().put("lanes", new JsonObject().put("threads", new JsonArray(threads)).put("marks", marks));
  }

  /** The most memory this process has had resident (Linux's VmHWM), in bytes; -1 elsewhere. */
  static long residentPeak() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
