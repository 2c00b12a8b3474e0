package paint.workshop;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The processes that a process starts while a test watches it, as the operating system lists them
 * ({@link ProcessHandle#descendants()}, every 20 ms): Maven, its test JVM, the learner's runs. No {@code ps}.
 */
final class Spawned implements AutoCloseable {

  private final ProcessHandle parent;
  private final Set<Long> before;
  private final Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();
  private final Thread watcher;
  private volatile boolean watching = true;

  private Spawned(ProcessHandle parent) {
    this.parent = parent;
    this.before = parent.descendants().map(ProcessHandle::pid).collect(java.util.stream.Collectors.toSet());
    this.watcher = new Thread(() -> {
      while (watching) {
        look();
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "watching " + parent.pid());
    watcher.setDaemon(true);
    watcher.start();
  }

  /** Starts watching what {@code parent} starts from now on. */
  static Spawned by(ProcessHandle parent) {
    return new Spawned(parent);
  }

  private void look() {
    parent.descendants().filter(process -> !before.contains(process.pid())).forEach(seen::add);
  }

  /** The processes seen so far. */
  Set<ProcessHandle> seen() {
    look();
    return Set.copyOf(seen);
  }

  /** Stops watching; then each process seen has 10 s to be gone. Returns those still alive, as {@code pid command}. */
  List<String> leftAlive() throws InterruptedException {
    close();
    for (ProcessHandle process : seen) {
      try {
        process.onExit().get(10, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        // still alive: said below
      }
    }
    return seen.stream().filter(ProcessHandle::isAlive)
        .map(process -> process.pid() + " " + process.info().commandLine().orElse("?")).toList();
  }

  @Override
  public void close() throws InterruptedException {
    if (watching) {
      look();
      watching = false;
      watcher.join();
    }
  }
}
