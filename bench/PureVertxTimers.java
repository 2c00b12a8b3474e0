import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;

/**
 * The floor under the event-loop styles: the same polling (2 s to dry, a check every 500 ms, no CPU
 * work) with nothing but one Vert.x timer per check on one event loop; no canvas, no timeline, no
 * futures. {@code java -cp tour/target/tour.jar bench/PureVertxTimers.java 1000000}
 */
public class PureVertxTimers {

  static void checkUntilDry(Vertx vertx, long painted, Runnable whenDry) {
    if (System.nanoTime() - painted >= 2_000_000_000L) {
      whenDry.run();
    } else {
      vertx.timer(500).onSuccess(fired -> checkUntilDry(vertx, painted, whenDry));
    }
  }

  public static void main(String[] args) throws Exception {
    int paintings = Integer.parseInt(args[0]);
    Vertx vertx = Vertx.vertx();
    Promise<Void> allDry = Promise.promise();
    int[] left = {paintings};
    long start = System.nanoTime();
    vertx.runOnContext(go -> {
      for (int i = 0; i < paintings; i++) {
        checkUntilDry(vertx, System.nanoTime(), () -> {
          if (--left[0] == 0) {
            allDry.complete();
          }
        });
      }
    });
    allDry.future().await(5, TimeUnit.MINUTES);
    System.out.printf("Vert.x timers alone: %d paintings in %.2f s%n", paintings, (System.nanoTime() - start) / 1e9);
    vertx.close().await();
  }
}
