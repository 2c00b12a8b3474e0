package paint.tour.style;

import java.nio.file.Path;
import java.util.Arrays;
import paint.stage.Runner;
import paint.stage.Style;

/**
 * Runs one style in the JVM that the tour started for it, as the style's own main would, and writes
 * its figures where the tour reads them: {@code OneStyle [--live] REPORT-FILE STYLE [options]}. With
 * {@code --live}, it also streams the run's events on standard output for the live page.
 *
 * <p>It ends with the JVM that started it: when the tour or the server is gone, even killed outright, the run
 * stops as Ctrl-C stops it (its main thread is interrupted), prints what it has and writes its report.
 */
final class OneStyle {

  static final String LIVE = "--live";

  private OneStyle() { }

  public static void main(String[] args) throws ReflectiveOperationException {
    boolean live = args[0].equals(LIVE);
    int first = live ? 1 : 0;
    Path report = Path.of(args[first]);
    Style style = Style.named(args[first + 1])
        .orElseThrow(() -> new IllegalArgumentException("no style " + args[first + 1]));
    String[] options = Arrays.copyOfRange(args, first + 2, args.length);
    Thread main = Thread.currentThread();
    ProcessHandle.current().parent().ifPresent(owner -> owner.onExit().thenRun(main::interrupt));
    if (!live) {
      Runner.main(style.name(), options, style.paint(), result -> RunReport.write(report, style.name(), result));
      return;
    }
    Recorder recorder = new Recorder(style.name(), System.out, main::interrupt);
    Runner.main(style.name(), options, style.paint(), recorder::watch, result -> {
      recorder.close();
      RunReport.write(report, style.name(), result);
    });
  }
}
