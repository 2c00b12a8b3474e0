package paint.virtualthreads;

import java.util.List;
import paint.common.Canvas;
import paint.common.Timed;
import paint.stage.Run;
import paint.stage.Runner;

/** Runs the sidebar, a virtual thread per painting: {@code ./mvnw -q -pl 05-virtual-threads -am compile exec:java@jdk-virtual-threads}. */
public final class ThreadsMain {

  public static void main(String[] args) {
    Runner.main("jdk-virtual-threads", args, ThreadsMain::paint); // reads the options; prints the timeline and the summary
  }

  /** Paints every canvas on a virtual thread of its own, under the talk's timer. No Vert.x here. */
  static void paint(Run run) throws Exception {
    List<Canvas> canvases = run.canvases();
    Timed.run(() -> PaintOnThreads.paintAll(canvases, run.settings()), run::took); // the talk's @timed
  }
}
