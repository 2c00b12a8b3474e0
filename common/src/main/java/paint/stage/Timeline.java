package paint.stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;
import paint.common.Canvas;
import paint.common.CanvasEvents;
import paint.common.Settings;
import paint.stage.Lane.Kind;
import paint.stage.Lane.Mark;

/**
 * What happened to every canvas, when, and on which thread: painting, each dryness check, and the
 * outcome (dry, failed or timed out).
 *
 * <p>Recording stays cheap at a million canvases: a few numbers per canvas in flat arrays. Only the
 * first {@link #DETAILED} canvases, the ones the chart draws, keep every check as a mark.
 */
public final class Timeline implements CanvasEvents {

  /** How many canvases keep every mark (and get a row on the chart). */
  public static final int DETAILED = 20;

  /** What finally happened to a canvas: the kind of its last mark, whose mark and word it has. */
  public enum Outcome {
    DRY(Kind.DRY), FAILED(Kind.FAILED), TIMED_OUT(Kind.TIMED_OUT);

    /** The words for a canvas without an outcome: a style lost track of it, or the run was stopped. */
    public static final String NONE = "never finished";

    private static final Outcome[] ALL = values();
    private final Kind kind;

    Outcome(Kind kind) {
      this.kind = kind;
    }

    /** The kind of its mark. */
    public Kind kind() {
      return kind;
    }

    /** Its mark on the chart: {@code D}, {@code X} or {@code T}. */
    public char mark() {
      return kind.mark();
    }

    /** How it is said: {@code dry}, {@code failed}, {@code timed out}. */
    public String word() {
      return kind.word();
    }
  }

  private final LongSupplier clock;
  private final long start;
  private final int paintings;
  private final long[] paintStart;
  private final long[] paintEnd;
  private final long[] end;
  private final int[] checks;
  private final long[] lastCheck;
  private final long[] paintThread;
  private final long[] checkThread;
  private final AtomicIntegerArray outcome;
  private final Map<Integer, String> failures = new ConcurrentHashMap<>();
  private final List<List<Mark>> marks = new ArrayList<>();
  private final LongAdder extraOutcomes = new LongAdder();
  private final LongAdder checksAfterOutcome = new LongAdder();
  /** The threads of other JVMs, by name, each with an id of its own (negative: no thread here has one). */
  private final Map<String, Long> foreignThreads = new ConcurrentHashMap<>();
  /** The JVM of each of those threads, by its id. */
  private final Map<Long, String> foreignJvms = new ConcurrentHashMap<>();
  private final AtomicLong foreignThreadIds = new AtomicLong();

  /** A timeline for canvases 1 to {@code paintings}, starting now. */
  public Timeline(int paintings) {
    this(paintings, System::nanoTime);
  }

  /** A timeline that reads the time from {@code clock} (in nanoseconds), for tests. */
  public Timeline(int paintings, LongSupplier clock) {
    this.clock = clock;
    this.start = clock.getAsLong();
    this.paintings = paintings;
    this.paintStart = new long[paintings + 1];
    this.paintEnd = new long[paintings + 1];
    this.end = new long[paintings + 1];
    this.checks = new int[paintings + 1];
    this.lastCheck = new long[paintings + 1];
    this.paintThread = new long[paintings + 1];
    this.checkThread = new long[paintings + 1];
    this.outcome = new AtomicIntegerArray(paintings + 1);
    for (int n = 1; n <= Math.min(paintings, DETAILED); n++) {
      marks.add(Collections.synchronizedList(new ArrayList<>()));
    }
  }

  /** Canvases 1 to {@link #paintings()}, each recording what happens to it here. */
  public List<Canvas> canvases(Settings settings) {
    List<Canvas> canvases = new ArrayList<>(paintings);
    for (int n = 1; n <= paintings; n++) {
      canvases.add(new Canvas(n, settings, this));
    }
    return canvases;
  }

  // What a canvas records: called by Canvas, on whichever thread paints or checks it.

  @Override
  public void paintStarted(int n) {
    paintStarted(n, now(), Thread.currentThread().getId(), Thread.currentThread().getName());
  }

