package paint.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The commands that need no Maven run: help, hints, compare, and the one-line errors with exit status 2. */
@Timeout(120)
class WorkshopCommandsTest {

  @Test
  void helpNamesEveryCommand() {
    Workshops.Ran help = Workshops.run(Workshops.ROOT, "--help");

    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("new", "check", "hint", "diff");
  }

  @Test
  void aHintIsPrintedWithItsExercise() {
    Workshops.Ran hint = Workshops.run(Workshops.ROOT, "hint", "02.1");

    assertThat(hint.status()).isZero();
    assertThat(hint.lines().get(0)).isEqualTo("02.1 checkUntilDry: the timer loop");
    assertThat(Workshops.run(Workshops.ROOT, "hint", "2.1").lines()).first()
        .isEqualTo("02.1 checkUntilDry: the timer loop");
    assertThat(hint.out()).as("the first hint: the idea, in words").doesNotContain("vertx.setTimer")
        .contains("./workshop hint 02.1 --more");
    Workshops.Ran more = Workshops.run(Workshops.ROOT, "hint", "02.1", "--more");
    assertThat(more.out()).contains("vertx.setTimer", "./workshop hint 02.1 --line");
    Workshops.Ran line = Workshops.run(Workshops.ROOT, "hint", "02.1", "--line");
    assertThat(line.out()).contains("The line that matters: vertx.setTimer(settings.poll().toMillis(), timer ->",
        "./workshop solution 02.1");
    assertThat(Workshops.run(Workshops.ROOT, "hint", "--help").out()).as("the steps, in --help")
        .contains("--more", "the shape of the code", "--line", "the one line that matters");
  }

  @Test
  void badInputIsOneErrorLineAndStatus2() {
    Workshops.Ran hint = Workshops.run(Workshops.ROOT, "hint", "09.9");
    Workshops.Ran check = Workshops.run(Workshops.ROOT, "check", "07");
    Workshops.Ran diff = Workshops.run(Workshops.ROOT, "diff", "02");
    Workshops.Ran unknown = Workshops.run(Workshops.ROOT, "paint");
    Workshops.Ran none = Workshops.run(Workshops.ROOT);

    assertThat(hint.status()).isEqualTo(2);
    assertThat(hint.errors().get(0)).startsWith("error: hint 09.9: no such exercise; the exercises are 01.1, 02.1");
    assertThat(check.status()).isEqualTo(2);
    assertThat(check.errors().get(0)).startsWith("error: check 07: no such module; the modules with exercises are 01, 02, 03, 04, 05");
    assertThat(diff.status()).isEqualTo(2);
    assertThat(diff.errors().get(0)).startsWith("error: diff 02: there are no solutions to compare with here");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.errors().get(0)).startsWith("error: ");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.errors().get(0)).isEqualTo("error: name a command: new, check, hint, solution or diff");
    for (Workshops.Ran ran : List.of(hint, check, diff, unknown, none)) {
      assertThat(ran.err()).as("the usage follows the error line").contains("Usage: ./workshop");
      assertThat(ran.err()).doesNotContain("\tat ");
    }
  }

  @Test
  void checkRefusesToScoreTheRepositorysOwnSolutionsUnlessAsked() {
    Workshops.Ran check = Workshops.run(Workshops.ROOT, "check", "02");

    assertThat(check.status()).isEqualTo(2);
    assertThat(check.errors()).first().asString().startsWith("error: check: this is the repository, whose painting"
        + " files are the solutions: run it in your copy");
    assertThat(check.err()).contains("--solutions");
  }

  @Test
  void newRefusesAFolderThatIsNotEmpty(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine");

    Workshops.Ran made = Workshops.run(Workshops.ROOT, "new", dir.toString());

    assertThat(made.status()).isEqualTo(2);
    assertThat(made.errors()).filteredOn(line -> line.startsWith("error:")).singleElement().asString()
        .isEqualTo("error: new " + dir + ": the folder is not empty; choose a new folder");
    assertThat(made.errors()).first().asString().startsWith("error: ");
    assertThat(made.err()).contains("Usage: ./workshop new");
    assertThat(Files.list(dir).toList()).extracting(path -> path.getFileName().toString()).containsExactly("notes.txt");
  }

  /** {@code ./compare} runs through the same jar: a diff by module number or style name, one error line else. */
  @Test
  void compareShowsTheDiffBetweenTwoStyles() {
    Workshops.Ran diff = Workshops.run(Workshops.ROOT, "compare", "threads", "jdk-virtual-threads");
    Workshops.Ran byNumber = Workshops.run(Workshops.ROOT, "compare", "01", "02");
    Workshops.Ran bad = Workshops.run(Workshops.ROOT, "compare", "01", "07");
    Workshops.Ran one = Workshops.run(Workshops.ROOT, "compare", "01");

    assertThat(diff.status()).isZero();
    assertThat(diff.lines()).first().asString().isEqualTo("--- a/01-sequential/src/main/java/paint/sequential/PaintOnThreads.java");
    assertThat(diff.out()).contains("+      Thread painter = Thread.ofVirtual()");
    assertThat(byNumber.lines()).element(1).asString().isEqualTo("+++ b/02-callbacks/src/main/java/paint/callbacks/Paint.java");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.errors()).first().asString().isEqualTo("error: 07: not a module number (01 to 05) or a style name");
    assertThat(bad.err()).contains("Usage: ./compare");
    assertThat(one.status()).isEqualTo(2);
    assertThat(one.errors()).first().asString().isEqualTo("error: compare takes two styles, got 1: 01");
  }
}
