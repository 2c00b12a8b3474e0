package paint.coroutines;

import io.vertx.core.Context;
import io.vertx.core.Timer;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Mutiny's timeouts, on a Vert.x event loop. {@code ifNoItem().after(..)} asks a
 * {@code ScheduledExecutorService} to fire the timeout later; by default that is Mutiny's own worker
 * pool, so a timed-out painting would be handled on another thread than the rest of it. This one
 * sets a Vert.x timer on the painting's context instead. (The Mutiny Vert.x bindings solve the same
 * problem with a {@code ContextAwareScheduler}.) It does what Mutiny's timeouts need: schedule a
 * task once, and cancel it.
 */
final class EventLoopScheduler extends AbstractExecutorService implements ScheduledExecutorService {

  private final Context context;

  EventLoopScheduler(Context context) {
    this.context = context;
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
    // A Vert.x timer fires on the context of the thread that sets it: Mutiny sets this one where the
    // pipeline is subscribed, which must be the painting's event loop.
    if (Vertx.currentContext() != context) {
      throw new IllegalStateException("subscribe to the painting on its event loop");
    }
    Timer timer = context.owner().timer(Math.max(1, unit.toMillis(delay)), TimeUnit.MILLISECONDS);
    timer.onSuccess(fired -> task.run());
    return new Scheduled(timer);
  }

  @Override
  public void execute(Runnable task) {
    context.runOnContext(now -> task.run());
  }

  /** A Vert.x timer seen as the JDK's {@code ScheduledFuture}, so that Mutiny can cancel it. */
  private record Scheduled(Timer timer) implements ScheduledFuture<Void> {
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      return timer.cancel();
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return timer.getDelay(unit);
    }

    @Override
    public int compareTo(Delayed other) {
      return timer.compareTo(other);
    }

    @Override
    public boolean isCancelled() {
      return timer.failed();
    }

    @Override
    public boolean isDone() {
      return timer.isComplete();
    }

    @Override
    public Void get() {
      throw new UnsupportedOperationException("wait for a timer with a callback, not by blocking");
    }

    @Override
    public Void get(long timeout, TimeUnit unit) {
      return get();
    }
  }

  // What follows is part of the interface but not needed for timeouts.

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> task, long delay, TimeUnit unit) {
    throw new UnsupportedOperationException("only schedule(Runnable, ..) is needed for timeouts");
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, long delay, long period, TimeUnit unit) {
    throw new UnsupportedOperationException("only schedule(Runnable, ..) is needed for timeouts");
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, long delay, long period, TimeUnit unit) {
    throw new UnsupportedOperationException("only schedule(Runnable, ..) is needed for timeouts");
  }

  @Override
  public void shutdown() { }

  @Override
  public List<Runnable> shutdownNow() {
    return List.of();
  }

  @Override
  public boolean isShutdown() {
    return false;
  }

  @Override
  public boolean isTerminated() {
    return false;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return false;
  }
}
