package paint.workshop;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C during a check: one line, Maven stopped with the tool, exit status 130. */
@Timeout(120)
class CtrlCTest {

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void ctrlCStopsMavenAndSaysSoInOneLine(@TempDir Path temp) throws Exception {
    assumeFalse(Workshops.inACopy(), "a learner's copy");
    Path copy = temp.resolve("my-workshop");
    assertThat(Workshops.run(Workshops.ROOT, "new", copy.toString()).status()).isZero();
    Process check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), "-Dworkshop.root=" + copy, Workshop.class.getName(), "check", "02")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader err = check.errorReader(UTF_8);
    assertThat(err.readLine()).startsWith("workshop: compiling 02-callbacks");
    List<ProcessHandle> maven = new ArrayList<>();
    for (long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); maven.isEmpty() && System.nanoTime() < giveUp; ) {
      maven.addAll(check.descendants().toList()); // Maven has started once the check has a child
      check.waitFor(100, TimeUnit.MILLISECONDS);
    }
    assertThat(maven).as("Maven started").isNotEmpty();

    new ProcessBuilder("kill", "-INT", String.valueOf(check.pid())).start().waitFor();

    assertThat(check.waitFor(20, TimeUnit.SECONDS)).as("the check ended").isTrue();
    assertThat(check.exitValue()).isEqualTo(130);
    List<String> rest = err.lines().filter(line -> !line.startsWith("workshop: running")
        && !line.startsWith("workshop: compiling (")).toList();
    assertThat(rest).singleElement().asString().startsWith("workshop: stopped (Ctrl-C)");
    for (ProcessHandle process : maven) {
      assertThat(process.onExit().get(10, TimeUnit.SECONDS).isAlive()).as("Maven, pid " + process.pid()).isFalse();
    }
  }
}
