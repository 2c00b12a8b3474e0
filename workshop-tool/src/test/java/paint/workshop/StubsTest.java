package paint.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import paint.docs.Exercise;
import paint.docs.Regions;

class StubsTest {

  private static final List<String> FILE = List.of(
      "class Paint {",
      "  // tag::checkUntilDry[]",
      "  /** 01's loop, turned inside out:",
      "   * check now. {",
      "   */",
      "  static void checkUntilDry(Vertx vertx, Canvas canvas,",
      "      Completable<Void> whenDone) {",
      "    if (canvas.isDry()) {",
      "      whenDone.succeed();",
      "    }",
      "  }",
      "  // end::checkUntilDry[]",
      "}");

  private static final Exercise CHECK = new Exercise("02.1", "checkUntilDry", "the timer loop", "02-callbacks",
      "02-callbacks/src/main/java/paint/callbacks/Paint.java", "a hint", "more of it", "the line",
      List.of("CallbacksTest"));

  @Test
  void aStubKeepsTheJavadocAndTheSignatureAndThrows() {
    List<String> stub = Stubs.stub(FILE, CHECK);

    assertThat(stub).containsExactly(
        "class Paint {",
        "  // tag::checkUntilDry[]",
        "  /** 01's loop, turned inside out:",
        "   * check now. {",
        "   */",
        "  static void checkUntilDry(Vertx vertx, Canvas canvas,",
        "      Completable<Void> whenDone) {",
        "    throw new UnsupportedOperationException(\"exercise 02.1 checkUntilDry: see 02-callbacks/README.md#exercises\");",
        "  }",
        "  // end::checkUntilDry[]",
        "}");
    assertThat(Stubs.isStub(stub, CHECK)).isTrue();
    assertThat(Stubs.isStub(FILE, CHECK)).isFalse();
  }

  @Test
  void theSolutionsRegionPutBackGivesTheSolutionAgain() {
    List<String> stub = Stubs.stub(FILE, CHECK);

    assertThat(Regions.replace(stub, CHECK.method(), Regions.read(FILE, CHECK.method()))).isEqualTo(FILE);
  }

  @Test
  void everyExerciseOfTheRepositoryStubsAndComesBack() throws IOException {
    assumeFalse(Workshops.inACopy(), "a learner's copy: its painting files are not the solutions");
    for (Exercise exercise : Exercise.all(Workshops.ROOT)) {
      List<String> solution = Files.readAllLines(Workshops.ROOT.resolve(exercise.file()));
      List<String> stub = Stubs.stub(solution, exercise);

      assertThat(Stubs.isStub(stub, exercise)).as(exercise.name()).isTrue();
      assertThat(stub).as(exercise.name()).isNotEqualTo(solution)
          .anyMatch(line -> line.contains(" " + exercise.method() + "("));
      assertThat(Regions.replace(stub, exercise.method(), Regions.read(solution, exercise.method()))).isEqualTo(solution);
    }
  }
}
