package paint.workshop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import paint.docs.Exercise;
import paint.docs.Regions;
import paint.stage.Style;

/**
 * The twins of the exercises: regions of other painting files that hold the same code as an exercise's
 * solution, because a later style reuses it unchanged (03's {@code checkUntilDry} is 02's; the offload
 * sidebar's {@code untilDry} and {@code paintAll} are 03's). A learner's copy must not show them, so they
 * are stubs there too, and {@code ./workshop check} fills each with the learner's own code of its exercise
 * before it compiles: 03 then runs on your 02.1.
 */
final class Twins {

  /** Where a copy lists its twins: a line {@code FILE#TAG ID} each. */
  static final String LIST = ".workshop/twins";

  /** Region {@code tag} of {@code file} holds exercise {@code of}'s code. */
  record Twin(String file, String tag, Exercise of) {

    /** What its stub throws: the exercise's words, so that the scoreboard names the exercise. */
    String stubMessage() {
      return "exercise " + of.id() + " " + of.method() + ": your code of it, which ./workshop check copies here from "
          + of.file().replace('\\', '/');
    }
  }

  private Twins() { }

  /** The twins of {@code exercises} in the repository at {@code root}, whose painting files are the solutions. */
  static List<Twin> find(Path root, List<Exercise> exercises) throws IOException {
    List<Twin> twins = new ArrayList<>();
    for (Exercise exercise : exercises) {
      List<String> solution = Regions.read(lines(root.resolve(exercise.file())), exercise.method());
      for (Style style : Style.ALL) {
        Path file = root.resolve(style.paintingFile());
        if (style.paintingFile().equals(exercise.file()) || !Files.exists(file)) {
          continue;
        }
        List<String> lines = lines(file);
        Twin twin = new Twin(style.paintingFile(), exercise.method(), exercise);
        if (Regions.has(lines, exercise.method()) && Regions.read(lines, exercise.method()).equals(solution)
            && !twins.contains(twin)) { // once, though two styles paint with the file (06's event-bus and cluster)
          twins.add(twin);
        }
      }
    }
    return twins;
  }

  /** The twins that {@code ./workshop new} listed in the copy at {@code root}; none in the repository. */
  static List<Twin> listed(Path root, List<Exercise> exercises) throws IOException {
    Path list = root.resolve(LIST);
    List<Twin> twins = new ArrayList<>();
    if (!Files.exists(list)) {
      return twins;
    }
    for (String line : lines(list)) {
      String[] parts = line.split(" ");
      String[] region = parts[0].split("#");
      exercises.stream().filter(e -> e.id().equals(parts[1])).findFirst()
          .ifPresent(exercise -> twins.add(new Twin(region[0], region[1], exercise)));
    }
    return twins;
  }

  /** Writes the list of {@code twins} into the copy at {@code dir}. */
  static void list(Path dir, List<Twin> twins) throws IOException {
    List<String> lines = twins.stream().map(twin -> twin.file() + "#" + twin.tag() + " " + twin.of().id()).toList();
    Files.write(dir.resolve(LIST), lines, StandardCharsets.UTF_8);
  }

  /**
   * Copies the learner's code of each twin's exercise into the twin, in the copy at {@code root}; a twin
   * whose exercise is still a stub stays a stub. Returns the twins it filled.
   */
  static List<Twin> fill(Path root, List<Twin> twins) throws IOException {
    List<Twin> filled = new ArrayList<>();
    for (Twin twin : twins) {
      List<String> source = lines(root.resolve(twin.of().file()));
      Path file = root.resolve(twin.file());
      List<String> target = lines(file);
      if (!Regions.has(source, twin.tag()) || !Regions.has(target, twin.tag()) || Stubs.isStub(source, twin.of())) {
        continue;
      }
      List<String> yours = Regions.read(source, twin.tag());
      if (!Regions.read(target, twin.tag()).equals(yours)) {
        Files.writeString(file, String.join("\n", Regions.replace(target, twin.tag(), yours)) + "\n",
            StandardCharsets.UTF_8);
        filled.add(twin);
      }
    }
    return filled;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
