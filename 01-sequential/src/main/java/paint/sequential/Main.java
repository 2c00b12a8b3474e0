package paint.sequential;

import java.util.List;
import paint.common.Canvas;
import paint.common.Timed;
import paint.stage.Limits;
import paint.stage.Run;
import paint.stage.Runner;

/** Runs the sequential style: {@code ./mvnw -q -pl 01-sequential -am compile exec:java@sequential}. */
public final class Main {

  public static void main(String[] args) {
    Runner.main("sequential", args, Main::paint); // reads the options; prints the timeline and the summary
  }

  /** Paints every canvas under the talk's timer. No event loop here: this thread does everything. */
  static void paint(Run run) throws Exception {
    Limits.oneAfterAnother(run.settings()); // refuses runs that would take hours
    List<Canvas> canvases = run.canvases();
    Timed.run(() -> Paint.paintAll(canvases, run.settings()), run::took); // the talk's @timed
  }
}