  @Override
  public void paintEnded(int n) {
    paintEnded(n, now(), Thread.currentThread().getName());
  }

  @Override
  public void checked(int n, boolean dry) {
    checked(n, dry, now(), Thread.currentThread().getId(), Thread.currentThread().getName());
  }

  /** Canvas {@code n} went wrong; a {@code TimeoutException} means it timed out. */
  @Override
  public void failed(int n, Throwable error) {
    failed(n, error, now(), Thread.currentThread().getName());
  }

  /**
   * What a canvas painted in another JVM records, relayed here: on the thread named after its JVM and its
   * own name ({@code node 2 / vert.x-eventloop-thread-1}), at its time on this timeline's clock, as if it
   * had happened here.
   */
  @Override
  public CanvasEvents elsewhere(String jvm, String threadThere, long at) {
    String thread = CanvasEvents.threadName(jvm, threadThere);
    long id = foreignThreads.computeIfAbsent(thread, name -> {
      long next = foreignThreadIds.decrementAndGet();
      foreignJvms.put(next, jvm);
      return next;
    });
    long when = at - start;
    return new CanvasEvents() {
      @Override
      public void paintStarted(int n) {
        Timeline.this.paintStarted(n, when, id, thread);
      }

      @Override
      public void paintEnded(int n) {
        Timeline.this.paintEnded(n, when, thread);
      }

      @Override
      public void checked(int n, boolean dry) {
        Timeline.this.checked(n, dry, when, id, thread);
      }

      @Override
      public void failed(int n, Throwable error) {
        Timeline.this.failed(n, error, when, thread);
      }
    };
  }

  private void paintStarted(int n, long at, long threadId, String thread) {
    paintStart[n] = at;
    paintThread[n] = threadId;
    mark(n, at, Kind.PAINT_START, thread);
  }

  private void paintEnded(int n, long at, String thread) {
    paintEnd[n] = at;
    mark(n, at, Kind.PAINT_END, thread);
  }

  private void checked(int n, boolean dry, long at, long threadId, String thread) {
    checks[n]++;
    lastCheck[n] = at;
    checkThread[n] = threadId;
    if (outcome.get(n) != 0) {
      checksAfterOutcome.increment();
    }
    mark(n, at, dry ? Kind.DRY : Kind.WET, thread);
    if (dry) {
      settle(n, Outcome.DRY, at);
    }
  }

  private void failed(int n, Throwable error, long at, String thread) {
    Outcome result = error instanceof TimeoutException ? Outcome.TIMED_OUT : Outcome.FAILED;
    if (settle(n, result, at)) {
      mark(n, at, result.kind(), thread);
      if (result == Outcome.FAILED) {
        failures.put(n, error instanceof InterruptedException ? "interrupted"
            : error instanceof java.util.concurrent.CancellationException ? "cancelled: the run stopped before it ended"
            : error.getMessage() != null ? error.getMessage() : error.toString());
      }
    }
  }

  private boolean settle(int n, Outcome result, long at) {
    if (outcome.compareAndSet(n, 0, result.ordinal() + 1)) {
      end[n] = at;
      return true;
    }
    extraOutcomes.increment();
    return false;
  }

  private void mark(int n, long at, Kind kind, String thread) {
    if (n <= DETAILED) {
      marks.get(n - 1).add(new Mark(at, kind, thread));
    }
  }

  private long now() {
    return clock.getAsLong() - start;
  }

  public int paintings() {
    return paintings;
  }

  /** Canvas {@code n}'s outcome, or {@code null} if it has none (yet). */
  public Outcome outcome(int n) {
    int o = outcome.get(n);
    return o == 0 ? null : Outcome.ALL[o - 1];
  }

  /** How many canvases ended with {@code result}. */
  public int count(Outcome result) {
    int count = 0;
    for (int n = 1; n <= paintings; n++) {
      if (outcome.get(n) == result.ordinal() + 1) {
        count++;
      }
    }
    return count;
  }

