package paint.workshop;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a solution's tagged region ({@code // tag::checkUntilDry[]} to {@code // end::checkUntilDry[]})
 * into a stub that compiles: the Javadoc and the signature stay, the body becomes one {@code throw}.
 * And back: the solution's region put in place of the learner's.
 */
final class Stubs {

  private Stubs() { }

  /** The lines of {@code file} with the region of {@code exercise} replaced by its stub. */
  static List<String> stub(List<String> file, Exercise exercise) {
    int[] region = region(file, exercise.method());
    List<String> lines = file.subList(region[0] + 1, region[1]);
    int body = bodyStart(lines, exercise);
    List<String> stub = new ArrayList<>(lines.subList(0, body));
    String indent = lines.get(0).replaceAll("\\S.*", ""); // the Javadoc's, which is the method's
    stub.add(indent + "  throw new UnsupportedOperationException(\"" + exercise.stubMessage() + "\");");
    stub.add(indent + "}");
    return replaced(file, region, stub);
  }

  /** Whether the region of {@code exercise} in {@code file} is still the stub. */
  static boolean isStub(List<String> file, Exercise exercise) {
    try {
      return String.join("\n", region(file, exercise)).contains("\"" + exercise.stubMessage() + "\"");
    } catch (IllegalStateException tagsGone) { // the learner removed the tag lines: the tests still score it
      return false;
    }
  }

  /** The lines of the region of {@code exercise}, its tags left out. */
  static List<String> region(List<String> file, Exercise exercise) {
    int[] region = region(file, exercise.method());
    return List.copyOf(file.subList(region[0] + 1, region[1]));
  }

  /** The lines of {@code file} with the region of {@code exercise} replaced by {@code lines}. */
  static List<String> withRegion(List<String> file, Exercise exercise, List<String> lines) {
    return replaced(file, region(file, exercise.method()), lines);
  }

  private static List<String> replaced(List<String> file, int[] region, List<String> lines) {
    List<String> result = new ArrayList<>(file.subList(0, region[0] + 1));
    result.addAll(lines);
    result.addAll(file.subList(region[1], file.size()));
    return result;
  }

  /** Where the tag line and the end line of region {@code tag} are. */
  private static int[] region(List<String> file, String tag) {
    int start = -1;
    for (int i = 0; i < file.size(); i++) {
      String line = file.get(i).trim();
      if (line.equals("// tag::" + tag + "[]")) {
        start = i;
      } else if (line.equals("// end::" + tag + "[]") && start >= 0) {
        return new int[] {start, i};
      }
    }
    throw new IllegalStateException("no region " + tag + " (// tag::" + tag + "[] to // end::" + tag + "[])");
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
