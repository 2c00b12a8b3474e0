package paint.testing;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Ctrl-C for a process that a test started: {@code kill -INT}, as a terminal sends it (Linux and macOS).
 * A process started in the background by a shell without job control ({@code ./mvnw verify &}) ignores
 * SIGINT, and so does every process it starts; there a Ctrl-C test cannot run, and says so.
 */
public final class CtrlC {

  private CtrlC() {
  }

  /** Skips the test, in one line, when this JVM ignores SIGINT (its children inherit that). */
  public static void assumeItReachesChildren() {
    assumeFalse(ignoredHere(), "Ctrl-C tests skipped: this JVM was started with SIGINT ignored (in the background"
        + " of a shell without job control), and so would be the processes it starts");
  }

  /** Sends SIGINT to {@code process}, as Ctrl-C in its terminal would. */
  public static void send(Process process) throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
  }

  /** On Linux, from the SigIgn mask of /proc/self/status (SIGINT is signal 2: bit 1); elsewhere false. */
  static boolean ignoredHere() {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    try {
      return Files.readAllLines(status).stream().filter(line -> line.startsWith("SigIgn:"))
          .map(line -> Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16))
          .anyMatch(mask -> (mask & 0x2) != 0);
    } catch (IOException e) {
      return false;
    }
  }
}
