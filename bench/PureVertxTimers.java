import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor under the event-loop styles: the same polling (2 s to dry, a check every 500 ms, no CPU
 * work) with nothing but one Vert.x timer per check; no canvas, no timeline, no futures.
 * {@code java -cp tour/target/tour.jar bench/PureVertxTimers.java PAINTINGS [EVENT_LOOPS]}: the
 * paintings are shared between EVENT_LOOPS verticles (default 1), each on an event loop of its own.
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
    int loops = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Vertx vertx = Vertx.vertx();
    Promise<Void> allDry = Promise.promise();
    AtomicInteger left = new AtomicInteger(paintings);
    long start = System.nanoTime();
    vertx.deployVerticle(() -> new VerticleBase() {
      @Override
      public Future<?> start() {
        for (int i = 0; i < paintings / loops; i++) {
          checkUntilDry(vertx, System.nanoTime(), () -> {
            if (left.decrementAndGet() == 0) {
              allDry.complete();
            }
          });
        }
        return Future.succeededFuture();
      }
    }, new DeploymentOptions().setInstances(loops));
    allDry.future().await(5, TimeUnit.MINUTES);
    System.out.printf("Vert.x timers alone, %d event loop(s): %d paintings in %.2f s%n", loops,
        paintings / loops * loops, (System.nanoTime() - start) / 1e9);
    vertx.close().await();
  }
}
