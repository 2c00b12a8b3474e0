package paint.tour;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import paint.stage.Lane;
import paint.stage.Lane.Kind;
import paint.stage.Lane.Mark;
import paint.stage.Runner;
import paint.stage.Timeline;
import paint.stage.Timeline.Outcome;

/**
 * The figures of one run, as the tour collects them from each style's own JVM: how long it took,
 * how many threads painted, how much memory it used, and the lanes of the drawn canvases. Written
 * as {@code key=value} lines by the run, read back by the tour.
 */
public record RunReport(String style, int paintings, long nanos, int threads, long peakHeap, long peakRss,
    long paintNanos, int dry, int failed, int timedOut, int status, List<Lane> lanes) {

  /** The run's duration. */
  Duration elapsed() {
    return Duration.ofNanos(nanos);
  }

  /** Writes the figures of a run that has ended; a run refused before it painted has none. */
  static void write(Path file, String style, Runner.Result result) {
    Timeline timeline = result.timeline();
    if (timeline == null) {
      return;
    }
    List<String> lines = new ArrayList<>(List.of(
        "style=" + style,
        "paintings=" + timeline.paintings(),
        "nanos=" + result.elapsed().toNanos(),
        "threads=" + timeline.threadCount(),
        "peakHeap=" + result.peakHeap(),
        "peakRss=" + residentPeak(),
        "paintNanos=" + timeline.paintNanos(),
        "dry=" + timeline.count(Outcome.DRY),
        "failed=" + timeline.count(Outcome.FAILED),
        "timedOut=" + timeline.count(Outcome.TIMED_OUT),
        "status=" + result.status()));
    for (Lane lane : timeline.lanes()) {
      for (Mark mark : lane.marks()) {
        lines.add("mark=" + lane.canvas() + "," + mark.at() + "," + mark.kind() + "," + mark.thread());
      }
    }
    try {
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads what {@link #write} wrote. */
  static RunReport read(Path file) throws IOException {
    Map<String, String> values = new HashMap<>();
    Map<Integer, List<Mark>> marks = new TreeMap<>();
    for (String line : Files.readAllLines(file)) {
      int eq = line.indexOf('=');
      String key = line.substring(0, eq);
      String value = line.substring(eq + 1);
      if (key.equals("mark")) {
        String[] parts = value.split(",", 4);
        marks.computeIfAbsent(Integer.parseInt(parts[0]), canvas -> new ArrayList<>())
            .add(new Mark(Long.parseLong(parts[1]), Kind.valueOf(parts[2]), parts[3]));
      } else {
        values.put(key, value);
      }
    }
    List<Lane> lanes = marks.entrySet().stream().map(lane -> new Lane(lane.getKey(), lane.getValue())).toList();
    return new RunReport(values.get("style"), Integer.parseInt(values.get("paintings")),
        Long.parseLong(values.get("nanos")), Integer.parseInt(values.get("threads")),
        Long.parseLong(values.get("peakHeap")), Long.parseLong(values.get("peakRss")),
        Long.parseLong(values.get("paintNanos")), Integer.parseInt(values.get("dry")),
        Integer.parseInt(values.get("failed")), Integer.parseInt(values.get("timedOut")),
        Integer.parseInt(values.get("status")), lanes);
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
