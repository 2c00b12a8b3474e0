package paint.workshop;

import java.util.ArrayList;
import java.util.List;
import paint.docs.Exercise;
import paint.docs.Regions;

/**
 * Turns a solution's tagged region ({@code // tag::checkUntilDry[]} to {@code // end::checkUntilDry[]})
 * into a stub that compiles: the Javadoc and the signature stay, the body becomes one {@code throw}.
 */
final class Stubs {

  private Stubs() { }

  /** The lines of {@code file} with the region of {@code exercise} replaced by its stub. */
  static List<String> stub(List<String> file, Exercise exercise) {
    return stub(file, exercise, exercise.stubMessage());
  }

  /**
   * The lines of {@code file} with its region named like {@code exercise}'s replaced by a stub that throws
   * {@code message}: the exercise's own, or a twin of it (the same code in another painting file).
   */
  static List<String> stub(List<String> file, Exercise exercise, String message) {
    List<String> lines = Regions.read(file, exercise.method());
    int body = bodyStart(lines, exercise);
    List<String> stub = new ArrayList<>(lines.subList(0, body));
    String indent = lines.get(0).replaceAll("\\S.*", ""); // the Javadoc's, which is the method's
    stub.add(indent + "  throw new UnsupportedOperationException(\"" + message + "\");");
    stub.add(indent + "}");
    return Regions.replace(file, exercise.method(), stub);
  }

  /** Whether the region of {@code exercise} in {@code file} is still the stub. */
  static boolean isStub(List<String> file, Exercise exercise) {
    return Regions.has(file, exercise.method()) // the learner may have removed the tag lines: the tests still score it
        && String.join("\n", Regions.read(file, exercise.method())).contains("\"" + exercise.stubMessage() + "\"");
  }

  /** The index of the first line of the body: after the Javadoc, and after the signature's opening brace. */
  private static int bodyStart(List<String> region, Exercise exercise) {
    int i = 0;
    if (region.get(0).trim().startsWith("/**")) {
      while (!region.get(i).contains("*/")) {
        i++;
      }
      i++;
    }
    while (i < region.size() && !region.get(i).stripTrailing().endsWith("{")) {
      i++;
    }
    if (i >= region.size() - 1) {
      throw new IllegalStateException(exercise.file() + "#" + exercise.method() + ": no method body in the region");
    }
    return i + 1;
  }
}
