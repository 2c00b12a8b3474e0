package paint.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import paint.stage.Style;

/** The module table of the root README: each module's time for three paintings, and its lines changed. */
@Timeout(600)
class ModuleTableTest {

  private static final Pattern ROW = Pattern.compile(
      "\\| \\[(\\d\\d-[\\w-]+)\\]\\([^)]*\\) \\|.*\\| ([\\d.]+) s \\| (\\d+|—)(?: \\((\\d+) from (\\d\\d)\\))? \\|");
  /** The tour, with each numbered module's style. */
  private static final String TOUR = "java -jar tour/target/tour.jar --quiet" + Style.ALL.stream()
      .filter(style -> Style.ofModule(style.module()).orElseThrow() == style).map(style -> " --style " + style.name())
      .collect(java.util.stream.Collectors.joining());

  @Test
  void theLinesChangedAreCountedAndTheTimesMeasured() throws Exception {
    assumeFalse(Exercise.inACopy(Commands.ROOT), "a workshop copy");
    boolean everyStyle = Runtime.version().feature() >= 21 && Commands.canRun(TOUR); // 05's row needs JDK 21
    List<String> table = everyStyle ? Commands.run(TOUR).out() : null;
    Samples.Settings band = new Samples.Settings(Duration.ofSeconds(2), Duration.ofMillis(500), false);
    int rows = 0;
    for (String line : Files.readAllLines(Commands.ROOT.resolve("README.md"))) {
      Matcher m = ROW.matcher(line);
      if (!m.matches()) {
        continue;
      }
      rows++;
      String module = m.group(1);
      Style style = Style.ofModule(module).orElseThrow();
      int number = Integer.parseInt(module.substring(0, 2));
      if (number == 1) {
        assertThat(m.group(3)).isEqualTo("—");
      } else {
        Style previous = Style.ofModule(String.format("%02d", number - 1)).orElseThrow();
        assertThat(m.group(3)).as(module + ": lines changed").isEqualTo(String.valueOf(
            PaintingDiff.linesChanged(Commands.ROOT, previous.paintingFile(), style.paintingFile())));
      }
      if (m.group(4) != null) { // the step it takes after another module than the one before it
        assertThat(m.group(4)).as(module + ": lines changed from " + m.group(5)).isEqualTo(String.valueOf(
            PaintingDiff.linesChanged(Commands.ROOT, Style.ofModule(m.group(5)).orElseThrow().paintingFile(),
                style.paintingFile())));
      }
      if (table != null) {
        double shown = Double.parseDouble(m.group(2));
        double measured = table.stream().filter(l -> l.startsWith(style.name() + " ")).findFirst()
            .map(l -> Double.parseDouble(l.replaceAll("^\\S+ +\\d+ +([\\d.]+) s.*$", "$1"))).orElseThrow();
        assertThat(measured).as(module + ": time for three paintings, shown %.2f s", shown)
            .isCloseTo(shown, org.assertj.core.data.Offset.offset(band.band(shown)));
      }
    }
    assertThat(rows).isEqualTo(6);
  }
}
