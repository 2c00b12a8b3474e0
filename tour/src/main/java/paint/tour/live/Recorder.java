package paint.tour.live;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import paint.common.CanvasEvents;
import paint.common.Settings;

/**
 * The live page's listener, in the style's own JVM: it hears every canvas event beside the timeline, and
 * a thread of its own writes what changed, every {@value #EVERY_MS} ms, as one line of JSON on standard
 * output, where the server reads it. An event only stores a few numbers: a run of 100,000 paintings
 * makes about 700,000 of them, and being watched must not slow it down.
 *
 * <p>A line: {@code {"style":"callbacks","t":512.3,"lanes":true,"counts":[not started, painting, wet, dry,
 * failed, timed out],"threads":[[index,"name"]],"work":[[index, checks, paints, doing, canvas]],
 * "marks":[[canvas, microseconds, "P", index]]}}. {@code t} is milliseconds since the canvases were
 * made, as the timeline counts them; {@code threads} names the threads first seen since the line
 * before; {@code work} gives each thread's checks and paints since the line before and what it did
 * last; {@code marks} (with {@code lanes} only: a few hundred canvases at most) gives every event:
 * P paint started, E paint on, o checked (still wet), D dry, X failed, T timed out. The last line
 * has {@code "end":true}.
 */
public final class Recorder implements CanvasEvents {

  /** How often a line is written. */
  static final long EVERY_MS = 50;

  /** Up to this many canvases, the page draws a lane per canvas, and every event is sent... */
  static final int LANES = 200;

  /** ... unless the run would make more marks than this (a short poll, a long drying time). */
  static final long MARKS = 50_000;

  /** Threads named one by one; beyond these, threads are counted by kind ({@code painter-*}). */
  static final int NAMED_THREADS = 16;

  /** What a canvas is: its state in {@link #state}, in the order of {@code counts}. */
  static final byte NOT_STARTED = 0;
  static final byte PAINTING = 1;
  static final byte WET = 2;
  static final byte DRY = 3;
  static final byte FAILED = 4;
  static final byte TIMED_OUT = 5;

  /** What a thread did last, in {@code work}: painting, painted, checked (wet), checked (dry), failed, timed out. */
  static final int DID_PAINT = 1;
  static final int DID_PAINT_END = 2;
  static final int DID_CHECK_WET = 3;
  static final int DID_CHECK_DRY = 4;
  static final int DID_FAIL = 5;
  static final int DID_TIME_OUT = 6;

  /** A thread, or a kind of thread, as the page names it and colours its marks. */
  static final class Worker {
    final int index;
    final String name;
    final AtomicLong checks = new AtomicLong();
    final AtomicLong paints = new AtomicLong();
    final AtomicLong did = new AtomicLong(); // what it did last << 32 | the canvas
    boolean announced; // the flusher's own fields, from here on
    long checksSent;
    long paintsSent;
    long didSent;

    Worker(int index, String name) {
      this.index = index;
      this.name = name;
    }
  }

  private record Mark(int canvas, long nanos, char kind, int worker) { }

  private final String style;
  private final PrintStream out;
  private final Object lock = new Object();
  private final List<Worker> workers = new ArrayList<>();
  private final Map<String, Worker> byName = new HashMap<>();
  private final ThreadLocal<Worker> worker = ThreadLocal.withInitial(this::workerOfThisThread);
  private final ConcurrentLinkedQueue<Mark> marks = new ConcurrentLinkedQueue<>();
  private volatile byte[] state;
  private volatile boolean lanes;
  private long start;
  private Thread flusher;
  private long lastLine;
  private int[] countsSent = new int[0];

  /** A recorder for {@code style}'s run that writes its lines to {@code out}. */
  public Recorder(String style, PrintStream out) {
    this.style = style;
    this.out = out;
  }

