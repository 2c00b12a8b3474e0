package paint.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import paint.common.Settings;

/**
 * Settings that a blocking style refuses before it starts: nobody should wait hours to learn that one
 * after another is slow, and a thread per painting stops where the operating system does.
 */
public final class Limits {

  /** Longer runs than this are refused by the styles that paint one canvas after another. */
  static final Duration LONGEST_RUN = Duration.ofMinutes(5);

  /** Threads kept free for the JVM and the rest of the machine. */
  static final int HEADROOM = 2_000;

  private Limits() { }

  /** Refuses settings whose paintings, one after another, would take longer than {@link #LONGEST_RUN}. */
  public static void oneAfterAnother(Settings settings) throws BadOption {
    long polls = (settings.dry().toMillis() + settings.poll().toMillis() - 1) / settings.poll().toMillis();
    Duration one = settings.poll().multipliedBy(polls).plusNanos(settings.work());
    Duration all = one.multipliedBy(settings.paintings());
    if (all.compareTo(LONGEST_RUN) > 0) {
      throw new BadOption("--paintings " + settings.paintings() + ": one after another, that takes about "
          + human(all) + "; at most " + LONGEST_RUN.dividedBy(one) + " fit in "
          + human(LONGEST_RUN) + " (the other styles take them all at once)");
    }
  }

  /** Refuses more paintings than the machine can have platform threads. */
  public static void threadPerPainting(Settings settings) throws BadOption {
    long limit = threadLimit() - HEADROOM;
    if (settings.paintings() > limit) {
      throw new BadOption("--paintings " + settings.paintings() + ": one thread per painting needs "
          + settings.paintings() + " threads, and this machine allows about " + limit
          + " more (see /proc/sys/kernel/threads-max, pid_max and vm/max_map_count)");
    }
  }

  /** The most threads this machine lets one process start, from the Linux limits we can read. */
  public static long threadLimit() {
    long limit = Long.MAX_VALUE;
    limit = Math.min(limit, read("/proc/sys/kernel/threads-max"));
    limit = Math.min(limit, read("/proc/sys/kernel/pid_max"));
    limit = Math.min(limit, read("/proc/sys/vm/max_map_count") / 2); // a stack and its guard page
    return limit == Long.MAX_VALUE ? 32_768 : limit;
  }

  static String human(Duration d) {
    if (d.toHours() >= 48) {
      return d.toDays() + " days";
    }
    if (d.toMinutes() >= 120) {
      return d.toHours() + " hours";
    }
    if (d.toSeconds() >= 120) {
      return d.toMinutes() + " minutes";
    }
    return Format.duration(d);
  }

  private static long read(String file) {
    try {
      return Long.parseLong(Files.readAllLines(Path.of(file)).get(0).trim());
    } catch (IOException | RuntimeException e) {
      return Long.MAX_VALUE;
    }
  }
}
