import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * For comparison with 05-virtual-threads: the same paintings (no CPU work, 2 s to dry, a check every
 * 500 ms) on plain JDK virtual threads with Thread.sleep, without Vert.x. JDK 21+:
 * {@code java bench/PlainVirtualThreads.java 100000}
 */
public class PlainVirtualThreads {
  public static void main(String[] args) throws Exception {
    int paintings = Integer.parseInt(args[0]);
    long start = System.nanoTime();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < paintings; i++) {
        threads.submit(() -> {
          long painted = System.nanoTime();
          while (System.nanoTime() - painted < 2_000_000_000L) {
            Thread.sleep(500);
          }
          return null;
        });
      }
    }
    System.out.printf("plain virtual threads: %d paintings in %.2f s%n", paintings, (System.nanoTime() - start) / 1e9);
  }
}
