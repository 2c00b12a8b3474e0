package paint.callbacks;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import paint.common.Settings;
import paint.stage.Timeline;
import paint.testing.Expect;
import paint.testing.VertxLog;

/** What goes wrong with callbacks when you are not careful, each shown by a test. */
@ExtendWith(VertxExtension.class)
@org.junit.jupiter.api.Timeout(20)
class PitfallsTest {

  /** An exception thrown inside a callback never reaches the code that set the callback up. */
  @Test
  void anExceptionThrownInACallbackIsLostToTheCaller() throws Exception {
    Vertx vertx = Vertx.vertx();
    try (VertxLog log = VertxLog.capture()) {
      AtomicBoolean caught = new AtomicBoolean();
      Promise<Void> fired = Promise.promise();
      try {
        vertx.setTimer(10, timer -> {
          fired.complete();
          throw new IllegalStateException("canvas 1 tore");
        });
      } catch (IllegalStateException e) {
        caught.set(true); // never happens: setTimer returned long before the callback ran
      }
      fired.future().await(5, TimeUnit.SECONDS);
      vertx.close().await(5, TimeUnit.SECONDS);

      assertThat(caught).isFalse();
      // All Vert.x can do is log it: nobody learns which painting it belonged to.
      assertThat(log.unhandledExceptions()).singleElement().asString().contains("canvas 1 tore");
    }
  }

  /** With an exception handler on Vert.x, such an exception ends the run instead of leaving it waiting. */
  @Test
  @io.vertx.junit5.Timeout(value = 10, timeUnit = TimeUnit.SECONDS)
  void theSafetyNetEndsTheRunOnAnEscapedException(Vertx vertx, VertxTestContext test) throws Exception {
    Settings settings = Expect.settings("--dry", "10s", "--poll", "50ms");
    Future<Void> run = Main.paintAll(vertx, new Timeline(settings.paintings()).canvases(settings), settings);
    vertx.setTimer(100, timer -> {
      throw new IllegalStateException("a bug in a callback");
    });
    run.onComplete(test.failing(error -> test.verify(() -> {
      assertThat(error).hasMessage("a bug in a callback");
      test.completeNow();
    })));
  }

  /** Vert.x's event-loop threads are not daemons: forget to close Vert.x and the process never exits. */
  @Test
  void vertxThreadsKeepTheProcessAliveUntilClosed() throws Exception {
    Vertx vertx = Vertx.vertx();
    Promise<Thread> loop = Promise.promise();
    vertx.runOnContext(go -> loop.complete(Thread.currentThread()));
    Thread eventLoop = loop.future().await(5, TimeUnit.SECONDS);

    assertThat(eventLoop.isDaemon()).isFalse();
    assertThat(eventLoop.isAlive()).isTrue();

    vertx.close().await(5, TimeUnit.SECONDS);
    eventLoop.join(5_000);
    assertThat(eventLoop.isAlive()).isFalse();
  }
}
