package paint.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import paint.stage.Style;

/**
 * One exercise, as a module's README declares it in its "Exercises" section:
 *
 * <pre>
 * ### 02.1 checkUntilDry: the timer loop
 * &lt;!-- exercise: 02-callbacks/src/main/java/paint/callbacks/Paint.java#checkUntilDry --&gt;
 * ...
 * **Hint:** the idea, in words
 *
 * **More:** the shape of the code
 *
 * **Line:** `the one line that matters`
 *
 * **Checked by** `CallbacksTest.eachPaintingCallsBackOnceWhenItsCanvasIsDry`.
 * </pre>
 *
 * The region is the solution's tagged region (the one the README's snippets show), so the exercises
 * are made from the solutions and cannot drift from them.
 *
 * @param id the exercise's number, {@code 02.1}
 * @param method the method to write, which is also the region's tag
 * @param title what the exercise is about, in a few words
 * @param module the module's folder, {@code 02-callbacks}
 * @param file the painting file, relative to the repository's root
 * @param hint the first hint: the idea in words (what must happen, on which thread, which API family)
 * @param more the second hint: the shape of the code
 * @param line the third hint: the one line of the solution that matters, as code
 * @param checkedBy the tests that score it: {@code CallbacksTest} (every test of the class) or
 *     {@code CallbacksTest.eachPaintingCallsBackOnceWhenItsCanvasIsDry}
 */
public record Exercise(String id, String method, String title, String module, String file, String hint,
    String more, String line, List<String> checkedBy) {

  private static final Pattern HEADING = Pattern.compile("### (\\d\\d\\.\\d) (\\w+): (.+)");
  private static final Pattern MARKER = Pattern.compile("<!-- exercise: (\\S+)#(\\w+) -->");
  private static final Pattern TEST = Pattern.compile("`(\\w+Test(?:\\.\\w+)?)`");
  /** The paragraphs of the second and third hints, which a learner's copy keeps out of its READMEs. */
  public static final List<String> LATER_HINTS = List.of("**More:**", "**Line:**");
  /** The folder of a learner's copy where the workshop keeps its notes; its README says what the folder is. */
  public static final String WORKSHOP_FOLDER = ".workshop";

  /** What the stub throws, and what the scoreboard recognises a stub by. */
  public String stubMessage() {
    return "exercise " + id + " " + method + ": see " + module + "/README.md#exercises";
  }

  /** {@code 02.1 checkUntilDry}: how the scoreboard and the stub name it. */
  public String name() {
    return id + " " + method;
  }

  /** The Java package of the painting file, whose tests are the module's tests. */
  public String testPackage() {
    String path = file.replace('\\', '/');
    String inSources = path.substring(path.indexOf("src/main/java/") + "src/main/java/".length());
    return inSources.substring(0, inSources.lastIndexOf('/')).replace('/', '.');
  }

  /** The style whose painting file holds the exercise. */
  public Style style() {
    return Style.ofPaintingFile(file).orElseThrow(() -> new IllegalStateException(file + ": no style paints with it"));
  }

  /** The main class that runs the painting file. */
  public String mainClass() {
    return style().mainClass();
  }

  /** The README command that runs that main class, whose output the README shows. */
  public String runCommand() {
    return style().runCommand();
  }

  /**
   * Whether {@code root} is a learner's copy that {@code ./workshop new} made (its painting files hold stubs
   * or the learner's code), rather than the repository with the solutions.
   */
  public static boolean inACopy(Path root) {
    return Files.exists(root.resolve(WORKSHOP_FOLDER).resolve("README.md"));
  }

  /** Every exercise of the repository at {@code root}, in the order of the modules and of their READMEs. */
  public static List<Exercise> all(Path root) {
    List<Exercise> exercises = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.filter(dir -> dir.getFileName().toString().matches("\\d\\d-.+")).sorted().toList()) {
        Path readme = module.resolve("README.md");
        if (Files.exists(readme)) {
          exercises.addAll(read(module.getFileName().toString(), Files.readAllLines(readme)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return exercises;
  }

  /** The exercises that one module's README declares. */
  public static List<Exercise> read(String module, List<String> readme) {
    List<Exercise> exercises = new ArrayList<>();
    for (int i = 0; i < readme.size(); i++) {
      Matcher heading = HEADING.matcher(readme.get(i));
      Matcher marker = i + 1 < readme.size() ? MARKER.matcher(readme.get(i + 1)) : null;
      if (!heading.matches() || marker == null || !marker.matches()) {
        continue;
      }
      String hint = "";
      String more = "";
      String line = "";
      List<String> tests = new ArrayList<>();
      for (int j = i + 2; j < readme.size() && !readme.get(j).startsWith("#"); j++) {
        if (readme.get(j).startsWith("**Hint:**")) {
          hint = paragraph(readme, j).substring("**Hint:**".length()).trim();
        } else if (readme.get(j).startsWith("**More:**")) {
          more = paragraph(readme, j).substring("**More:**".length()).trim();
        } else if (readme.get(j).startsWith("**Line:**")) {
          line = paragraph(readme, j).substring("**Line:**".length()).trim().replaceAll("^`(.*)`$", "$1");
        } else if (readme.get(j).startsWith("**Checked by**")) {
          Matcher test = TEST.matcher(paragraph(readme, j));
          while (test.find()) {
            tests.add(test.group(1));
          }
        }
      }
      if (!marker.group(2).equals(heading.group(2))) {
        throw new IllegalStateException(module + "/README.md: exercise " + heading.group(1) + " is "
            + heading.group(2) + " but its region is #" + marker.group(2));
      }
      exercises.add(new Exercise(heading.group(1), heading.group(2), heading.group(3), module, marker.group(1),
          hint, more, line, List.copyOf(tests)));
    }
    return exercises;
  }

  /** The paragraph that starts at line {@code start}, as one line. */
  private static String paragraph(List<String> lines, int start) {
    StringBuilder text = new StringBuilder();
    for (int i = start; i < lines.size() && !lines.get(i).isBlank(); i++) {
      text.append(text.length() == 0 ? "" : " ").append(lines.get(i).trim());
    }
    return text.toString();
  }
}
