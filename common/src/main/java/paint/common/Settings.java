package paint.common;

import java.time.Duration;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a run is asked to do: how many canvases, how long the paint takes to dry, how often to check
 * it, how much CPU work a painting is, how long to wait for one painting, and which canvases go wrong
 * ({@code --fail K} tears canvas K, {@code --stuck K} never dries). The command line makes it; the
 * lessons only read it.
 */
public record Settings(int paintings, Duration dry, Duration poll, long work, Duration timeout,
    SortedSet<Integer> fail, SortedSet<Integer> stuck) {

  /** Loop iterations in {@link Canvas#paint()}: about 10 ms of CPU on the machines we measured. */
  public static final long DEFAULT_WORK = 11_000_000;

  public Settings {
    fail = Collections.unmodifiableSortedSet(new TreeSet<>(fail));
    stuck = Collections.unmodifiableSortedSet(new TreeSet<>(stuck));
  }

  /** How many drying times a painting has before it times out, unless the run says otherwise. */
  public static final int TIMEOUT_IN_DRYING_TIMES = 5;

  /**
   * The talk's settings: 3 paintings, 2 s to dry, a check every 500 ms, about 10 ms of paint. The command
   * line's defaults are these.
   */
  public static Settings defaults() {
    Duration dry = Duration.ofSeconds(2);
    return new Settings(3, dry, Duration.ofMillis(500), DEFAULT_WORK, defaultTimeout(dry), new TreeSet<>(),
        new TreeSet<>());
  }

  /** The time-out of a painting whose paint dries in {@code dry}, unless the run says otherwise. */
  public static Duration defaultTimeout(Duration dry) {
    return dry.multipliedBy(TIMEOUT_IN_DRYING_TIMES);
  }

  /** Whether canvas {@code number}'s paint throws. */
  public boolean fails(int number) {
    return !fail.isEmpty() && fail.contains(number); // asked a million times: skip the boxing when empty
  }

  /** Whether canvas {@code number} never dries. */
  public boolean isStuck(int number) {
    return !stuck.isEmpty() && stuck.contains(number);
  }
}
