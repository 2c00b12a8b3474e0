package paint.common;

/**
 * Where a canvas reports what happens to it. It exists so that the talk does not depend on the stage:
 * the stage's timeline listens, and so can a live picture of the run. The lessons never call it.
 */
public interface CanvasEvents {

  /** Canvas {@code n}'s paint starts, on the calling thread. */
  void paintStarted(int n);

  /** Canvas {@code n}'s paint is on: it starts to dry. */
  void paintEnded(int n);

  /** Canvas {@code n} was checked, and found {@code dry} or still wet. */
  void checked(int n, boolean dry);

  /** Canvas {@code n} went wrong; a {@code TimeoutException} means it timed out. */
  void failed(int n, Throwable error);

  /**
   * This listener, for events that happened elsewhere: in another JVM, which a canvas reached as a
   * message, named {@code jvm} ({@code node 2}), on its thread {@code thread}, at {@code at} on this JVM's
   * clock ({@link System#nanoTime()}). They are heard as events of the thread {@link #threadName named}
   * after both, {@code node 2 / vert.x-eventloop-thread-1}. The event-bus style relays them here. By default
   * they are heard as if they happened here and now.
   */
  default CanvasEvents elsewhere(String jvm, String thread, long at) {
    return this;
  }

  /** How a thread of another JVM is named here: {@code node 2 / vert.x-eventloop-thread-1}. */
  static String threadName(String jvm, String thread) {
    return jvm + " / " + thread;
  }
}
