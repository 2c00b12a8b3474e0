package paint.tour.style;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import paint.common.CanvasEvents;
import paint.common.Settings;
import paint.stage.Lane.Kind;
import paint.stage.Timeline.Outcome;

/**
 * The live page's listener, in the style's own JVM: it hears every canvas event beside the timeline, and
 * a thread of its own writes what changed, every {@value #EVERY_MS} ms, as one line of JSON on standard
 * output, where the server reads it. An event only stores a few numbers: a run of 100,000 paintings
 * makes about 700,000 of them, and being watched must not slow it down.
 *
 * <p>A line: {@code {"style":"callbacks","t":512.3,"lanes":true,"counts":[0,0,3,0,0,0],"threads":[[0,"name"]],
 * "work":[[0,2,0,"o",3]],"marks":[[1,474121,"o",0]]}}. {@code t} is milliseconds since the canvases were
 * made, as the timeline counts them; {@code counts} says how many canvases are in each {@link State};
 * {@code threads} names the threads first seen since the line before, and, for a thread of another JVM (a
 * cluster's painter, whose events were relayed here), that JVM too: {@code [1,"node 2 /
 * vert.x-eventloop-thread-1","node 2"]}; {@code work} gives each thread's
 * checks and paints since the line before, the mark of what it did last and its canvas; {@code marks}
 * (with {@code lanes} only: a few hundred canvases at most) gives every event, in the form of
 * {@link Marks}. The last line has {@code "end":true}.
 */
public final class Recorder implements CanvasEvents {

  /** How often a line is written. */
  static final long EVERY_MS = 50;

  /** Up to this many canvases, the page draws a lane per canvas, and every event is sent... */
  public static final int LANES = 200;

  /** ... unless the run would make more marks than this (a short poll, a long drying time). */
  static final long MARKS = 50_000;

  /** Threads named one by one; beyond these, threads are counted by kind ({@code painter-*}). */
  static final int NAMED_THREADS = 16;

  /** What a canvas is, as the page counts them: {@code counts} in this order. */
  public enum State {
    NOT_STARTED("not started"), PAINTING(Kind.PAINT_START.word()), WET("wet"), DRY(Outcome.DRY.word()),
    FAILED(Outcome.FAILED.word()), TIMED_OUT(Outcome.TIMED_OUT.word());

    private final String word;

    State(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }

    private byte code() {
      return (byte) ordinal();
    }
  }

  private static final Kind[] KINDS = Kind.values();

  /** A thread, or a kind of thread, as the page names it and colours its marks; in another JVM, or null: this one. */
  static final class Worker {
    final int index;
    final String name;
    final String jvm;
    final AtomicLong checks = new AtomicLong();
    final AtomicLong paints = new AtomicLong();
    final AtomicLong did = new AtomicLong(); // the kind of what it did last, plus one, << 32 | the canvas
    boolean announced; // the flusher's own fields, from here on
    long checksSent;
    long paintsSent;
    long didSent;

    Worker(int index, String name, String jvm) {
      this.index = index;
      this.name = name;
      this.jvm = jvm;
    }
  }

  private record Mark(int canvas, long nanos, Kind kind, int worker) { }

  private final String style;
  private final PrintStream out;
  private final Runnable whenUnheard;
  private final Object lock = new Object();
  private final List<Worker> workers = new ArrayList<>();
  private final Map<String, Worker> byName = new HashMap<>();
  private final ThreadLocal<Worker> worker = ThreadLocal.withInitial(
      () -> worker(Thread.currentThread().getName(), null));
  private final ConcurrentLinkedQueue<Mark> marks = new ConcurrentLinkedQueue<>();
  private volatile byte[] state;
  private volatile boolean lanes;
  private long start;
  private Thread flusher;
  private long lastLine;
  private int[] countsSent = new int[0];
  private boolean unheard;

  /**
   * A recorder for {@code style}'s run that writes its lines to {@code out}; once {@code out} is gone (the
   * server that reads it has ended), it runs {@code whenUnheard}, once.
   */
  public Recorder(String style, PrintStream out, Runnable whenUnheard) {
    this.style = style;
    this.out = out;
    this.whenUnheard = whenUnheard;
    new JsonObject().put("style", style).encode(); // loads the JSON library now, before the run's clock starts
  }

  /** Whether a run of {@code settings} gets a lane per canvas, every event sent, or only counts. */
  public static boolean drawsLanes(Settings settings) {
    long marksPerCanvas = settings.timeout().toMillis() / Math.max(1, settings.poll().toMillis()) + 4;
    return settings.paintings() <= LANES && settings.paintings() * marksPerCanvas <= MARKS;
  }

  /** Whether {@code line}, read from a style's output, is one of a recorder's (and not what the style printed). */
  public static boolean wrote(String line) {
    return line.startsWith("{\"style\":");
  }

