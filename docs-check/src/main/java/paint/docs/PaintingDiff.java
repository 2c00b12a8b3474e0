package paint.docs;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import paint.stage.Style;

/**
 * What changed between two styles' painting files: {@code ./compare 01 02} prints it, the READMEs show
 * it, and the root README counts its lines. A unified diff, made here in Java (with java-diff-utils), so
 * that it is the same on every machine, with or without git.
 */
public final class PaintingDiff {

  /** Lines of context around each change, as {@code diff -u} and git show them. */
  private static final int CONTEXT = 3;

  private PaintingDiff() { }

  /** The style that {@code name} names: a module's number ({@code 01} to {@code 06}) or a style's name. */
  public static Optional<Style> style(String name) {
    return name.matches("\\d\\d") ? Style.ofModule(name) : Style.named(name);
  }

  /** The unified diff from {@code from}'s painting file to {@code to}'s; empty when they are the same. */
  public static List<String> unified(Path root, Style from, Style to) {
    return unified(lines(root, from.paintingFile()), lines(root, to.paintingFile()), "a/" + from.paintingFile(),
        "b/" + to.paintingFile());
  }

  /** The unified diff from {@code a}, named {@code nameA}, to {@code b}; empty when they are the same. */
  public static List<String> unified(List<String> a, List<String> b, String nameA, String nameB) {
    Patch<String> patch = DiffUtils.diff(a, b);
    return patch.getDeltas().isEmpty() ? List.of() : UnifiedDiffUtils.generateUnifiedDiff(nameA, nameB, a, patch, CONTEXT);
  }

  /** The two painting files side by side, each column {@code width} characters: {@code ./compare -y}. */
  public static List<String> sideBySide(Path root, Style from, Style to, int width) {
    DiffRowGenerator rows = DiffRowGenerator.create().showInlineDiffs(false).lineNormalizer(line -> line).build();
    List<String> out = new ArrayList<>();
    String format = "%-" + width + "." + width + "s %s %-" + width + "." + width + "s";
    out.add(String.format(format, from.paintingFile(), " ", to.paintingFile()).stripTrailing());
    for (DiffRow row : rows.generateDiffRows(lines(root, from.paintingFile()), lines(root, to.paintingFile()))) {
      String mark = switch (row.getTag()) {
        case EQUAL -> " ";
        case INSERT -> ">";
        case DELETE -> "<";
        case CHANGE -> "|";
      };
      out.add(String.format(format, row.getOldLine(), mark, row.getNewLine()).stripTrailing());
    }
    return out;
  }

  /** Lines added plus lines removed between two files, paths from {@code root}. */
  public static int linesChanged(Path root, String from, String to) {
    int changed = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(lines(root, from), lines(root, to)).getDeltas()) {
      changed += delta.getSource().size() + delta.getTarget().size();
    }
    return changed;
  }

  private static List<String> lines(Path root, String file) {
    try {
      return Files.readAllLines(root.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
