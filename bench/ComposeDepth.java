import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 03-futures' pitfall, measured: a polling loop written as a recursive compose chain,
 * {@code vertx.timer(1).compose(t -> loop(n - 1))}, against 03's Promise loop. Prints whether N steps
 * complete, and how many StackOverflowErrors reached Vert.x's exception handler.
 * {@code java -cp tour/target/tour.jar bench/ComposeDepth.java N [compose|promise]}
 */
public class ComposeDepth {

  static Future<Void> composeLoop(Vertx vertx, int left) {
    return left == 0 ? Future.succeededFuture() : vertx.timer(1).compose(t -> composeLoop(vertx, left - 1));
  }

  static void promiseLoop(Vertx vertx, int left, Promise<Void> done) {
    if (left == 0) {
      done.complete();
    } else {
      vertx.timer(1).onSuccess(t -> promiseLoop(vertx, left - 1, done));
    }
  }

  public static void main(String[] args) throws Exception {
    int steps = Integer.parseInt(args[0]);
    boolean compose = args.length < 2 || args[1].equals("compose");
    Vertx vertx = Vertx.vertx();
    AtomicInteger overflows = new AtomicInteger();
    vertx.exceptionHandler(error -> {
      if (error instanceof StackOverflowError) {
        overflows.incrementAndGet();
      }
    });
    CompletableFuture<Void> done = new CompletableFuture<>();
    vertx.runOnContext(start -> {
      Promise<Void> promise = Promise.promise();
      if (compose) {
        composeLoop(vertx, steps).onComplete(promise);
      } else {
        promiseLoop(vertx, steps, promise);
      }
      promise.future().onComplete(result -> done.complete(null));
    });
    String outcome;
    try {
      done.get(steps * 5L + 5_000, TimeUnit.MILLISECONDS); // 1 ms timers: far more than the steps need
      outcome = "completed";
    } catch (TimeoutException e) {
      outcome = "never completed";
    }
    System.out.printf("%s loop, %d steps: %s; %d StackOverflowError(s) reported (JDK %s)%n",
        compose ? "compose" : "promise", steps, outcome, overflows.get(), Runtime.version().feature());
    vertx.close().await(10, TimeUnit.SECONDS);
  }
}
