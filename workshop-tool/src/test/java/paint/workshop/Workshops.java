package paint.workshop;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs {@code ./workshop} commands in this JVM, on a repository or a learner's copy, as the script runs
 * them (the script only finds a JDK and the jar, then hands its arguments on): no shell, on any system.
 */
final class Workshops {

  /** The repository's root: the tests run in {@code workshop-tool}. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** Whether these tests run in a learner's copy, whose painting files are stubs or the learner's code. */
  static boolean inACopy() {
    return Copy.isCopy(ROOT);
  }

  /** What a command printed, and its exit status. */
  record Ran(int status, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }

    /** What it printed on standard error, without the progress lines ({@code workshop: compiling ...}). */
    List<String> errors() {
      return err.lines().filter(line -> !line.startsWith("workshop: ")).toList();
    }

    /** Everything it printed, to explain a failed assertion. */
    String shown() {
      return out + err;
    }
  }

  private Workshops() { }

  /** A new learner's copy at {@code dir} whose exercise {@code id} holds the solution, so that a check runs it. */
  static Path copyWithSolved(Path dir, String id) throws java.io.IOException {
    org.assertj.core.api.Assertions.assertThat(run(ROOT, "new", dir.toString()).status()).isZero();
    paint.docs.Exercise exercise = paint.docs.Exercise.all(dir).stream().filter(e -> e.id().equals(id)).findFirst()
        .orElseThrow();
    Path file = dir.resolve(exercise.file());
    java.nio.file.Files.write(file, paint.docs.Regions.replace(java.nio.file.Files.readAllLines(file), exercise.method(),
        paint.docs.Regions.read(java.nio.file.Files.readAllLines(ROOT.resolve(exercise.file())), exercise.method())));
    return dir;
  }

  /** Runs {@code ./workshop args} in {@code dir}. */
  static Ran run(Path dir, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Workshop.run(dir, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), args);
    return new Ran(status, out.toString(UTF_8), err.toString(UTF_8));
  }
}
