package paint.eventbus;

import io.vertx.core.Vertx;
import io.vertx.core.eventbus.ReplyException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import paint.common.Canvas;

/**
 * What went over the event bus of a test, seen by an outbound interceptor: how many times each canvas
 * was sent to {@code paint}, and every answer to those requests, in words. A painter's reply goes out
 * through the interceptors too (vertx-core 5.0.7 {@code EventBusImpl.sendReply}), even one that nobody
 * waits for any more: so a second answer is seen, though the sender only ever gets the first.
 */
final class Traffic {

  /** The canvas of each request, by its reply address. */
  private final Map<String, Integer> canvasOf = new HashMap<>();
  private final Map<Integer, Integer> requests = new HashMap<>();
  private final Map<Integer, List<String>> answers = new HashMap<>();

  private Traffic() { }

  /** Watches what the event bus of {@code vertx} sends from now on. */
  static Traffic on(Vertx vertx) {
    Traffic traffic = new Traffic();
    vertx.eventBus().addOutboundInterceptor(delivery -> {
      traffic.saw(delivery.message().address(), delivery.message().replyAddress(), delivery.body());
      delivery.next();
    });
    return traffic;
  }

  private synchronized void saw(String address, String replyAddress, Object body) {
    if (Paint.PAINT.equals(address) && body instanceof Canvas canvas) {
      requests.merge(canvas.number(), 1, Integer::sum);
      if (replyAddress != null) {
        canvasOf.put(replyAddress, canvas.number());
      }
    } else if (canvasOf.containsKey(address)) {
      answers.computeIfAbsent(canvasOf.get(address), n -> new ArrayList<>()).add(said(body));
    }
  }

  /** How many times canvas {@code n} was sent to a painter. */
  synchronized int requests(int n) {
    return requests.getOrDefault(n, 0);
  }

  /** The answers to canvas {@code n}'s requests, in words, in the order they were sent. */
  synchronized List<String> answers(int n) {
    return List.copyOf(answers.getOrDefault(n, List.of()));
  }

  /** An answer, in words: {@code a success}, or {@code a failure with code 1 and the text "canvas 1 tore"}. */
  static String said(Object body) {
    if (body instanceof ReplyException failure) {
      return "a failure with code " + failure.failureCode() + " and the text \"" + failure.getMessage() + "\"";
    }
    return "a success";
  }
}
