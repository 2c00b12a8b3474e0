package paint.tour.style;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import paint.common.CanvasEvents;
import paint.stage.Lane.Kind;
import paint.stage.Options;

/** The recorder in a style's JVM: what its lines say, read back as the page reads them. */
@Timeout(10)
class RecorderTest {

  /** The lines a recorder wrote for {@code paintings} canvases while {@code events} ran. */
  static List<JsonObject> lines(int paintings, java.util.function.Consumer<CanvasEvents> events) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Recorder recorder = new Recorder("test", new PrintStream(out, true, UTF_8), () -> { });
    CanvasEvents listener = recorder.watch(Options.parse("--paintings", String.valueOf(paintings), "--work", "0"));
    events.accept(listener);
    recorder.close();
    return out.toString(UTF_8).lines().map(JsonObject::new).toList();
  }

  /**
   * The first thread that {@code lines} name. Not necessarily in the first line: the recorder also writes on a
   * timer, and on a busy machine its first tick may come before the first event (seen in CI, beside another build).
   */
  static String firstThread(List<JsonObject> lines) {
    return lines.stream().filter(line -> line.containsKey("threads")).findFirst().orElseThrow()
        .getJsonArray("threads").getJsonArray(0).getString(1);
  }

  @Test
  void aFewCanvasesGetEveryMarkAndTheLastLineSaysHowEachEnded() throws Exception {
    List<JsonObject> lines = lines(3, events -> {
      for (int n = 1; n <= 3; n++) {
        events.paintStarted(n);
        events.paintEnded(n);
        events.checked(n, false);
      }
      events.checked(1, true);
      events.failed(2, new IllegalStateException("canvas 2 tore"));
      events.failed(3, new TimeoutException());
      events.failed(1, new TimeoutException()); // too late: canvas 1 was dry
    });

    JsonObject last = lines.get(lines.size() - 1);
    assertThat(last.getBoolean("end")).isTrue();
    assertThat(last.getBoolean("lanes")).isTrue();
    assertThat(last.getJsonArray("counts").stream().toList()).as("not started, painting, wet, dry, failed, timed out")
        .containsExactly(0, 0, 0, 1, 1, 1);
    List<String> marks = new ArrayList<>();
    lines.forEach(line -> line.getJsonArray("marks", new JsonArray()).forEach(m -> marks.add(((JsonArray) m).getInteger(0)
        + ((JsonArray) m).getString(2))));
    assertThat(marks).containsExactly("1P", "1-", "1o", "2P", "2-", "2o", "3P", "3-", "3o", "1D", "2X", "3T", "1T");
    assertThat(Marks.read(lines.stream().flatMap(line -> line.getJsonArray("marks", new JsonArray()).stream())
        .collect(JsonArray::new, JsonArray::add, JsonArray::addAll), List.of("main")).get(1).outcome().kind())
        .as("the marks read back as the run's report reads its own").isEqualTo(Kind.FAILED);
    assertThat(firstThread(lines)).isEqualTo(Thread.currentThread().getName());
    int checks = lines.stream().mapToInt(line -> line.getJsonArray("work", new JsonArray()).stream()
        .mapToInt(w -> ((JsonArray) w).getInteger(1)).sum()).sum();
    assertThat(checks).isEqualTo(4);
  }

  @Test
  void manyCanvasesAreCountedNotMarkedAndManyThreadsByKind() throws Exception {
    List<JsonObject> lines = lines(1_000, events -> {
      List<Thread> painters = new ArrayList<>();
      for (int t = 0; t < 40; t++) {
        int first = t * 25 + 1;
        painters.add(new Thread(() -> {
          for (int n = first; n < first + 25; n++) {
            events.paintStarted(n);
            events.paintEnded(n);
            events.checked(n, true);
          }
        }, "painter-" + t));
      }
      painters.forEach(Thread::start);
      painters.forEach(thread -> {
        try {
          thread.join();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
    });

    JsonObject last = lines.get(lines.size() - 1);
    assertThat(last.getBoolean("lanes")).isFalse();
    assertThat(last.getJsonArray("counts").stream().toList()).containsExactly(0, 0, 0, 1_000, 0, 0);
    assertThat(lines).allMatch(line -> !line.containsKey("marks"));
    List<String> threads = new ArrayList<>();
    lines.forEach(line -> line.getJsonArray("threads", new JsonArray()).forEach(t -> threads.add(((JsonArray) t).getString(1))));
    assertThat(threads).hasSize(Recorder.NAMED_THREADS + 1).contains("painter-*");
    int checks = lines.stream().mapToInt(line -> line.getJsonArray("work", new JsonArray()).stream()
        .mapToInt(w -> ((JsonArray) w).getInteger(1)).sum()).sum();
    assertThat(checks).isEqualTo(1_000);
  }

  @Test
  void threadsBeyondTheNamedOnesGoByKindAndNamesAreJson() throws Exception {
    assertThat(Recorder.kind("vert.x-virtual-thread-17")).isEqualTo("vert.x-virtual-thread-*");
    List<JsonObject> written = lines(1, events -> {
      Thread thread = new Thread(() -> events.paintStarted(1), "a \"quoted\" name\n");
      thread.start();
      try {
        thread.join();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(firstThread(written)).isEqualTo("a \"quoted\" name\n");
  }

  /**
   * A cluster's canvases are painted in other JVMs, whose events are relayed to the painting JVM: the recorder
   * hears them with the painter's name (its JVM's and its thread's) and at their own time, not the relay's.
   */
  @Test
  void eventsOfCanvasesPaintedInOtherJvmsKeepTheirPainterAndTheirTime() throws Exception {
    List<JsonObject> lines = lines(2, events -> {
      long now = System.nanoTime(); // just after the canvases were made
      events.elsewhere("node 2", "vert.x-eventloop-thread-1", now + 1_000_000).paintStarted(1);
      events.elsewhere("node 2", "vert.x-eventloop-thread-1", now + 2_000_000).paintEnded(1);
      events.elsewhere("node 3", "vert.x-eventloop-thread-1", now + 3_000_000).paintStarted(2);
      events.elsewhere("node 2", "vert.x-eventloop-thread-1", now + 500_000_000).checked(1, true);
      events.failed(2, new IllegalStateException("its painter was lost")); // here, on the relay's own thread
    });

    List<JsonArray> threads = new ArrayList<>();
    List<JsonArray> marks = new ArrayList<>();
    lines.forEach(line -> {
      line.getJsonArray("threads", new JsonArray()).forEach(t -> threads.add((JsonArray) t));
      line.getJsonArray("marks", new JsonArray()).forEach(m -> marks.add((JsonArray) m));
    });
    assertThat(threads).extracting(t -> t.getString(1)).containsExactly("node 2 / vert.x-eventloop-thread-1",
        "node 3 / vert.x-eventloop-thread-1", Thread.currentThread().getName());
    assertThat(threads).extracting(t -> t.size() > 2 ? t.getString(2) : "this JVM")
        .as("each thread's JVM").containsExactly("node 2", "node 3", "this JVM");
    assertThat(marks).extracting(m -> m.getInteger(0) + m.getString(2) + " by " + m.getInteger(3))
        .containsExactly("1P by 0", "1- by 0", "2P by 1", "1D by 0", "2X by 2");
    assertThat(marks.get(3).getLong(1)).as("canvas 1 dry at its painter's time, half a second into the run (µs),"
        + " though heard at once").isBetween(500_000L, 600_000L);
    JsonObject last = lines.get(lines.size() - 1);
    assertThat(last.getJsonArray("counts").stream().toList()).containsExactly(0, 0, 0, 1, 1, 0);
  }

  /** Once nobody reads its lines, the recorder says so, once: the run is stopped as Ctrl-C would stop it. */
  @Test
  void aRecorderWhoseLinesAreNotReadAnyMoreSaysSoOnce() throws Exception {
    PrintStream gone = new PrintStream(OutputStream.nullOutputStream()) {
      @Override
      public boolean checkError() {
        return true; // what a PrintStream says once the pipe to the server is closed
      }
    };
    CountDownLatch unheard = new CountDownLatch(1);
    java.util.concurrent.atomic.AtomicInteger times = new java.util.concurrent.atomic.AtomicInteger();
    Recorder recorder = new Recorder("test", gone, () -> {
      times.incrementAndGet();
      unheard.countDown();
    });
    recorder.watch(Options.parse("--work", "0")).paintStarted(1);

    assertThat(unheard.await(5, TimeUnit.SECONDS)).as("told within a few lines").isTrue();
    recorder.close();
    assertThat(times.get()).isEqualTo(1);
  }
}