  /** How many canvases have no outcome at all: a style that lost track of them. */
  public int unsettled() {
    return paintings - count(Outcome.DRY) - count(Outcome.FAILED) - count(Outcome.TIMED_OUT);
  }

  /** The message of canvas {@code n}'s failure, or {@code null}. */
  public String failure(int n) {
    return failures.get(n);
  }

  /** Nanoseconds from the start of the timeline to canvas {@code n}'s outcome. */
  public long endNanos(int n) {
    return end[n];
  }

  /** Nanoseconds from the start of the timeline to canvas {@code n}'s paint starting (0 if it never started). */
  public long paintStartNanos(int n) {
    return paintStart[n];
  }

  /** Nanoseconds from canvas {@code n}'s paint starting to its outcome. */
  public long lifetimeNanos(int n) {
    return end[n] - paintStart[n];
  }

  /** Nanoseconds from the start of the timeline to canvas {@code n}'s last check (0 if none). */
  public long lastCheckNanos(int n) {
    return lastCheck[n];
  }

  /** Nanoseconds from the start of the timeline to now. */
  public long nowNanos() {
    return now();
  }

  /** Whether canvas {@code n}'s paint started. */
  public boolean paintBegun(int n) {
    return paintStart[n] > 0 || paintThread[n] != 0;
  }

  /** How many times canvas {@code n} was checked. */
  public int checks(int n) {
    return checks[n];
  }

  /** The time spent painting, all canvases added up, in nanoseconds: the CPU work of the run. */
  public long paintNanos() {
    long sum = 0;
    for (int n = 1; n <= paintings; n++) {
      if (paintEnd[n] > 0) {
        sum += paintEnd[n] - paintStart[n];
      }
    }
    return sum;
  }

  /** Outcomes recorded for a canvas that already had one: found dry twice, say. Should be 0. */
  public long extraOutcomes() {
    return extraOutcomes.sum();
  }

  /** Checks made after a canvas already had its outcome: polling that was never stopped. */
  public long checksAfterOutcome() {
    return checksAfterOutcome.sum();
  }

  /** How many distinct threads painted or checked a canvas. */
  public int threadCount() {
    return (int) threadIds().count();
  }

  /**
   * How many JVMs painted or checked a canvas: this one, if a thread of its own did, and each other JVM whose
   * thread's events were relayed here ({@link #elsewhere}).
   */
  public int jvmCount() {
    return (int) threadIds().mapToObj(id -> id > 0 ? "" : foreignJvms.get(id)).distinct().count();
  }

  /** The ids of the threads that painted or checked a canvas, each once; those of other JVMs are negative. */
  private LongStream threadIds() {
    long[] ids = new long[2 * paintings];
    int size = 0;
    for (int n = 1; n <= paintings; n++) {
      if (paintThread[n] != 0) {
        ids[size++] = paintThread[n];
      }
      if (checkThread[n] != 0) {
        ids[size++] = checkThread[n];
      }
    }
    return Arrays.stream(ids, 0, size).distinct();
  }

  /** The names of the threads that painted or checked the drawn canvases, in order of first use. */
  public List<String> threadNames() {
    List<String> names = new ArrayList<>();
    for (Lane lane : lanes()) {
      for (String thread : lane.threads()) {
        if (!names.contains(thread)) {
          names.add(thread);
        }
      }
    }
    return names;
  }

  /** What happened to each drawn canvas (the first {@value #DETAILED}), as the chart draws it. */
  public List<Lane> lanes() {
    List<Lane> lanes = new ArrayList<>();
    for (int n = 1; n <= marks.size(); n++) {
      lanes.add(new Lane(n, snapshot(marks.get(n - 1))));
    }
    return lanes;
  }

  /** What went wrong, as the summary line says it: {@code 1 failed, 1 timed out}; empty if nothing. */
  public String problems() {
    return Format.problems(count(Outcome.FAILED), count(Outcome.TIMED_OUT), unsettled());
  }

  long paintEndNanos(int n) {
    return paintEnd[n];
  }

  private static List<Mark> snapshot(List<Mark> list) {
    synchronized (list) {
      return new ArrayList<>(list);
    }
  }
}
