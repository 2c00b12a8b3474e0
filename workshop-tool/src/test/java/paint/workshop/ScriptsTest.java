package paint.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The root scripts are thin: each finds a JDK and the workshop's jar and hands its arguments on unchanged,
 * so that the tests of the tool (run in this JVM, on any system) test what the scripts run. Every bash
 * script has a {@code .cmd} twin for cmd and PowerShell on Windows.
 */
class ScriptsTest {

  @Test
  void everyScriptHandsItsArgumentsUnchangedToTheWorkshopsJar() throws Exception {
    String workshop = Files.readString(Workshops.ROOT.resolve("workshop"));
    String workshopCmd = Files.readString(Workshops.ROOT.resolve("workshop.cmd"));
    String compare = Files.readString(Workshops.ROOT.resolve("compare"));
    String compareCmd = Files.readString(Workshops.ROOT.resolve("compare.cmd"));

    assertThat(lastCommand(workshop, "#")).isEqualTo("exec \"$java\" -Dworkshop.root=\"$root_for_java\" -jar \"$jar\" \"$@\"");
    assertThat(workshop).contains("jar=\"$root/workshop-tool/target/workshop.jar\"");
    assertThat(workshopCmd).contains("set \"JAR=%ROOT%\\workshop-tool\\target\\workshop.jar\"",
        "\"%JAVA%\" \"-Dworkshop.root=%ROOT%\" -jar \"%JAR%\" %*\r\n");
    assertThat(lastCommand(compare, "#")).isEqualTo("exec \"$(dirname \"$0\")/workshop\" compare \"$@\"");
    assertThat(compareCmd).contains("call \"%~dp0workshop.cmd\" compare %*\r\n");
  }

  @Test
  void everyRootScriptHasAWindowsTwinWithWindowsLineEndings() throws Exception {
    for (String script : List.of("mvnw", "workshop", "compare")) {
      Path twin = Workshops.ROOT.resolve(script + ".cmd");
      assertThat(twin).as(script).exists();
      assertThat(Files.readString(twin)).as(script + ".cmd has CRLF line endings").contains("\r\n")
          .doesNotContainPattern("[^\r]\n");
      assertThat(Files.readString(Workshops.ROOT.resolve(script))).as(script + " has LF line endings")
          .doesNotContain("\r");
    }
  }

  /** The last line of a script that is not a comment or blank. */
  private static String lastCommand(String script, String comment) {
    List<String> lines = script.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith(comment)).toList();
    return lines.get(lines.size() - 1);
  }
}
