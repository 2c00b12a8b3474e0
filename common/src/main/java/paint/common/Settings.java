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

  /** The talk's settings: 3 paintings, 2 s to dry, a check every 500 ms, about 10 ms of paint. */
  public static Settings defaults() {
    return new Settings(3, Duration.ofSeconds(2), Duration.ofMillis(500), DEFAULT_WORK,
        Duration.ofSeconds(10), new TreeSet<>(), new TreeSet<>());
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
