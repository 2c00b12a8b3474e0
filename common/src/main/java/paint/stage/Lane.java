package paint.stage;

import java.util.ArrayList;
import java.util.List;

/**
 * What happened to one drawn canvas, in order: its paint, its checks, and its outcome, each with the
 * time (nanoseconds from the start of the run) and the thread. The text chart draws lanes, and so
 * can any other picture of a run.
 */
public record Lane(int canvas, List<Mark> marks) {

  /** One event: when, what, and the thread that did it. */
  public record Mark(long at, Kind kind, String thread) { }

  /** The kinds of event. */
  public enum Kind {
    PAINT_START, PAINT_END, WET, DRY, FAILED, TIMED_OUT
  }

  public Lane {
    marks = List.copyOf(marks);
  }

  /** When the paint started, or -1. */
  public long paintStart() {
    return first(Kind.PAINT_START);
  }

  /** When the paint was on, or -1 (it tore, or is still going on). */
  public long paintEnd() {
    return first(Kind.PAINT_END);
  }

  /** The outcome's mark (dry, failed or timed out), or {@code null} if it has none. */
  public Mark outcome() {
    for (Mark mark : marks) {
      if (mark.kind() == Kind.DRY || mark.kind() == Kind.FAILED || mark.kind() == Kind.TIMED_OUT) {
        return mark;
      }
    }
    return null;
  }

  /** When the lane ends: its outcome, or its last mark if it has none; -1 for an empty lane. */
  public long end() {
    Mark outcome = outcome();
    return outcome != null ? outcome.at() : marks.isEmpty() ? -1 : marks.get(marks.size() - 1).at();
  }

  /** The checks that found the paint still wet. */
  public List<Mark> wetChecks() {
    return marks.stream().filter(mark -> mark.kind() == Kind.WET).toList();
  }

  /** The threads that painted or checked this canvas, in order of first use. */
  public List<String> threads() {
    List<String> threads = new ArrayList<>();
    for (Mark mark : marks) {
      if (!threads.contains(mark.thread())) {
        threads.add(mark.thread());
      }
    }
    return threads;
  }

  private long first(Kind kind) {
    for (Mark mark : marks) {
      if (mark.kind() == kind) {
        return mark.at();
      }
    }
    return -1;
  }
}
