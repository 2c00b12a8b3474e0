package paint.sequential;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import paint.common.Runner;
import paint.common.Settings;
import paint.common.Settings.BadOption;

/** Runs the sidebar, a thread per painting: {@code ./mvnw -q -pl 01-sequential -am compile exec:java@threads}. */
public final class ThreadsMain {

  /** Threads kept free for the JVM and the rest of the machine. */
  static final int HEADROOM = 2_000;

  private ThreadsMain() { }

  public static void main(String[] args) {
    runner().main(args);
  }

  static Runner runner() {
    return Runner.blocking("threads", PaintOnThreads::paintAll).check(ThreadsMain::refuseTooManyThreads);
  }

  /** Refuses more paintings than the machine can have threads. */
  static void refuseTooManyThreads(Settings settings) throws BadOption {
    long limit = threadLimit() - HEADROOM;
    if (settings.paintings() > limit) {
      throw new BadOption("--paintings " + settings.paintings() + ": one thread per painting needs "
          + settings.paintings() + " threads, and this machine allows about " + limit
          + " more (see /proc/sys/kernel/threads-max, pid_max and vm/max_map_count)");
    }
  }

  /** The most threads this machine lets one process start, from the Linux limits we can read. */
  static long threadLimit() {
    long limit = Long.MAX_VALUE;
    limit = Math.min(limit, read("/proc/sys/kernel/threads-max"));
    limit = Math.min(limit, read("/proc/sys/kernel/pid_max"));
    limit = Math.min(limit, read("/proc/sys/vm/max_map_count") / 2); // a stack and its guard page
    return limit == Long.MAX_VALUE ? 32_768 : limit;
  }

  private static long read(String file) {
    try {
      return Long.parseLong(Files.readAllLines(Path.of(file)).get(0).trim());
    } catch (IOException | RuntimeException e) {
      return Long.MAX_VALUE;
    }
  }
}
