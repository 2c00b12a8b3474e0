package paint.workshop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a root script ({@code ./workshop}) the way a learner does, on the JDK that runs the tests. */
final class Scripts {

  /** The repository's root: the tests run in {@code workshop-tool}. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** Whether these tests run in a learner's copy, whose painting files are stubs or the learner's code. */
  static boolean inACopy() {
    return Copy.isCopy(ROOT);
  }

  /** What a script printed, and its exit status. */
  record Ran(int status, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }

    /** What it printed on standard error, without the progress lines ({@code workshop: building ...}). */
    List<String> errors() {
      return err.lines().filter(line -> !line.startsWith("workshop: ")).toList();
    }
  }

  private Scripts() { }

  /** Runs {@code dir/script args} with bash, in {@code dir}; gives up after {@code minutes}. */
  static Ran run(Path dir, long minutes, String script, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", dir.resolve(script).toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("script", ".out");
    Path err = Files.createTempFile("script", ".err");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home")); // Maven and the tool on this JDK
    Process process = builder.start();
    if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(script + " " + String.join(" ", args) + " did not end within " + minutes + " min");
    }
    Ran ran = new Ran(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return ran;
  }
}
