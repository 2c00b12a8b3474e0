package paint.eventbus.stage;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.MessageCodec;
import java.nio.charset.StandardCharsets;
import paint.common.Canvas;
import paint.common.Settings;
import paint.stage.BadOption;
import paint.stage.Options;

/**
 * How a {@link Canvas} travels on the event bus, registered as its default codec.
 *
 * <p>In one JVM, a message's body is handed over as it is ({@link #transform} returns the canvas itself):
 * the painter paints the very canvas the sender made, and its events go straight to the run's timeline.
 *
 * <p>Between JVMs, only what a codec writes travels: the canvas's number, the settings of its run (in
 * the command line's words), where its events go back to, and when it left. The JVM that receives it
 * makes a canvas of its own from them, whose events ({@link Reporter}) go back over the event bus to the
 * painting JVM's {@link Relay}, which puts them on the run's timeline with their thread and their time.
 * In a cluster, a canvas painted in the JVM that sent it takes the same road, so that every painter is
 * named by its node alike.
 */
public final class CanvasCodec implements MessageCodec<Canvas, Canvas> {

  private static final String NAME = "canvas";

  private final Node node;
  private String lastSettings;
  private Settings lastDecoded;

  /** The codec of a Vert.x that is not clustered: a canvas is handed over as it is. */
  public CanvasCodec() {
    this(null);
  }

  /** The codec of a clustered node; its {@code node} knows where this JVM's events go. */
  CanvasCodec(Node node) {
    this.node = node;
  }

  @Override
  public void encodeToWire(Buffer buffer, Canvas canvas) {
    if (node == null || node.relayAddress() == null) {
      throw new IllegalStateException("only a painting JVM of a cluster sends canvases to another JVM");
    }
    buffer.appendInt(canvas.number());
    write(buffer, String.join(" ", Options.toArgs(canvas.settings())));
    write(buffer, node.relayAddress());
    buffer.appendLong(System.nanoTime());
  }

  @Override
  public Canvas decodeFromWire(int pos, Buffer buffer) {
    long receivedAt = System.nanoTime();
    int number = buffer.getInt(pos);
    pos += 4;
    String settings = read(buffer, pos);
    pos += 4 + settings.getBytes(StandardCharsets.UTF_8).length;
    String relay = read(buffer, pos);
    pos += 4 + relay.getBytes(StandardCharsets.UTF_8).length;
    long sentAt = buffer.getLong(pos);
    return new Canvas(number, settings(settings),
        new Reporter(node, relay, receivedAt - sentAt));
  }

  @Override
  public Canvas transform(Canvas canvas) {
    if (node == null) {
      return canvas;
    }
    Buffer buffer = Buffer.buffer();
    encodeToWire(buffer, canvas);
    return decodeFromWire(0, buffer);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public byte systemCodecID() {
    return -1; // a user codec
  }

  /** The settings written as options: read once per run, not once per canvas. */
  synchronized Settings settings(String options) {
    if (!options.equals(lastSettings)) {
      try {
        lastDecoded = Options.parse(options.split(" "));
      } catch (BadOption e) {
        throw new IllegalArgumentException("a canvas came with settings that do not parse: " + e.getMessage(), e);
      }
      lastSettings = options;
    }
    return lastDecoded;
  }

  static void write(Buffer buffer, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    buffer.appendInt(bytes.length).appendBytes(bytes);
  }

  static String read(Buffer buffer, int pos) {
    int length = buffer.getInt(pos);
    return buffer.getString(pos + 4, pos + 4 + length, "UTF-8");
  }
}
