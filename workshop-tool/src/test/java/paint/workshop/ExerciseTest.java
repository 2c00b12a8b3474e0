package paint.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import paint.docs.Readme;
import paint.docs.Exercise;
import paint.docs.Regions;

/** The exercises that the module READMEs declare: enough of them, in order, each scored by tests that exist. */
class ExerciseTest {

  private final List<Exercise> all = Exercise.all(Workshops.ROOT);

  @Test
  void everyModuleHasItsExercisesInTheOrderOfTheStory() throws IOException {
    Map<String, Long> perModule = all.stream().collect(Collectors.groupingBy(Exercise::module, Collectors.counting()));

    assertThat(perModule).containsEntry("01-sequential", 1L);
    assertThat(perModule.get("02-callbacks")).isGreaterThanOrEqualTo(2);
    assertThat(perModule.get("03-futures")).isGreaterThanOrEqualTo(2);
    assertThat(perModule.get("04-coroutines-style")).isGreaterThanOrEqualTo(2);
    assertThat(perModule.get("05-virtual-threads")).isGreaterThanOrEqualTo(3);
    assertThat(perModule.get("06-event-bus")).isGreaterThanOrEqualTo(2);
    for (Exercise exercise : all) {
      assertThat(exercise.id()).as(exercise.name()).startsWith(exercise.module().substring(0, 2) + ".");
      assertThat(exercise.file()).as(exercise.name()).startsWith(exercise.module() + "/src/main/java/");
      assertThat(exercise.hint()).as(exercise.name()).isNotBlank();
      java.util.regex.Matcher code = java.util.regex.Pattern.compile("`([^`]*)`").matcher(exercise.hint());
      while (code.find()) {
        assertThat(code.group(1)).as(exercise.name() + "'s first hint is the idea in words: no code")
            .doesNotContain("->").doesNotContainPattern("\\([^)]"); // a name such as await() is fine
      }
      assertThat(exercise.more()).as(exercise.name() + "'s second hint, the shape of the code").isNotBlank();
      List<String> region = Regions.read(Files.readAllLines(Workshops.ROOT.resolve(exercise.file())), exercise.method());
      assertThat(String.join("", Code.only(region)).replaceAll("\\s", ""))
          .as(exercise.name() + "'s third hint is the line that matters, as the solution writes it: " + exercise.line())
          .contains(exercise.line().replaceAll("\\s", "")).isNotBlank();
      assertThat(exercise.line()).as(exercise.name() + "'s third hint").isNotBlank();
      assertThat(exercise.title()).as(exercise.name()).isNotBlank();
    }
    assertThat(all).extracting(Exercise::id).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void everyExerciseIsCheckedByTestsThatExist() throws IOException {
    String contract = Files.readString(Workshops.ROOT.resolve(
        "test-support/src/main/java/paint/testing/VertxStyleContract.java"));
    for (Exercise exercise : all) {
      assertThat(exercise.checkedBy()).as(exercise.name()).isNotEmpty();
      for (String test : exercise.checkedBy()) {
        String testClass = test.contains(".") ? test.substring(0, test.indexOf('.')) : test;
        Path source = Workshops.ROOT.resolve(exercise.module()).resolve("src/test/java")
            .resolve(exercise.testPackage().replace('.', '/')).resolve(testClass + ".java");
        assertThat(source).as(exercise.name() + " is checked by " + test).exists();
        if (test.contains(".")) {
          String method = " " + test.substring(test.indexOf('.') + 1) + "(";
          assertThat(Files.readString(source) + contract).as(exercise.name() + " is checked by " + test).contains(method);
        }
      }
    }
  }

  @Test
  void everyExerciseHasTheTimelineOfACorrectSolutionInItsReadme() throws IOException {
    for (Exercise exercise : all) {
      List<String> expected = Readme.read(Workshops.ROOT.resolve(exercise.module()).resolve("README.md"))
          .outputOf(exercise.runCommand()).orElseThrow(() -> new AssertionError(exercise.name()
              + ": the README shows no output for " + exercise.runCommand()));

      assertThat(expected).as(exercise.name()).anyMatch(line -> line.startsWith("canvas 1 |"));
    }
  }
}
