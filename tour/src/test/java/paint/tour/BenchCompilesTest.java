package paint.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark programs in {@code bench/} behind the figures that docs/performance.md and the tests' comments
 * quote still compile against the code they measure, as {@code java -cp tour/target/tour.jar bench/X.java}
 * compiles them: a figure whose command no longer runs is a figure nobody can check.
 */
@Timeout(120)
class BenchCompilesTest {

  static final Path BENCH = Path.of("").toAbsolutePath().getParent().resolve("bench");

  @Test
  void everyBenchmarkProgramCompiles(@TempDir Path classes) throws Exception {
    List<String> files = new ArrayList<>();
    try (Stream<Path> all = Files.list(BENCH)) {
      all.filter(file -> file.toString().endsWith(".java"))
          .filter(file -> Runtime.version().feature() >= 21 || !needsJdk21(file))
          .map(Path::toString).sorted().forEach(files::add);
    }
    assertThat(files).isNotEmpty();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    for (String file : files) { // one at a time, as the source launcher compiles each on its own
      StringWriter errors = new StringWriter();
      List<String> options = List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
          "-proc:none", "-nowarn");
      boolean compiled;
      try (StandardJavaFileManager sources = javac.getStandardFileManager(null, null, null)) {
        compiled = javac.getTask(errors, sources, null, options, null, sources.getJavaFileObjects(file)).call();
      }
      assertThat(compiled).as("%s does not compile:%n%s", file, errors).isTrue();
    }
  }

  /** Whether the program says in its Javadoc that it needs JDK 21+ (its virtual threads do). */
  private static boolean needsJdk21(Path file) {
    try {
      return Files.readString(file).contains("JDK 21+");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
