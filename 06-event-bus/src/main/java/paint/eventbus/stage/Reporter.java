package paint.eventbus.stage;

import io.vertx.core.buffer.Buffer;
import java.util.concurrent.TimeoutException;
import paint.common.CanvasEvents;

/**
 * The events of a canvas that came from another JVM: each is sent back over the event bus to the
 * painting JVM's {@link Relay}, with the thread that did it, and its time on this JVM's clock. The
 * {@code forward} delay (when it arrived here, minus when it left there, on two clocks) lets the relay
 * tell the two clocks apart.
 */
final class Reporter implements CanvasEvents {

  static final byte PAINT_STARTED = 0;
  static final byte PAINT_ENDED = 1;
  static final byte WET = 2;
  static final byte DRY = 3;
  static final byte FAILED = 4;
  static final byte TIMED_OUT = 5;

  private final Node node;
  private final String relay;
  private final long forward;

  Reporter(Node node, String relay, long forward) {
    this.node = node;
    this.relay = relay;
    this.forward = forward;
  }

  @Override
  public void paintStarted(int n) {
    send(n, PAINT_STARTED, "");
  }

  @Override
  public void paintEnded(int n) {
    send(n, PAINT_ENDED, "");
  }

  @Override
  public void checked(int n, boolean dry) {
    send(n, dry ? DRY : WET, "");
  }

  @Override
  public void failed(int n, Throwable error) {
    send(n, error instanceof TimeoutException ? TIMED_OUT : FAILED, String.valueOf(error.getMessage()));
  }

  private void send(int n, byte kind, String message) {
    Buffer event = Buffer.buffer(128).appendInt(n).appendByte(kind).appendLong(System.nanoTime()).appendLong(forward);
    CanvasCodec.write(event, node.id());
    CanvasCodec.write(event, node.name());
    CanvasCodec.write(event, Thread.currentThread().getName());
    CanvasCodec.write(event, message);
    node.vertx().eventBus().send(relay, event);
  }
}
