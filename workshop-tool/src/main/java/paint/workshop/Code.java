package paint.workshop;

import java.util.ArrayList;
import java.util.List;

/** A Java file's code without its comments, for {@code ./workshop diff}: what differs is the code, not the words. */
final class Code {

  private Code() { }

  /** {@code lines} without Javadoc and block comments, comment-only lines, and comments at the end of a line. */
  static List<String> only(List<String> lines) {
    List<String> code = new ArrayList<>();
    boolean inComment = false;
    for (String line : lines) {
      String trimmed = line.trim();
      if (inComment) {
        inComment = !trimmed.contains("*/");
        continue;
      }
      if (trimmed.startsWith("/*")) {
        inComment = !trimmed.contains("*/");
        continue;
      }
      if (trimmed.startsWith("//") && !trimmed.matches("// (tag|end)::\\w+\\[]")) {
        continue;
      }
      code.add(withoutTrailingComment(line));
    }
    return code;
  }

  /** The line without a {@code //} comment at its end; a {@code //} inside a string stays. */
  static String withoutTrailingComment(String line) {
    boolean inString = false;
    for (int i = 0; i + 1 < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
        inString = !inString;
      } else if (!inString && c == '/' && line.charAt(i + 1) == '/') {
        return line.substring(0, i).stripTrailing();
      }
    }
    return line;
  }
}
