package paint.sequential;

import java.util.ArrayList;
import java.util.List;
import paint.common.Canvas;
import paint.common.Settings;

/**
 * The sidebar: 01's blocking {@code paintOne}, with its {@code Thread.sleep}, but a thread per
 * painting. Three paintings take one drying time, because each sleeping thread waits on its own.
 */
final class PaintOnThreads {

  private PaintOnThreads() { }

  // tag::paintAll[]
  /** Starts a thread per canvas, then waits for every thread to finish. */
  static void paintAll(List<Canvas> canvases, Settings settings) throws InterruptedException {
    List<Thread> painters = new ArrayList<>();
    for (Canvas canvas : canvases) {
      Runnable paintOne = () -> paint.sequential.Paint.paintOne(canvas, settings); // 01's, with Thread.sleep
      Thread painter = new Thread(paintOne, "painter-" + canvas.number()); // a platform thread: an OS thread
      start(painter, painters, canvases.size()); // starts it, and keeps it in painters
    }
    joinAll(painters);
  }
  // end::paintAll[]

  /**
   * Starts {@code painter} and adds it to {@code painters}. If the JVM cannot make another thread (no OS
   * thread left for a platform thread, no heap left for a virtual one), it stops those already started
   * and says which one failed, instead of dying with an {@code OutOfMemoryError}.
   */
  private static void start(Thread painter, List<Thread> painters, int of) throws InterruptedException {
    try {
      painter.start();
    } catch (OutOfMemoryError e) { // what the JVM throws when it cannot make another thread
      painters.forEach(Thread::interrupt);
      joinAll(painters);
      throw new IllegalStateException("the JVM could not start thread " + (painters.size() + 1) + " of " + of
          + " (" + e.getMessage() + "); try fewer --paintings");
    }
    painters.add(painter);
  }

  private static void joinAll(List<Thread> painters) throws InterruptedException {
    for (Thread painter : painters) {
      painter.join();
    }
  }
}
