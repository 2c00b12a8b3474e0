package paint.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Maven idiom most Java developers type first, a plain {@code exec:java} without {@code @STYLE}, is not
 * met with silence: in a numbered module it prints one line that names the module's styles and the command
 * that runs one, as the root README says.
 */
@Timeout(300)
class PlainExecTest {

  static final String COMMAND = "./mvnw -q -pl 01-sequential -am compile exec:java";

  @Test
  void namesTheStylesOfTheModuleInOneLine() throws Exception {
    assertThat(Files.readString(Commands.ROOT.resolve("README.md"))).contains("`" + COMMAND + "`");

    Commands.Ran ran = Commands.execute(COMMAND, List.of(Commands.mavenWrapper(), "-q", "-pl", "01-sequential", "-am",
        "compile", "exec:java"));

    assertThat(ran.status()).as("exit status; errors: %s", ran.err()).isZero();
    assertThat(ran.out()).containsExactly("01-sequential: name a style: exec:java@sequential or exec:java@threads,"
        + " as in ./mvnw -q -pl 01-sequential -am compile exec:java@sequential");
  }
}
