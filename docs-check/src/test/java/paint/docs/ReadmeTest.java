package paint.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The READMEs cannot lie: their code snippets are the code, their sample outputs are what the commands
 * beside them print, and the tests they name exist. Run with {@code -Dreadme.update=true} to rewrite what
 * drifted instead of failing (docs/how-the-docs-stay-true.md has the command).
 */
@Timeout(900)
class ReadmeTest {

  static final Path ROOT = Commands.ROOT;
  static final boolean UPDATE = Boolean.getBoolean("readme.update");

  static Stream<Path> readmes() throws Exception {
    return ReadmeCheck.readmes(ROOT).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readmes")
  void tellsTheTruth(Path readme) throws Exception {
    assumeFalse(Exercise.inACopy(ROOT),
        "a workshop copy: its painting files are the learner's, so the snippets and outputs may differ");
    List<String> problems = new ReadmeCheck(ROOT).check(readme, UPDATE);
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
  void aChangedDiffIsCaught(@TempDir Path dir) throws Exception {
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, "```\n./compare threads jdk-virtual-threads\n```\n\n<!-- output -->\n```diff\n"
        + "--- a/x\n+++ b/y\n```\n");
    assertThat(new ReadmeCheck(ROOT).check(readme, false)).singleElement().asString().contains("the diff changed");
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
}
