package paint.stage;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import paint.common.Canvas;
import paint.common.CanvasEvents;
import paint.common.Settings;

/**
 * One run of a style, as its {@code Main} sees it: the settings, the canvases (made when the style is
 * ready, which starts the timeline's clock), where the timing wrapper reports, and a wait for
 * asynchronous paintings that gives up instead of hanging.
 */
public final class Run {

  private final String style;
  private final Settings settings;
  private final PrintStream out;
  private final Duration slack;
  private final Function<Settings, CanvasEvents> watcher;
  private final Object styleOptions;
  private final List<MemoryPoolMXBean> heap = heapPools();
  private Timeline timeline;
  private CanvasEvents events;
  private long started;
  private Duration took;

  /**
   * A run that gives up {@code slack} after its drying time and time-out, and whose canvases also report to
   * what {@code watcher} returns when they are made, if not null.
   */
  Run(String style, Settings settings, PrintStream out, Duration slack, Function<Settings, CanvasEvents> watcher) {
    this(style, settings, out, slack, watcher, null);
  }

  /** {@link #Run(String, Settings, PrintStream, Duration, Function)}, with the style's own options, as read. */
  Run(String style, Settings settings, PrintStream out, Duration slack, Function<Settings, CanvasEvents> watcher,
      Object styleOptions) {
    this.style = style;
    this.settings = settings;
    this.out = out;
    this.slack = slack;
    this.watcher = watcher;
    this.styleOptions = styleOptions;
  }

  public Settings settings() {
    return settings;
  }

  /**
   * The style's own options ({@code --painters N}), as the command line gave them, if its {@code main}
   * gave {@link Runner} an object of {@code type} to read them into; else that type's defaults (the tour
   * runs every style with the options that all styles share).
   */
  public <T> T options(Class<T> type) {
    if (type.isInstance(styleOptions)) {
      return type.cast(styleOptions);
    }
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type.getName() + " has no public constructor without arguments", e);
    }
  }

  /**
   * Where the run prints. A style may say something before its canvases are made, in a line that starts
   * with its name as the run's lines do (the cluster says where its logs are).
   */
  public PrintStream out() {
    return out;
  }

  /**
   * Where the canvases of this run report what happens to them (the timeline, and a watcher if there is
   * one), or {@code null} before {@link #canvases()}: a style that paints them in another JVM relays
   * their events here.
   */
  public CanvasEvents events() {
    return events;
  }

  /**
   * The canvases to paint. Call it once what the style needs is ready (Vert.x started), just before
   * the paintings: it prints what the run paints, and the timeline's clock starts here.
   */
  public List<Canvas> canvases() {
    if (timeline != null) {
      throw new IllegalStateException("the canvases of a run are made once");
    }
    out.printf("%s: %d %s, %s to dry, checked every %s%n", style, settings.paintings(),
        settings.paintings() == 1 ? "canvas" : "canvases", Format.duration(settings.dry()),
        Format.duration(settings.poll()));
    out.flush();
    System.gc(); // count only the heap that the paintings use, not what starting the style left behind
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    started = System.nanoTime();
    timeline = new Timeline(settings.paintings());
    if (watcher == null) {
      events = timeline;
      return timeline.canvases(settings);
    }
    CanvasEvents both = new Both(timeline, watcher.apply(settings));
    events = both;
    List<Canvas> canvases = new ArrayList<>(settings.paintings());
    for (int n = 1; n <= settings.paintings(); n++) {
      canvases.add(new Canvas(n, settings, both));
    }
    return canvases;
  }

  /** Two listeners of the canvases: the timeline, and a watcher's (the tour's live page). */
  private record Both(CanvasEvents first, CanvasEvents second) implements CanvasEvents {
    @Override
    public void paintStarted(int n) {
      first.paintStarted(n);
      second.paintStarted(n);
    }

    @Override
    public void paintEnded(int n) {
      first.paintEnded(n);
      second.paintEnded(n);
    }

    @Override
    public void checked(int n, boolean dry) {
      first.checked(n, dry);
      second.checked(n, dry);
    }

    @Override
    public void failed(int n, Throwable error) {
      first.failed(n, error);
      second.failed(n, error);
    }

    @Override
    public CanvasEvents elsewhere(String jvm, String thread, long at) {
      return new Both(first.elsewhere(jvm, thread, at), second.elsewhere(jvm, thread, at));
    }
  }

  /** How long the paintings took: where {@code Timed} reports. */
  public void took(Duration duration) {
    took = duration;
  }

  /**
   * Waits for {@code paintings} to complete and returns their result. Gives up with an
   * {@code IllegalStateException} after {@link #patience}, far more than the paintings need: a
   * painting that nobody completes must end the run, not hang it. The message says what never completed.
   */
  public <T> T await(CompletionStage<T> paintings) throws Exception {
    Duration patience = patience(settings, slack);
    try {
      return paintings.toCompletableFuture().get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("did not finish within " + Format.duration(patience) + ": "
          + (timeline == null ? "a painting never completed" : Format.neverCompleted(timeline, settings.poll())), e);
    }
  }

  /** How long asynchronous paintings may take before the run is declared stuck: far more than they need. */
  public static Duration patience(Settings settings) {
    return patience(settings, Runner.SLACK);
  }

  /** {@link #patience(Settings)}, with {@code slack} instead of a minute: the tests know the run is short. */
  public static Duration patience(Settings settings, Duration slack) {
    long paintNanos = 2 * settings.work() * settings.paintings();
    return settings.timeout().plus(settings.dry()).plus(slack).plusNanos(paintNanos);
  }

  /** The timeline, or {@code null} if the canvases were never made. */
  Timeline timeline() {
    return timeline;
  }

  /** What the timing wrapper reported; without a report, the time since the canvases were made. */
  Duration elapsed() {
    if (took != null) {
      return took;
    }
    return timeline == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - started);
  }

  /** The most heap the paintings had in use: the heap pools' peaks since the canvases were made, summed. */
  long peakHeap() {
    return heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
        .toList();
  }
}
