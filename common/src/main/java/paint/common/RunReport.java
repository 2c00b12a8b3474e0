package paint.common;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one run, as the tour collects them from each style's own JVM: how long it took,
 * how many threads painted, how much memory it used, and the marks of the drawn canvases. Written
 * as {@code key=value} lines by the run, read back by the tour.
 */
public record RunReport(String style, int paintings, long nanos, int threads, long peakHeap, long peakRss,
    long paintNanos, int dry, int failed, int timedOut, int status, List<Mark> marks) {

  /** An event on one of the drawn canvases. */
  public record Mark(int canvas, long at, String kind, String thread) { }

  /** The run's duration. */
  public Duration elapsed() {
    return Duration.ofNanos(nanos);
  }

  /** Writes the figures of a run that has ended. */
  static void write(Path file, String style, Timeline timeline, Duration took, long peakHeap, int status)
      throws IOException {
    List<String> lines = new ArrayList<>(List.of(
        "style=" + style,
        "paintings=" + timeline.paintings(),
        "nanos=" + took.toNanos(),
        "threads=" + timeline.threadCount(),
        "peakHeap=" + peakHeap,
        "peakRss=" + residentPeak(),
        "paintNanos=" + timeline.paintNanos(),
        "dry=" + timeline.count(Timeline.Outcome.DRY),
        "failed=" + timeline.count(Timeline.Outcome.FAILED),
        "timedOut=" + timeline.count(Timeline.Outcome.TIMED_OUT),
        "status=" + status));
    for (int n = 1; n <= Math.min(timeline.paintings(), Timeline.DETAILED); n++) {
      for (Timeline.Mark mark : timeline.marks(n)) {
        lines.add("mark=" + n + "," + mark.at() + "," + mark.kind() + "," + mark.thread());
      }
    }
    Files.write(file, lines);
  }

  /** Reads what {@link #write} wrote. */
  public static RunReport read(Path file) throws IOException {
    java.util.Map<String, String> values = new java.util.HashMap<>();
    List<Mark> marks = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      int eq = line.indexOf('=');
      String key = line.substring(0, eq);
      String value = line.substring(eq + 1);
      if (key.equals("mark")) {
        String[] parts = value.split(",", 4);
        marks.add(new Mark(Integer.parseInt(parts[0]), Long.parseLong(parts[1]), parts[2], parts[3]));
      } else {
        values.put(key, value);
      }
    }
    return new RunReport(values.get("style"), Integer.parseInt(values.get("paintings")),
        Long.parseLong(values.get("nanos")), Integer.parseInt(values.get("threads")),
        Long.parseLong(values.get("peakHeap")), Long.parseLong(values.get("peakRss")),
        Long.parseLong(values.get("paintNanos")), Integer.parseInt(values.get("dry")),
        Integer.parseInt(values.get("failed")), Integer.parseInt(values.get("timedOut")),
        Integer.parseInt(values.get("status")), marks);
  }

  /** The heap pools, whose peaks are reset when a run starts and summed when it ends. */
  static List<MemoryPoolMXBean> heapPools() {
    List<MemoryPoolMXBean> pools = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        pools.add(pool);
      }
    }
    return pools;
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
