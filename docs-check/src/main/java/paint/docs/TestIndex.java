package paint.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The Java sources of the repository, to look up the tests that a README or an exercise names. */
public final class TestIndex {

  /** Each source file's contents, by the file's simple name ({@code CallbacksTest.java}); several may share one. */
  private final Map<Path, String> sources = new LinkedHashMap<>();

  private TestIndex() { }

  /** Every {@code .java} file under a {@code src} folder of {@code root}, builds ({@code target}) left out. */
  public static TestIndex of(Path root) {
    TestIndex index = new TestIndex();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().toList()) {
        Path relative = root.relativize(file);
        if (contains(relative, "src") && !contains(relative, "target")) {
          index.sources.put(relative, Files.readString(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return index;
  }

  /** Whether a method {@code void method(} exists in class {@code testClass} (any class when null). */
  public boolean hasTest(String testClass, String method) {
    String signature = "void " + method + "(";
    return sources.entrySet().stream()
        .filter(source -> testClass == null || source.getKey().getFileName().toString().equals(testClass + ".java"))
        .anyMatch(source -> source.getValue().contains(signature));
  }

  private static boolean contains(Path path, String part) {
    for (Path name : path) {
      if (name.toString().equals(part)) {
        return true;
      }
    }
    return false;
  }
}
