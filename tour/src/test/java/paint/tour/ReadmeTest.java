package paint.tour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import paint.stage.Style;

/**
 * The READMEs cannot lie: their code snippets are the code, their sample outputs are what the commands
 * beside them print, and the module table's figures are measured. Run with {@code -Dreadme.update=true}
 * to rewrite what drifted instead of failing.
 */
@Timeout(600)
class ReadmeTest {

  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  static final boolean UPDATE = Boolean.getBoolean("readme.update");
  static final ReadmeCheck CHECK = new ReadmeCheck(ROOT);

  static Stream<Path> readmes() throws IOException {
    List<Path> readmes = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> files = Files.list(ROOT)) {
      files.filter(Files::isDirectory).map(dir -> dir.resolve("README.md")).filter(Files::exists).sorted()
          .forEach(readmes::add);
    }
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(file -> file.toString().endsWith(".md")).sorted().forEach(readmes::add);
      return readmes.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readmes")
  void tellsTheTruth(Path readme) throws Exception {
    assumeFalse(Files.isDirectory(ROOT.resolve(".workshop/solutions")),
        "a workshop copy: its painting files are the learner's, so the snippets and outputs may differ");
    List<String> problems = CHECK.check(readme, UPDATE);
    if (!UPDATE) {
      assertThat(problems).isEmpty();
    }
  }

  @Test
  void aOneCharacterChangeToASnippetIsCaught(@TempDir Path dir) throws Exception {
    Path readme = dir.resolve("README.md");
    String original = Files.readString(ROOT.resolve("01-sequential/README.md"));
    int snippet = original.indexOf("<!-- snippet:");
    int code = original.indexOf("paintOne(", snippet);
    Files.writeString(readme, original.substring(0, code) + "paintone(" + original.substring(code + 9));

    List<String> problems = new ReadmeCheck(ROOT).check(readme, false);

    assertThat(problems).singleElement().asString().contains("the snippet differs from");
  }

  @Test
  void aChangedSampleOutputIsCaught() {
    List<String> shown = List.of("futures: 3 paintings in 2.08 s");
    assertThat(ReadmeCheck.compare(shown, List.of("futures: 3 paintings in 2.11 s"))).isEmpty();
    assertThat(ReadmeCheck.compare(shown, List.of("futures: 3 paintings in 6.08 s"))).isNotEmpty();
    assertThat(ReadmeCheck.compare(shown, List.of("futures: 4 paintings in 2.08 s"))).isNotEmpty();
    assertThat(ReadmeCheck.compare(List.of("canvas 1 |P----o----D  | t1"), List.of("canvas 1 | P---o-----D | t1")))
        .isEmpty();
    assertThat(ReadmeCheck.compare(List.of("canvas 1 |P----o----D  | t1"), List.of("canvas 1 |P--o--o--o-D | t1")))
        .isNotEmpty();
    assertThat(ReadmeCheck.compare(List.of("canvas 1 |P----o----D  | t1"), List.of("canvas 1 |P----o----T  | t1")))
        .isNotEmpty();
  }

  @Test
  void aTestThatDoesNotExistCannotBeNamed(@TempDir Path dir) throws Exception {
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, "See `PitfallsTest.anExceptionThrownInACallbackIsLostToTheCaller` and "
        + "`PitfallsTest.aPitfallThatNobodyEverWroteDown`.\n");
    assertThat(new ReadmeCheck(ROOT).check(readme, false)).singleElement().asString()
        .contains("aPitfallThatNobodyEverWroteDown");
  }

  @Test
  void everyJavaAndDiffBlockIsChecked(@TempDir Path dir) throws Exception {
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, "# x\n\n```java\nint unchecked = 1;\n```\n");
    assertThat(new ReadmeCheck(ROOT).check(readme, false)).singleElement().asString()
        .contains("must be marked as a snippet or an output");
  }

  /** The module table of the root README: each module's time for three paintings, and its lines changed. */
  @Test
  void theModuleTableIsMeasured() throws Exception {
    Pattern row = Pattern.compile("\\| \\[(\\d\\d-[\\w-]+)\\]\\([^)]*\\) \\|.*\\| ([\\d.]+) s \\| (\\d+|—)"
        + "(?: \\((\\d+) from 01\\))? \\|");
    List<String> tour = Runtime.version().feature() >= 21 ? CHECK.run("java -jar tour/target/tour.jar --quiet") : null;
    int rows = 0;
    for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
      Matcher m = row.matcher(line);
      if (!m.matches()) {
        continue;
      }
      rows++;
      String module = m.group(1);
      Style painting = Style.ofModule(module).orElseThrow();
      int number = Integer.parseInt(module.substring(0, 2));
      if (number == 1) {
        assertThat(m.group(3)).isEqualTo("—");
      } else {
        Style previous = Style.ofModule("0" + (number - 1)).orElseThrow();
        assertThat(m.group(3)).as(module + ": lines changed").isEqualTo(String.valueOf(
            linesChanged(previous.paintingFile(), painting.paintingFile())));
      }
      if (m.group(4) != null) {
        assertThat(m.group(4)).as(module + ": lines changed from 01")
            .isEqualTo(String.valueOf(linesChanged(Style.ofModule("01-sequential").orElseThrow().paintingFile(),
                painting.paintingFile())));
      }
      if (tour != null) {
        double shown = Double.parseDouble(m.group(2));
        String style = painting.name();
        double measured = tour.stream().filter(l -> l.startsWith(style + " ")).findFirst()
            .map(l -> Double.parseDouble(l.replaceAll("^\\S+ +\\d+ +([\\d.]+) s.*$", "$1"))).orElseThrow();
        assertThat(measured).as(module + ": time for three paintings")
            .isCloseTo(shown, org.assertj.core.data.Offset.offset(Math.max(0.3, 0.15 * shown)));
      }
    }
    assertThat(rows).isEqualTo(5);
  }

  /** Lines added plus lines removed between two files, as git counts them. */
  static int linesChanged(String from, String to) throws Exception {
    Process git = new ProcessBuilder("git", "diff", "--no-index", "--numstat", from, to).directory(ROOT.toFile())
        .start();
    String[] numstat = new String(git.getInputStream().readAllBytes()).trim().split("\\s+");
    git.waitFor();
    return Integer.parseInt(numstat[0]) + Integer.parseInt(numstat[1]);
  }
}
