package paint.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The commands that need no Maven run: help, hints, and the one-line errors with exit status 2. */
@Timeout(120)
class WorkshopCommandsTest {

  @Test
  void helpNamesEveryCommand() throws Exception {
    Scripts.Ran help = Scripts.run(Scripts.ROOT, 2, "workshop", "--help");

    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("new", "check", "hint", "diff");
  }

  @Test
  void aHintIsPrintedWithItsExercise() throws Exception {
    Scripts.Ran hint = Scripts.run(Scripts.ROOT, 2, "workshop", "hint", "02.1");

    assertThat(hint.status()).isZero();
    assertThat(hint.lines().get(0)).isEqualTo("02.1 checkUntilDry: the timer loop");
    assertThat(Scripts.run(Scripts.ROOT, 2, "workshop", "hint", "2.1").lines()).first()
        .isEqualTo("02.1 checkUntilDry: the timer loop");
    assertThat(hint.out()).contains("vertx.setTimer");
  }

  @Test
  void badInputIsOneErrorLineAndStatus2() throws Exception {
    Scripts.Ran hint = Scripts.run(Scripts.ROOT, 2, "workshop", "hint", "09.9");
    Scripts.Ran check = Scripts.run(Scripts.ROOT, 2, "workshop", "check", "07");
    Scripts.Ran diff = Scripts.run(Scripts.ROOT, 2, "workshop", "diff", "02");
    Scripts.Ran unknown = Scripts.run(Scripts.ROOT, 2, "workshop", "paint");
    Scripts.Ran none = Scripts.run(Scripts.ROOT, 2, "workshop");

    assertThat(hint.status()).isEqualTo(2);
    assertThat(hint.errors().get(0)).startsWith("error: hint 09.9: no such exercise; the exercises are 01.1, 02.1");
    assertThat(check.status()).isEqualTo(2);
    assertThat(check.errors().get(0)).startsWith("error: check 07: no such module; the modules with exercises are 01, 02, 03, 04, 05");
    assertThat(diff.status()).isEqualTo(2);
    assertThat(diff.errors().get(0)).startsWith("error: diff 02: there are no solutions to compare with here");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.errors().get(0)).startsWith("error: ");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.errors().get(0)).isEqualTo("error: name a command: new, check, hint or diff");
    for (Scripts.Ran ran : List.of(hint, check, diff, unknown, none)) {
      assertThat(ran.err()).as("the usage follows the error line").contains("Usage: ./workshop");
      assertThat(ran.err()).doesNotContain("\tat ");
    }
  }

  @Test
  void newRefusesAFolderThatIsNotEmpty(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine");

    Scripts.Ran made = Scripts.run(Scripts.ROOT, 2, "workshop", "new", dir.toString());

    assertThat(made.status()).isEqualTo(2);
    assertThat(made.errors()).filteredOn(line -> line.startsWith("error:")).singleElement().asString()
        .isEqualTo("error: new " + dir + ": the folder is not empty; choose a new folder");
    assertThat(made.errors()).first().asString().startsWith("error: ");
    assertThat(made.err()).contains("Usage: ./workshop new");
    assertThat(dir).isDirectoryContaining(path -> path.getFileName().toString().equals("notes.txt"));
    assertThat(Files.list(dir).count()).isEqualTo(1);
  }
}
