import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the time of 06's million paintings goes: the same polling as bench/PureVertxTimers.java (2 s to
 * dry, a check every 500 ms, no CPU work, no canvas, no timeline), the paintings spread over two
 * verticles, and the messages around it, one step at a time.
 * {@code java -cp tour/target/tour.jar bench/RequestCost.java MODE PAINTINGS}, MODE one of:
 * <ul>
 *   <li>{@code timers}: no message; each verticle starts its own half of the paintings.</li>
 *   <li>{@code send}: a message per painting to a painter, and a message back when it is dry: fire and
 *       forget both ways, no reply handler and no time-out.</li>
 *   <li>{@code request}: {@code request} per painting, answered with {@code reply}: a reply handler and a
 *       time-out timer per request, as 06 does (time-out 11.5 s, as 06's with the defaults).</li>
 * </ul>
 */
public class RequestCost {

  static void checkUntilDry(Vertx vertx, long painted, Runnable whenDry) {
    if (System.nanoTime() - painted >= 2_000_000_000L) {
      whenDry.run();
    } else {
      vertx.timer(500).onSuccess(fired -> checkUntilDry(vertx, painted, whenDry));
    }
  }

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    int paintings = Integer.parseInt(args[1]);
    Vertx vertx = Vertx.vertx();
    Promise<Void> allDry = Promise.promise();
    AtomicInteger left = new AtomicInteger(paintings);
    Runnable oneDry = () -> {
      if (left.decrementAndGet() == 0) {
        allDry.tryComplete();
      }
    };
    vertx.eventBus().consumer("done", done -> oneDry.run());
    vertx.deployVerticle(() -> new VerticleBase() {
      @Override
      public Future<?> start() {
        if (mode.equals("timers")) {
          for (int i = 0; i < paintings / 2; i++) {
            checkUntilDry(vertx, System.nanoTime(), oneDry);
          }
          return Future.succeededFuture();
        }
        return vertx.eventBus().<Integer>consumer("paint", message -> checkUntilDry(vertx, System.nanoTime(),
            () -> {
              if (mode.equals("send")) {
                vertx.eventBus().send("done", message.body());
              } else {
                message.reply(null);
              }
            })).completion();
      }
    }, new DeploymentOptions().setInstances(2)).await();

    long start = System.nanoTime();
    DeliveryOptions timeout = new DeliveryOptions().setSendTimeout(11_500);
    vertx.runOnContext(go -> {
      if (mode.equals("send")) {
        for (int i = 0; i < paintings; i++) {
          vertx.eventBus().send("paint", i);
        }
      } else if (mode.equals("request")) {
        for (int i = 0; i < paintings; i++) {
          vertx.eventBus().request("paint", i, timeout).onComplete(reply -> oneDry.run(), allDry::tryFail);
        }
      }
    });
    allDry.future().await();
    System.out.printf("%s: %d paintings in %.2f s%n", mode, paintings, (System.nanoTime() - start) / 1e9);
    vertx.close().await();
  }
}
