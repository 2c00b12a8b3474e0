package paint.tour;

import java.nio.file.Path;
import java.util.Arrays;
import paint.stage.Style;

/**
 * Runs one style in the JVM that the tour started for it, as the style's own main would, and writes
 * its figures where the tour reads them: {@code OneStyle REPORT-FILE STYLE [options]}.
 */
final class OneStyle {

  private OneStyle() { }

  public static void main(String[] args) throws ReflectiveOperationException {
    Path report = Path.of(args[0]);
    Style style = Style.named(args[1]).orElseThrow(() -> new IllegalArgumentException("no style " + args[1]));
    String[] options = Arrays.copyOfRange(args, 2, args.length);
    paint.stage.Runner.main(style.name(), options, style.paint(), result -> RunReport.write(report, style.name(), result));
  }
}
