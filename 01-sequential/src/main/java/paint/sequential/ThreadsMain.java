package paint.sequential;

import java.util.List;
import paint.common.Canvas;
import paint.common.Timed;
import paint.stage.Limits;
import paint.stage.Run;
import paint.stage.Runner;

/** Runs the sidebar, a thread per painting: {@code ./mvnw -q -pl 01-sequential -am compile exec:java@threads}. */
public final class ThreadsMain {

  public static void main(String[] args) {
    Runner.main("threads", args, ThreadsMain::paint); // reads the options; prints the timeline and the summary
  }

  /** Paints every canvas on a thread of its own, under the talk's timer. */
  static void paint(Run run) throws Exception {
    Limits.threadPerPainting(run.settings()); // refuses more threads than the machine allows
    List<Canvas> canvases = run.canvases();
    Timed.run(() -> PaintOnThreads.paintAll(canvases, run.settings()), run::took); // the talk's @timed
  }
}
