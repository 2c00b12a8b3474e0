package paint.tour;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * A PrintStream that a test gives the tour or the server instead of standard output: it keeps the lines,
 * and a test waits for the first one that it wants (a future, never a sleep), or acts on it as it is printed.
 */
public class PrintedLines extends OutputStream {

  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final List<String> lines = new ArrayList<>(); // guarded by this
  private final List<Waiter> waiters = new ArrayList<>(); // guarded by this
  private final PrintStream stream = new PrintStream(this, true, UTF_8);

  private record Waiter(Predicate<String> wanted, CompletableFuture<String> found) { }

  /** The stream to print to. */
  public PrintStream stream() {
    return stream;
  }

  /** The first line (so far, or to come) that {@code wanted} accepts. */
  public synchronized CompletableFuture<String> first(Predicate<String> wanted) {
    for (String printed : lines) {
      if (wanted.test(printed)) {
        return CompletableFuture.completedFuture(printed);
      }
    }
    CompletableFuture<String> found = new CompletableFuture<>();
    waiters.add(new Waiter(wanted, found));
    return found;
  }

  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  /** What happens when {@code printed} is printed, on the printing thread; here, nothing. */
  protected void printed(String printed) { }

  @Override
  public void write(int b) {
    if (b != '\n') {
      line.write(b);
      return;
    }
    String printed = line.toString(UTF_8).replace("\r", "");
    line.reset();
    printed(printed);
    List<CompletableFuture<String>> found = new ArrayList<>();
    synchronized (this) {
      lines.add(printed);
      waiters.removeIf(waiter -> waiter.wanted().test(printed) && found.add(waiter.found()));
    }
    found.forEach(future -> future.complete(printed));
  }
}
