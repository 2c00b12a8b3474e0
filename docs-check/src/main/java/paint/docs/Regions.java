package paint.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * The tagged regions of a source file: the lines between {@code // tag::NAME[]} and
 * {@code // end::NAME[]}. The READMEs show them as snippets, and the workshop turns them into exercises.
 */
public final class Regions {

  private Regions() { }

  /** Whether {@code file} has a region tagged {@code tag}. */
  public static boolean has(List<String> file, String tag) {
    return find(file, tag) != null;
  }

  /** The lines of region {@code tag}, its tag lines left out. */
  public static List<String> read(List<String> file, String tag) {
    int[] region = require(file, tag);
    return List.copyOf(file.subList(region[0] + 1, region[1]));
  }

  /** The lines of {@code file} with region {@code tag} replaced by {@code lines}; the tag lines stay. */
  public static List<String> replace(List<String> file, String tag, List<String> lines) {
    int[] region = require(file, tag);
    List<String> result = new ArrayList<>(file.subList(0, region[0] + 1));
    result.addAll(lines);
    result.addAll(file.subList(region[1], file.size()));
    return result;
  }

  private static int[] require(List<String> file, String tag) {
    int[] region = find(file, tag);
    if (region == null) {
      throw new IllegalArgumentException("no region " + tag + " (// tag::" + tag + "[] to // end::" + tag + "[])");
    }
    return region;
  }

  /** Where the tag line and the end line of region {@code tag} are, or null. */
  private static int[] find(List<String> file, String tag) {
    int start = -1;
    for (int i = 0; i < file.size(); i++) {
      String line = file.get(i).trim();
      if (line.equals("// tag::" + tag + "[]")) {
        start = i;
      } else if (line.equals("// end::" + tag + "[]") && start >= 0) {
        return new int[] {start, i};
      }
    }
    return null;
  }
}
