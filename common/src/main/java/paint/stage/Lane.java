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

  /**
   * The kinds of event, each with its mark on a chart and its word: the one vocabulary of the text chart, the
   * SVG picture, the run's report and the live page (which reads it from the server).
   */
  public enum Kind {
    PAINT_START('P', "painting"),
    PAINT_END('-', "drying"), // the paint is on: from here the chart draws the drying
    WET('o', "checked (still wet)"),
    DRY('D', "dry"),
    FAILED('X', "failed"),
    TIMED_OUT('T', "timed out");

    private final char mark;
    private final String word;

    Kind(char mark, String word) {
      this.mark = mark;
      this.word = word;
    }

    /** Its mark on a chart: {@code P}, {@code -}, {@code o}, {@code D}, {@code X} or {@code T}. */
    public char mark() {
      return mark;
    }

    /** How it is said: {@code painting}, {@code drying}, {@code checked (still wet)}, {@code dry}, ... */
    public String word() {
      return word;
    }

    /** Whether it ends a canvas: dry, failed or timed out. */
    public boolean isOutcome() {
      return this == DRY || this == FAILED || this == TIMED_OUT;
    }

    /** The kind whose mark is {@code mark}. */
    public static Kind ofMark(char mark) {
      for (Kind kind : values()) {
        if (kind.mark == mark) {
          return kind;
        }
      }
      throw new IllegalArgumentException("no mark " + mark);
    }
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
      if (mark.kind().isOutcome()) {
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