  /** Called when the canvases are made: the clock starts, lines start to flow; returns the listener. */
  public CanvasEvents watch(Settings settings) {
    int paintings = settings.paintings();
    long marksPerCanvas = settings.timeout().toMillis() / Math.max(1, settings.poll().toMillis()) + 4;
    lanes = paintings <= LANES && paintings * marksPerCanvas <= MARKS;
    state = new byte[paintings + 1];
    start = System.nanoTime();
    long every = Math.max(EVERY_MS, paintings / 20_000); // a scan of 10 million canvases every 50 ms is too many
    flusher = new Thread(() -> {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          Thread.sleep(every);
          flush(false);
        }
      } catch (InterruptedException e) {
        // close() stops the lines
      }
    }, "live-recorder");
    flusher.setDaemon(true);
    flusher.start();
    return this;
  }

  /** Stops the lines, after a last one that says the run has ended. */
  public void close() {
    if (flusher == null) {
      return; // the run ended before it made its canvases: nothing was watched
    }
    flusher.interrupt();
    try {
      flusher.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // Ctrl-C meanwhile: the last line still goes out
    }
    flush(true);
  }

  // The events, on the threads that paint and check: a few stores each.

  @Override
  public void paintStarted(int n) {
    Worker w = worker.get();
    state[n] = PAINTING;
    w.paints.incrementAndGet();
    w.did.lazySet((long) DID_PAINT << 32 | n);
    mark(n, 'P', w);
  }

  @Override
  public void paintEnded(int n) {
    Worker w = worker.get();
    state[n] = WET;
    w.did.lazySet((long) DID_PAINT_END << 32 | n);
    mark(n, 'E', w);
  }

  @Override
  public void checked(int n, boolean dry) {
    Worker w = worker.get();
    if (dry) {
      state[n] = DRY;
    }
    w.checks.incrementAndGet();
    w.did.lazySet((long) (dry ? DID_CHECK_DRY : DID_CHECK_WET) << 32 | n);
    mark(n, dry ? 'D' : 'o', w);
  }

  @Override
  public void failed(int n, Throwable error) {
    Worker w = worker.get();
    boolean timedOut = error instanceof TimeoutException;
    if (state[n] < DRY) { // a canvas keeps its first outcome, as the timeline does
      state[n] = timedOut ? TIMED_OUT : FAILED;
    }
    w.did.lazySet((long) (timedOut ? DID_TIME_OUT : DID_FAIL) << 32 | n);
    mark(n, timedOut ? 'T' : 'X', w);
  }

  private void mark(int n, char kind, Worker w) {
    if (lanes) {
      marks.add(new Mark(n, System.nanoTime() - start, kind, w.index));
    }
  }

  /** The first {@value #NAMED_THREADS} threads by name, the others by kind: their name without its number. */
  private Worker workerOfThisThread() {
    String name = Thread.currentThread().getName();
    synchronized (lock) {
      Worker known = byName.get(name);
      if (known != null) {
        return known;
      }
      String key = workers.size() < NAMED_THREADS ? name : kind(name);
      Worker w = byName.get(key);
      if (w == null) {
        w = new Worker(workers.size(), key);
        workers.add(w);
        byName.put(key, w);
      }
      return w;
    }
  }

  /** {@code painter-*} for {@code painter-17}: what threads of one kind share. */
  static String kind(String name) {
    int end = name.length();
    while (end > 0 && Character.isDigit(name.charAt(end - 1))) {
      end--;
    }
    return name.isEmpty() ? "(unnamed threads)" : name.substring(0, end) + "*";
  }

  // The lines, on the recorder's own thread.

  private void flush(boolean end) {
    byte[] states = state;
    int[] counts = new int[6];
    for (int n = 1; n < states.length; n++) {
      counts[states[n]]++;
    }
    StringBuilder line = new StringBuilder(256);
    long now = System.nanoTime() - start;
    line.append("{\"style\":").append(quote(style))
        .append(",\"t\":").append(now / 1_000_000).append('.').append(now / 100_000 % 10)
        .append(",\"lanes\":").append(lanes)
        .append(",\"counts\":[");
    for (int i = 0; i < counts.length; i++) {
      line.append(i == 0 ? "" : ",").append(counts[i]);
    }
    line.append(']');
    boolean changed = !java.util.Arrays.equals(counts, countsSent);
    countsSent = counts;
    List<Worker> all;
    synchronized (lock) {
      all = new ArrayList<>(workers);
    }
    StringBuilder names = new StringBuilder();
    StringBuilder work = new StringBuilder();
    for (Worker w : all) {
      if (!w.announced) {
        w.announced = true;
        names.append(names.length() == 0 ? "" : ",").append('[').append(w.index).append(',').append(quote(w.name))
            .append(']');
      }
      long checks = w.checks.get();
      long paints = w.paints.get();
      long did = w.did.get();
      if (checks != w.checksSent || paints != w.paintsSent || did != w.didSent) {
        work.append(work.length() == 0 ? "" : ",").append('[').append(w.index).append(',')
            .append(checks - w.checksSent).append(',').append(paints - w.paintsSent).append(',')
            .append(did >>> 32).append(',').append((int) did).append(']');
        w.checksSent = checks;
        w.paintsSent = paints;
        w.didSent = did;
      }
    }
    if (names.length() > 0) {
      line.append(",\"threads\":[").append(names).append(']');
    }
    if (work.length() > 0) {
      line.append(",\"work\":[").append(work).append(']');
    }
    if (lanes && !marks.isEmpty()) {
      line.append(",\"marks\":[");
      boolean first = true;
      for (Mark mark = marks.poll(); mark != null; mark = marks.poll()) {
        line.append(first ? "" : ",").append('[').append(mark.canvas()).append(',').append(mark.nanos() / 1000)
            .append(",\"").append(mark.kind()).append("\",").append(mark.worker()).append(']');
        first = false;
      }
      line.append(']');
      changed = true;
    }
    if (end) {
      line.append(",\"end\":true");
    }
    line.append('}');
    // Nothing new: say nothing, but say the time once a second, so that the page's clock stays right.
    if (!changed && names.length() == 0 && work.length() == 0 && !end && now - lastLine < 1_000_000_000L) {
      return;
    }
    lastLine = now;
    out.println(line);
    if (out.checkError()) {
      // Standard output is gone: the server that started this JVM has ended. Nobody is watching any more,
      // and nobody would see the run end: stop here rather than paint for no one.
      Runtime.getRuntime().halt(1);
    }
  }

  /** {@code text} as a JSON string. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
