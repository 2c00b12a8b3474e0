package paint.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import paint.stage.Style;

/** {@code ./compare}'s diff: every style's painting file, by number or name, and the diff that git would count. */
class PaintingDiffTest {

  @Test
  void everyStyleHasItsPaintingFileAndEveryModuleNumberNamesItsStyle() {
    for (Style style : Style.ALL) {
      assertThat(Commands.ROOT.resolve(style.paintingFile())).as(style.name()).exists();
      assertThat(PaintingDiff.style(style.name())).hasValue(style);
    }
    assertThat(PaintingDiff.style("01")).hasValueSatisfying(style -> assertThat(style.name()).isEqualTo("sequential"));
    assertThat(PaintingDiff.style("05")).hasValueSatisfying(style -> assertThat(style.name()).isEqualTo("virtual-threads"));
    assertThat(PaintingDiff.style("06")).hasValueSatisfying(style -> assertThat(style.name()).isEqualTo("event-bus"));
    assertThat(PaintingDiff.style("07")).isEmpty();
    assertThat(PaintingDiff.style("telepathy")).isEmpty();
  }

  @Test
  void theDiffOfTheThreadsSidebarsShowsTheOneLineThatMakesTheThread() throws Exception {
    Style platform = Style.named("threads").orElseThrow();
    Style virtual = Style.named("jdk-virtual-threads").orElseThrow();

    List<String> diff = PaintingDiff.unified(Commands.ROOT, platform, virtual);

    assertThat(diff.get(0)).isEqualTo("--- a/" + platform.paintingFile());
    assertThat(diff.get(1)).isEqualTo("+++ b/" + virtual.paintingFile());
    assertThat(diff).filteredOn(line -> line.startsWith("+") && !line.startsWith("+++"))
        .anyMatch(line -> line.contains("Thread.ofVirtual()"));
    int changed = (int) diff.stream().filter(line -> line.matches("[-+](?![-+]{2} [ab]/).*")).count();
    assertThat(PaintingDiff.linesChanged(Commands.ROOT, platform.paintingFile(), virtual.paintingFile()))
        .isEqualTo(changed);
    assertThat(PaintingDiff.unified(Commands.ROOT, platform, platform)).isEmpty();
    assertThat(Files.readAllLines(Commands.ROOT.resolve(platform.paintingFile()))).isNotEmpty();
  }
}
