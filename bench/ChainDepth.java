import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 04's loop written the other way, measured: {@code untilDry()} as a recursive Mutiny chain,
 * {@code check().chain(dry -> dry ? done : untilDry())}, against 04's {@code repeat().until(..)}.
 * Each check waits on a 1 ms Vert.x timer, bridged as in 04's {@code Paint.sleep}, and the canvas is
 * dry after N checks. Prints whether the loop completes, and how many StackOverflowErrors reached
 * Vert.x's exception handler or Mutiny's dropped-exception handler. The chain's last completion runs
 * up through every level on one stack; when that overflows, the error is thrown inside the timer
 * bridge's {@code CompletionStage.whenComplete}, which keeps it, so the loop hangs with no word
 * ({@code -Xlog:exceptions=info} shows the StackOverflowError). "never completed" means: no outcome
 * 5 s after the last check.
 * {@code java -cp tour/target/tour.jar bench/ChainDepth.java N [chain|repeat]}
 *
 * <p>Not in a learner's copy: its {@code sleep} and its repeat loop are the answers of exercises 04.1 and
 * 04.2, so {@code ./workshop new} leaves this file out.
 */
public class ChainDepth {

  static Uni<Void> sleep(Vertx vertx) {
    return Uni.createFrom().completionStage(() -> vertx.timer(1).toCompletionStage()); // as 04's Paint.sleep
  }

  /** One check: wet (and a wait) until the N-th, which says dry. */
  static Uni<Boolean> check(Vertx vertx, AtomicInteger checksLeft) {
    return checksLeft.decrementAndGet() <= 0 ? Uni.createFrom().item(true) : sleep(vertx).replaceWith(false);
  }

  static Uni<Void> chainLoop(Vertx vertx, AtomicInteger checksLeft) {
    return Uni.createFrom().deferred(() -> check(vertx, checksLeft))
        .chain(dry -> dry ? Uni.createFrom().voidItem() : chainLoop(vertx, checksLeft));
  }

  static Uni<Void> repeatLoop(Vertx vertx, AtomicInteger checksLeft) {
    return Uni.createFrom().deferred(() -> check(vertx, checksLeft))
        .repeat().until(dry -> dry)
        .onItem().ignoreAsUni();
  }

  public static void main(String[] args) throws Exception {
    int checks = Integer.parseInt(args[0]);
    boolean chain = args.length < 2 || args[1].equals("chain");
    AtomicInteger overflows = new AtomicInteger();
    io.smallrye.mutiny.infrastructure.Infrastructure.setDroppedExceptionHandler(error -> {
      if (error instanceof StackOverflowError) {
        overflows.incrementAndGet();
      }
    });
    Vertx vertx = Vertx.vertx();
    vertx.exceptionHandler(error -> {
      if (error instanceof StackOverflowError) {
        overflows.incrementAndGet();
      }
    });
    AtomicInteger checksLeft = new AtomicInteger(checks);
    CompletableFuture<String> done = new CompletableFuture<>();
    vertx.runOnContext(start -> (chain ? chainLoop(vertx, checksLeft) : repeatLoop(vertx, checksLeft))
        .subscribe().with(
            ok -> done.complete("completed"),
            error -> done.complete("failed with " + error.getClass().getSimpleName())));
    long started = System.nanoTime();
    String outcome = null;
    int seen = -1;
    while (outcome == null) { // wait while the checks go on; give up 5 s after the last one
      int left = checksLeft.get();
      if (left == seen) {
        outcome = "never completed";
      } else {
        seen = left;
        try {
          outcome = done.get(5, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          // no outcome yet: look again whether the checks moved on
        }
      }
    }
    System.out.printf("%s loop, %d checks (%d made): %s in %.1f s; %d StackOverflowError(s) reported (JDK %s)%n",
        chain ? "chain" : "repeat", checks, checks - Math.max(checksLeft.get(), 0), outcome,
        (System.nanoTime() - started) / 1e9, overflows.get(), Runtime.version().feature());
    vertx.close().await(10, TimeUnit.SECONDS);
  }
}
