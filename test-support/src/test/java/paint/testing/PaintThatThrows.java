package paint.testing;

/** Stands for a learner's painting file: its name starts with {@code Paint}, as theirs do. */
final class PaintThatThrows {

  private PaintThatThrows() { }

  static void checkUntilDry() {
    throw new IllegalStateException("Cannot be called on a Vert.x event-loop thread");
  }
}
