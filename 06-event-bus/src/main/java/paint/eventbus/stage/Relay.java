package paint.eventbus.stage;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import paint.common.CanvasEvents;

/**
 * In the painting JVM of a cluster: hears the events of its canvases, wherever they are painted
 * ({@link Reporter}), and puts them on the run's timeline with their thread, named after its node, and
 * their time on this JVM's clock. It also keeps which node paints which canvas, so that when a node
 * leaves the cluster the requests it held fail at once, instead of when their time-out fires.
 */
final class Relay {

  /** Where a lost painter's requests are failed: here, where their senders wait for a reply. */
  private static final DeliveryOptions HERE = new DeliveryOptions().setLocalOnly(true);

  private final Vertx vertx;
  private final String here;
  private final Supplier<CanvasEvents> events;
  private final Map<String, Runnable> whenPainting = new ConcurrentHashMap<>();
  private final Map<String, Clock> clocks = new ConcurrentHashMap<>();
  private final Map<String, String> names = new ConcurrentHashMap<>();
  private final Map<Integer, String> painterOf = new ConcurrentHashMap<>();
  private final Map<Integer, String> replyAddressOf = new ConcurrentHashMap<>();

  /** Puts what it hears on {@code events}: the run's listener, once its canvases are made; {@code here} is this node's id. */
  Relay(Vertx vertx, String here, Supplier<CanvasEvents> events) {
    this.vertx = vertx;
    this.here = here;
    this.events = events;
  }

  /** Node {@code id}'s clock is {@code ahead} of this one's, as a round trip of {@code roundTrip} measured it. */
  void heardClock(String id, long ahead, long roundTrip) {
    clocks.computeIfAbsent(id, node -> new Clock()).heard(ahead, roundTrip);
  }

  /** Runs {@code then} once, when the node named {@code name} starts to paint its first canvas. */
  void whenPainting(String name, Runnable then) {
    whenPainting.put(name, then);
  }

  /** An event of a canvas, from the node that paints it. */
  void heard(Message<Buffer> message) {
    long arrivedAt = System.nanoTime();
    Buffer event = message.body();
    int n = event.getInt(0);
    byte kind = event.getByte(4);
    long at = event.getLong(5);
    long forward = event.getLong(13);
    int pos = 21;
    String id = CanvasCodec.read(event, pos);
    pos += 4 + event.getInt(pos);
    String name = CanvasCodec.read(event, pos);
    pos += 4 + event.getInt(pos);
    String thread = CanvasCodec.read(event, pos);
    pos += 4 + event.getInt(pos);
    String failure = CanvasCodec.read(event, pos);

    names.putIfAbsent(id, name);
    long atHere = id.equals(here) ? at : clocks.computeIfAbsent(id, node -> new Clock()).toHere(at, forward, arrivedAt);
    CanvasEvents canvas = events.get().elsewhere(name, thread, atHere);
    switch (kind) {
      case Reporter.PAINT_STARTED -> {
        painterOf.put(n, id);
        canvas.paintStarted(n);
        Runnable then = whenPainting.remove(name);
        if (then != null) {
          then.run();
        }
      }
      case Reporter.PAINT_ENDED -> canvas.paintEnded(n);
      case Reporter.WET -> canvas.checked(n, false);
      case Reporter.DRY -> {
        painterOf.remove(n);
        replyAddressOf.remove(n);
        canvas.checked(n, true);
      }
      case Reporter.TIMED_OUT -> canvas.failed(n, new TimeoutException());
      default -> canvas.failed(n, new IllegalStateException(failure));
    }
  }

  /** Canvas {@code n} is sent as a request, whose reply comes back to {@code replyAddress}. */
  void sending(int n, String replyAddress) {
    replyAddressOf.put(n, replyAddress);
  }

  /**
   * The node {@code id} left the cluster: Vert.x itself would let the requests it held wait for their
   * time-out (only a failure to deliver a {@code ReplyException} fails a request early), so fail them
   * now, with a sentence that names the node. A moment later, not at once: the event bus learns of the
   * departure through Hazelcast's events too, and a request sent again must not go to the lost node.
   */
  void lost(String id) {
    vertx.setTimer(100, later -> painterOf.forEach((n, painter) -> {
      if (painter.equals(id) && painterOf.remove(n, id)) {
        String replyAddress = replyAddressOf.remove(n);
        if (replyAddress != null) {
          vertx.eventBus().send(replyAddress, new ReplyException(ReplyFailure.ERROR, -1, "its painter was lost: "
              + names.getOrDefault(id, "a node") + " left the cluster before it answered"), HERE);
        }
      }
    }));
  }

  /**
   * Another node's clock, told apart from this one's: never compare {@code System.nanoTime()} across
   * machines, each counts from its own start. The hellos before the run measure how far it is ahead, to
   * within half their fastest round trip. A node that joined later is told apart by its events alone: the
   * smallest delay seen each way bounds how far that clock is ahead, as NTP does, though a busy event loop
   * here, which hears the events late, makes that estimate worse.
   */
  static final class Clock {
    private long ahead;
    private long bestRoundTrip = Long.MAX_VALUE;
    private long fastestThere = Long.MAX_VALUE;
    private long fastestBack = Long.MAX_VALUE;

    synchronized void heard(long ahead, long roundTrip) {
      if (roundTrip < bestRoundTrip) {
        bestRoundTrip = roundTrip;
        this.ahead = ahead;
      }
    }

    /** {@code at} on that clock, on this one; {@code forward} and {@code arrivedAt - at} are delays seen each way. */
    synchronized long toHere(long at, long forward, long arrivedAt) {
      if (bestRoundTrip == Long.MAX_VALUE) {
        fastestThere = Math.min(fastestThere, forward);
        fastestBack = Math.min(fastestBack, arrivedAt - at);
        return at - (fastestThere - fastestBack) / 2;
      }
      return at - ahead;
    }
  }
}
