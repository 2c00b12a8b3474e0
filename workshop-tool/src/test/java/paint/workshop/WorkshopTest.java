package paint.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import paint.docs.Exercise;
import paint.docs.Regions;

/**
 * The workshop, end to end, as a learner goes through it: {@code ./workshop new} makes a copy whose
 * stubs compile; in it, {@code ./workshop check} names every exercise of a module as not done; then,
 * one exercise at a time, the solution's region goes back in, and the exercises up to it pass while
 * those after it still fail, until the module passes. So every exercise is shown to be caught by its
 * own tests. On JDK 21 and newer this checks 05 (the only module that needs it); before, 01 to 04
 * and the line that says 05 is skipped. The original repository does not change.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class WorkshopTest {

  @TempDir
  Path temp;

  @Test
  void everyExerciseFailsAsAStubAndPassesWithTheSolutionsRegion() throws Exception {
    assumeFalse(Scripts.inACopy(), "a learner's copy: its painting files are not the solutions");
    Map<String, String> before = paintingFiles(Scripts.ROOT);
    Path copy = temp.resolve("my-workshop");

    Scripts.Ran made = Scripts.run(Scripts.ROOT, 5, "workshop", "new", copy.toString());

    assertThat(made.status()).as(made.err()).isZero();
    assertThat(made.out()).contains("9 exercises");
    assertThat(paintingFiles(Scripts.ROOT)).as("the original repository's painting files").isEqualTo(before);
    assertThat(copy.resolve(".git")).isDirectory();
    boolean virtualThreads = Runtime.version().feature() >= 21;
    Map<String, List<Exercise>> byModule = new LinkedHashMap<>();
    for (Exercise exercise : Exercise.all(copy)) {
      if (virtualThreads == exercise.module().startsWith("05")) {
        byModule.computeIfAbsent(exercise.module(), m -> new ArrayList<>()).add(exercise);
      }
    }
    if (!virtualThreads) {
      Scripts.Ran skipped = Scripts.run(copy, 5, "workshop", "check", "05");
      assertThat(skipped.status()).isZero();
      assertThat(skipped.lines()).first().asString().startsWith("05-virtual-threads skipped: virtual threads need JDK 21");
    }
    for (Map.Entry<String, List<Exercise>> module : byModule.entrySet()) {
      List<Exercise> exercises = module.getValue();
      for (int restored = 0; restored <= exercises.size(); restored++) {
        if (restored > 0) {
          restore(copy, exercises.get(restored - 1));
        }
        Scripts.Ran check = Scripts.run(copy, 10, "workshop", "check", module.getKey().substring(0, 2));
        String shown = check.out() + check.err();
        assertThat(check.status()).as(shown).isEqualTo(restored == exercises.size() ? 0 : 1);
        for (int i = 0; i < exercises.size(); i++) {
          String name = exercises.get(i).name();
          if (i < restored) {
            assertThat(check.lines()).as(shown).contains("  ✓ " + name);
          } else {
            assertThat(check.lines()).as(shown).anyMatch(line -> line.startsWith("  ✗ " + name + ": "));
          }
        }
        assertThat(check.out()).as(shown).contains("Your timeline (", "What a correct solution prints (");
        if (restored < exercises.size()) { // a stub would only throw: the learner's code is not run
          assertThat(check.out()).as(shown).contains("): not run yet, " + exercises.get(restored).name());
        }
        if (restored == exercises.size()) {
          assertThat(check.out()).as(shown).contains("Every exercise checked passes.")
              .containsPattern(" 3 paintings in \\d\\.\\d\\d s\\n");
        }
      }
    }
  }

  /** Puts the solution's region of {@code exercise} back into the copy's painting file. */
  private static void restore(Path copy, Exercise exercise) throws Exception {
    Path file = copy.resolve(exercise.file());
    List<String> solution = Files.readAllLines(copy.resolve(Copy.SOLUTIONS).resolve(exercise.file()));
    List<String> restored = Regions.replace(Files.readAllLines(file), exercise.method(), Regions.read(solution, exercise.method()));
    Files.writeString(file, String.join("\n", restored) + "\n", StandardCharsets.UTF_8);
  }

  private static Map<String, String> paintingFiles(Path root) throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    for (Exercise exercise : Exercise.all(root)) {
      files.put(exercise.file(), Files.readString(root.resolve(exercise.file())));
    }
    return files;
  }
}
