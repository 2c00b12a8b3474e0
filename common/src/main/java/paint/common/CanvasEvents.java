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
}
