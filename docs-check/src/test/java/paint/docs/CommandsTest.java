package paint.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import paint.stage.Style;

/**
 * Every {@code ./mvnw ... exec:java@STYLE} command that a README gives, in a block or in a sentence,
 * runs as typed and runs the style it names: its first line is that style's, or, for options that the
 * style refuses, its usage. On a JDK older than a style needs, the command fails and Maven says why.
 */
@Timeout(600)
class CommandsTest {

  /** Every distinct exec command of every README. */
  static Stream<String> commands() throws Exception {
    List<String> commands = new ArrayList<>();
    for (var path : ReadmeCheck.readmes(Commands.ROOT)) {
      for (String command : Readme.read(path).find(Commands.EXEC)) {
        if (!commands.contains(command) && Commands.Exec.of(command).isPresent()) {
          commands.add(command);
        }
      }
    }
    return commands.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void runsTheStyleItNames(String command) {
    assumeFalse(Exercise.inACopy(Commands.ROOT),
        "a workshop copy: the learner's code may not run yet");
    Commands.Exec exec = Commands.Exec.of(command).orElseThrow();
    Style style = exec.style();
    assumeTrue(Runtime.version().feature() < style.jdk() || Commands.runsHere(command, List.of()),
        CiPasses.onJdk21(style.module()) ? "CI runs it on JDK 21+ (-Dreadme.everyJdk=true runs it here too)"
            : "CI runs it on JDK 17 (-Dreadme.everyJdk=true runs it here too)");
    assertThat(style.module()).as("the module of %s", style.name()).isEqualTo(exec.module());
    Commands.Ran ran = Commands.run(command);

    if (Runtime.version().feature() < style.jdk()) {
      assertThat(ran.status()).as("%s on JDK %d", command, Runtime.version().feature()).isNotZero();
      assertThat(String.join("\n", ran.out()) + String.join("\n", ran.err()))
          .contains("Could not find the selected project in the reactor");
    } else if (ran.status() == 2) { // options the style refuses: one error line, then its usage
      assertThat(ran.err()).as("%s", command).first().asString().startsWith("error: ");
      assertThat(ran.err()).as("%s", command).contains("usage: " + style.name() + " [options]");
    } else {
      assertThat(ran.firstLine()).as("the first line of %s (errors: %s)", command, ran.err())
          .startsWith(style.name() + ": ");
    }
  }

  @Test
  void theCommandsAreFound() throws Exception {
    List<String> commands = commands().toList();
    assertThat(commands).hasSizeGreaterThanOrEqualTo(15)
        .contains("./mvnw -q -pl 05-virtual-threads -am compile exec:java@virtual-threads",
            "./mvnw -q -pl 05-virtual-threads -am compile exec:java@jdk-virtual-threads");
    for (Style style : Style.ALL) {
      assertThat(commands).as("a README runs %s", style.name()).anyMatch(c -> c.startsWith(style.runCommand()));
    }
  }
}