  /** Called when the canvases are made: the clock starts, lines start to flow; returns the listener. */
  public CanvasEvents watch(Settings settings) {
    int paintings = settings.paintings();
    lanes = drawsLanes(settings);
    state = new byte[paintings + 1];
    start = System.nanoTime();
    long every = Math.max(EVERY_MS, paintings / 20_000); // a scan of 10 million canvases every 50 ms is too many
    flusher = new Thread(() -> {
      try {
        while (!Thread.currentThread().isInterrupted() && !unheard) {
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
    unheard = true; // the run has ended: nothing to stop any more
    flush(true);
  }

  // The events, on the threads that paint and check: a few stores each.

  @Override
  public void paintStarted(int n) {
    paintStarted(worker.get(), n, System.nanoTime() - start);
  }

  @Override
  public void paintEnded(int n) {
    paintEnded(worker.get(), n, System.nanoTime() - start);
  }

  @Override
  public void checked(int n, boolean dry) {
    checked(worker.get(), n, dry, System.nanoTime() - start);
  }

  @Override
  public void failed(int n, Throwable error) {
    failed(worker.get(), n, error, System.nanoTime() - start);
  }

  /**
   * The events of a canvas painted in another JVM (a cluster's), relayed here: by the thread named after that
   * JVM and its own name ({@code node 2 / vert.x-eventloop-thread-1}), at their time on this JVM's clock.
   */
  @Override
  public CanvasEvents elsewhere(String jvm, String thread, long at) {
    Worker w = worker(CanvasEvents.threadName(jvm, thread), jvm);
    long nanos = at - start;
    return new CanvasEvents() {
      @Override
      public void paintStarted(int n) {
        Recorder.this.paintStarted(w, n, nanos);
      }

      @Override
      public void paintEnded(int n) {
        Recorder.this.paintEnded(w, n, nanos);
      }

      @Override
      public void checked(int n, boolean dry) {
        Recorder.this.checked(w, n, dry, nanos);
      }

      @Override
      public void failed(int n, Throwable error) {
        Recorder.this.failed(w, n, error, nanos);
      }
    };
  }

  private void paintStarted(Worker w, int n, long nanos) {
    state[n] = State.PAINTING.code();
    w.paints.incrementAndGet();
    did(w, n, Kind.PAINT_START, nanos);
  }

  private void paintEnded(Worker w, int n, long nanos) {
    state[n] = State.WET.code();
    did(w, n, Kind.PAINT_END, nanos);
  }

  private void checked(Worker w, int n, boolean dry, long nanos) {
    if (dry) {
      state[n] = State.DRY.code();
    }
    w.checks.incrementAndGet();
    did(w, n, dry ? Kind.DRY : Kind.WET, nanos);
  }

  private void failed(Worker w, int n, Throwable error, long nanos) {
    boolean timedOut = error instanceof TimeoutException;
    if (state[n] < State.DRY.code()) { // a canvas keeps its first outcome, as the timeline does
      state[n] = (timedOut ? State.TIMED_OUT : State.FAILED).code();
    }
    did(w, n, timedOut ? Kind.TIMED_OUT : Kind.FAILED, nanos);
  }

  private void did(Worker w, int n, Kind kind, long nanos) {
    w.did.lazySet((long) (kind.ordinal() + 1) << 32 | n);
    if (lanes) {
      marks.add(new Mark(n, nanos, kind, w.index));
    }
  }

  /**
   * The thread named {@code name}, of JVM {@code jvm} (null: this one): the first {@value #NAMED_THREADS}
   * threads by name, the others by kind, their name without its number.
   */
  private Worker worker(String name, String jvm) {
    synchronized (lock) {
      Worker known = byName.get(name);
      if (known != null) {
        return known;
      }
      String key = workers.size() < NAMED_THREADS ? name : kind(name);
      Worker w = byName.get(key);
      if (w == null) {
        w = new Worker(workers.size(), key, jvm);
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
    int[] counts = new int[State.values().length];
    for (int n = 1; n < states.length; n++) {
      counts[states[n]]++;
    }
    long now = System.nanoTime() - start;
    JsonObject line = new JsonObject().put("style", style).put("t", Math.round(now / 100_000.0) / 10.0)
        .put("lanes", lanes).put("counts", new JsonArray(Arrays.stream(counts).boxed().toList()));
    boolean changed = !Arrays.equals(counts, countsSent);
    countsSent = counts;
    // The marks before the threads: a thread is known before it makes its first mark, so that every mark sent
    // names a thread this line or an earlier one announced.
    JsonArray sent = new JsonArray();
    for (Mark mark = marks.poll(); mark != null; mark = marks.poll()) {
      sent.add(Marks.write(mark.canvas(), mark.nanos(), mark.kind(), mark.worker()));
    }
    List<Worker> all;
    synchronized (lock) {
      all = new ArrayList<>(workers);
    }
    JsonArray names = new JsonArray();
    JsonArray work = new JsonArray();
    for (Worker w : all) {
      if (!w.announced) {
        w.announced = true;
        JsonArray thread = new JsonArray().add(w.index).add(w.name);
        names.add(w.jvm == null ? thread : thread.add(w.jvm));
      }
      long checks = w.checks.get();
      long paints = w.paints.get();
      long did = w.did.get();
      if (checks != w.checksSent || paints != w.paintsSent || did != w.didSent) {
        work.add(new JsonArray().add(w.index).add(checks - w.checksSent).add(paints - w.paintsSent)
            .add(did == 0 ? null : String.valueOf(KINDS[(int) (did >>> 32) - 1].mark())).add((int) did));
        w.checksSent = checks;
        w.paintsSent = paints;
        w.didSent = did;
      }
    }
    if (!names.isEmpty()) {
      line.put("threads", names);
    }
    if (!work.isEmpty()) {
      line.put("work", work);
    }
    if (!sent.isEmpty()) {
      line.put("marks", sent);
      changed = true;
    }
    if (end) {
      line.put("end", true);
    }
    // Nothing new: say nothing, but say the time once a second, so that the page's clock stays right.
    if (!changed && names.isEmpty() && work.isEmpty() && !end && now - lastLine < 1_000_000_000L) {
      return;
    }
    lastLine = now;
    out.println(line.encode());
    if (out.checkError() && !unheard) {
      // Standard output is gone: the server that started this JVM has ended, and nobody would see the run.
      // Stop it as Ctrl-C would: it ends, prints what it has (to nobody) and writes its report.
      unheard = true;
      whenUnheard.run();
    }
  }
}
