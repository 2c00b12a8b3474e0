package paint.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import paint.docs.Exercise;
import paint.docs.Regions;

/**
 * Try before you read: a learner's copy holds the code of no exercise, in no source file, README or doc,
 * but in {@code .workshop/solutions}, which {@code ./workshop solution} shows once the learner has tried.
 */
@Timeout(120)
class CopyTest {

  @TempDir
  Path temp;

  @Test
  void aCopyHoldsNoSolutionButInItsSolutionsFolder() throws Exception {
    assumeFalse(Workshops.inACopy(), "a learner's copy: its painting files are not the solutions");
    Path copy = temp.resolve("my-workshop");
    assertThat(Workshops.run(Workshops.ROOT, "new", copy.toString()).status()).isZero();
    assertThat(copy.resolve("workshop-tool/src/test/java/paint/workshop/WorkshopTest.java"))
        .as("the end-to-end test spells out the solutions' lines to make its mistakes").doesNotExist();

    List<Path> files;
    try (Stream<Path> walk = Files.walk(copy)) {
      files = walk.filter(Files::isRegularFile).filter(f -> !copy.relativize(f).startsWith(".workshop"))
          .filter(f -> !copy.relativize(f).startsWith(".git"))
          .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".md")).toList();
    }
    List<Exercise> exercises = Exercise.all(Workshops.ROOT);
    List<List<String>> given = given(exercises);
    for (Exercise exercise : exercises) {
      List<String> body = significant(body(Regions.read(Files.readAllLines(Workshops.ROOT.resolve(exercise.file())),
          exercise.method())));
      for (int i = 0; i + 3 <= body.size(); i++) { // three lines of the solution, one after another
        List<String> secret = body.subList(i, i + 3);
        if (given.stream().anyMatch(code -> java.util.Collections.indexOfSubList(code, secret) >= 0)) {
          continue; // the lessons show it elsewhere: 05.2 is 01's paintOne with one line changed, and says so
        }
        for (Path file : files) {
          List<String> lines = significant(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
              .map(line -> file.toString().endsWith(".md") && line.matches("[-+ ].*") ? line.substring(1) : line)
              .toList());
          assertThat(java.util.Collections.indexOfSubList(lines, secret))
              .as("%s holds code of exercise %s: %s", copy.relativize(file), exercise.name(), secret).isEqualTo(-1);
        }
      }
    }
  }

  @Test
  void theSolutionIsShownOnceTheLearnerHasTriedIt() throws Exception {
    assumeFalse(Workshops.inACopy(), "a learner's copy");
    Path copy = temp.resolve("my-workshop");
    Workshops.run(Workshops.ROOT, "new", copy.toString());

    Workshops.Ran early = Workshops.run(copy, "solution", "02.1");
    Files.writeString(copy.resolve(Check.CHECKED), "02-callbacks\n"); // what ./workshop check 02 notes
    Workshops.Ran tried = Workshops.run(copy, "solution", "2.1");

    assertThat(early.status()).isEqualTo(1);
    assertThat(early.out()).startsWith("Try first: write 02.1 checkUntilDry, run ./workshop check 02");
    assertThat(early.out()).doesNotContain("setTimer");
    assertThat(tried.status()).isZero();
    assertThat(tried.out()).contains("vertx.setTimer(");
  }

  /** The code the lessons give: every painting file, without the regions of the exercises and their twins. */
  private static List<List<String>> given(List<Exercise> exercises) throws Exception {
    List<Twins.Twin> twins = Twins.find(Workshops.ROOT, exercises);
    List<List<String>> given = new ArrayList<>();
    for (paint.stage.Style style : paint.stage.Style.ALL) {
      List<String> lines = Files.readAllLines(Workshops.ROOT.resolve(style.paintingFile()));
      for (Exercise exercise : exercises) {
        if (exercise.file().equals(style.paintingFile()) || twins.stream().anyMatch(
            twin -> twin.of() == exercise && twin.file().equals(style.paintingFile()))) {
          lines = Regions.replace(lines, exercise.method(), List.of());
        }
      }
      given.add(significant(lines));
    }
    return given;
  }

  /** The body of a method's region: after its Javadoc and its signature's opening brace. */
  private static List<String> body(List<String> region) {
    int i = 0;
    while (i < region.size() && !region.get(i).stripTrailing().endsWith("{")) {
      i++;
    }
    return region.subList(Math.min(i + 1, region.size()), region.size());
  }

  /** The lines that say something, trimmed: no blank lines, no lone braces, no comment lines. */
  private static List<String> significant(List<String> lines) {
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      String code = Code.withoutTrailingComment(line).trim();
      if (code.length() >= 8 && !code.startsWith("//") && !code.startsWith("*") && !code.startsWith("/*")) {
        kept.add(code);
      }
    }
    return kept;
  }
}
