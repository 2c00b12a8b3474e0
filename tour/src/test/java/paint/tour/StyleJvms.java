package paint.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The style JVMs that a test started, as the operating system sees them: the JVMs among the descendants of
 * their owner (this JVM, or a tour or server it started), where the tests that use this start nothing else.
 * By the program they run, {@code java}: the JDK reads no more than 4 KB of a command line on Linux, and the
 * class path of a test run is longer. A test asserts that none is left once their owner has ended.
 */
public final class StyleJvms {

  private StyleJvms() { }

  /** The JVMs below {@code owner}, alive now. */
  public static List<ProcessHandle> of(ProcessHandle owner) {
    return owner.descendants().filter(ProcessHandle::isAlive)
        .filter(process -> process.info().command().map(Path::of).map(Path::getFileName).map(Path::toString)
            .filter(name -> name.equals("java") || name.equals("java.exe")).isPresent())
        .toList();
  }

  /** The style JVMs that this JVM started, alive now. */
  public static List<ProcessHandle> ofThisJvm() {
    return of(ProcessHandle.current());
  }

  /**
   * Fails unless each of {@code jvms} has ended within {@code limit}: asked of the OS, each one's exit
   * awaited (no polling), then each one checked by its pid.
   */
  public static void assertAllEnd(List<ProcessHandle> jvms, Duration limit, String after) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    for (ProcessHandle jvm : jvms) {
      try {
        jvm.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        // reported below, with the others
      }
    }
    assertThat(jvms.stream().filter(jvm -> ProcessHandle.of(jvm.pid()).map(ProcessHandle::isAlive).orElse(false))
        .map(ProcessHandle::pid).toList()).as("style JVMs left %s, %s after", after, limit).isEmpty();
  }
}
