package paint.sequential;

import java.util.ArrayList;
import java.util.List;
import paint.common.Canvas;
import paint.common.Settings;
import paint.common.Timeline;

/**
 * The sidebar: the same blocking {@link Paint#paintOne} code, but one platform thread per painting.
 * Three paintings take one drying time, because each sleeping thread waits on its own. Each thread
 * costs a stack and an operating-system thread, and the machine runs out of those long before a
 * million paintings.
 */
final class PaintOnThreads {

  private PaintOnThreads() { }

  /** Starts a thread per canvas, then waits for every thread to finish. */
  static void paintAll(Settings settings, Timeline timeline) throws InterruptedException {
    List<Thread> painters = new ArrayList<>();
    for (int number = 1; number <= settings.paintings(); number++) {
      Canvas canvas = new Canvas(number, settings, timeline);
      Thread painter = new Thread(() -> Paint.paintOne(canvas, settings), "painter-" + number);
      try {
        painter.start();
      } catch (OutOfMemoryError e) { // what the JVM throws when the OS refuses another thread
        painters.forEach(Thread::interrupt);
        joinAll(painters);
        throw new IllegalStateException("the operating system refused to start thread " + number
            + " of " + settings.paintings() + " (" + e.getMessage() + "); try fewer --paintings");
      }
      painters.add(painter);
    }
    joinAll(painters);
  }

  private static void joinAll(List<Thread> painters) throws InterruptedException {
    for (Thread painter : painters) {
      painter.join();
    }
  }
}
