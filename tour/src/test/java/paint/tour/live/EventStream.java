package paint.tour.live;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.core.parsetools.RecordParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A run's event stream as a test reads it, frame by frame as they come (Server-Sent Events over the Vert.x
 * HTTP client): wait for a frame, or for the end; close it as a closed page would.
 */
final class EventStream {

  /** One event: its id, its type, and its data. */
  record Frame(int id, String event, JsonObject data) { }

  private final List<Frame> frames = new ArrayList<>(); // guarded by this
  private final List<Waiter> waiters = new ArrayList<>(); // guarded by this
  private final CompletableFuture<List<Frame>> ended = new CompletableFuture<>();
  private HttpClientRequest request;

  private record Waiter(Predicate<Frame> wanted, CompletableFuture<Frame> found) { }

  /** Opens {@code path} on the server at {@code port}; completes once the response has started. */
  static EventStream open(Vertx vertx, int port, String path) throws Exception {
    EventStream stream = new EventStream();
    HttpClient client = vertx.createHttpClient();
    Future<?> opened = client.request(HttpMethod.GET, port, "127.0.0.1", path).compose(request -> {
      stream.request = request;
      // The handlers are in place before the request goes: a run that has ended answers at once, and whole.
      Future<?> response = request.response().onSuccess(answer -> {
        RecordParser frames = RecordParser.newDelimited("\n\n", buffer -> stream.add(buffer.toString()));
        answer.handler(frames);
        answer.endHandler(end -> stream.end());
        answer.exceptionHandler(stream.ended::completeExceptionally);
      });
      request.end();
      return response;
    });
    opened.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    return stream;
  }

  private void add(String text) {
    int id = 0;
    String event = null;
    String data = null;
    for (String line : text.split("\n")) {
      if (line.startsWith("id: ")) {
        id = Integer.parseInt(line.substring(4));
      } else if (line.startsWith("event: ")) {
        event = line.substring(7);
      } else if (line.startsWith("data: ")) {
        data = line.substring(6);
      }
    }
    if (event == null) {
      return; // retry: the reconnection delay
    }
    Frame frame = new Frame(id, event, new JsonObject(data));
    List<CompletableFuture<Frame>> found = new ArrayList<>();
    synchronized (this) {
      frames.add(frame);
      waiters.removeIf(waiter -> {
        if (waiter.wanted().test(frame)) {
          found.add(waiter.found());
          return true;
        }
        return false;
      });
    }
    found.forEach(f -> f.complete(frame));
  }

  private void end() {
    synchronized (this) {
      waiters.forEach(waiter -> waiter.found().completeExceptionally(new AssertionError(
          "the stream ended without the frame the test waited for: " + frames)));
      waiters.clear();
    }
    ended.complete(frames());
  }

  /** The first frame (so far, or to come) that {@code wanted} accepts. */
  CompletableFuture<Frame> first(Predicate<Frame> wanted) {
    synchronized (this) {
      for (Frame frame : frames) {
        if (wanted.test(frame)) {
          return CompletableFuture.completedFuture(frame);
        }
      }
      if (ended.isDone()) {
        return CompletableFuture.failedFuture(new AssertionError("the stream ended without it: " + frames));
      }
      CompletableFuture<Frame> found = new CompletableFuture<>();
      waiters.add(new Waiter(wanted, found));
      return found;
    }
  }

  /** Every frame, once the server has ended the stream (the run ended). */
  CompletableFuture<List<Frame>> ended() {
    return ended;
  }

  synchronized List<Frame> frames() {
    return List.copyOf(frames);
  }

  /** Closes the connection, as a page that goes away does. */
  void close() {
    request.connection().close();
  }
}
