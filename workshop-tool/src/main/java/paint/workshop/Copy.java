package paint.workshop;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import paint.docs.Exercise;
import paint.docs.PaintingDiff;
import paint.docs.Readme;

/**
 * {@code ./workshop new DIR}: a learner's copy of the repository at DIR, its own git repository, with
 * every exercise's region replaced by its stub. The solutions go to {@code .workshop/solutions}, for
 * {@code ./workshop diff}. Nothing in the original repository changes.
 */
final class Copy {

  /** Where a copy keeps the solutions; its presence also says "this is a learner's copy". */
  static final String SOLUTIONS = ".workshop/solutions";

  /** What is never copied: builds, git's own folder, IDE state. */
  private static final Set<String> SKIPPED = Set.of(".git", "target", ".idea", ".workshop");
  /**
   * Files never copied: the original repository's end-to-end test of the workshop, which spells out the
   * solutions' lines to make its mistakes (in a copy it is skipped anyway).
   */
  private static final Set<String> SKIPPED_FILES = Set.of("workshop-tool/src/test/java/paint/workshop/WorkshopTest.java");

  private Copy() { }

  /** Makes the copy; returns the exercises it holds. */
  static List<Exercise> make(Path root, Path dir, PrintStream out) throws IOException, InterruptedException {
    List<Exercise> exercises = Exercise.all(root);
    List<Twins.Twin> twins = Twins.find(root, exercises);
    for (Path file : files(root)) {
      Path target = dir.resolve(root.relativize(file).toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
    }
    Map<String, List<String>> stubbed = new LinkedHashMap<>();
    for (Exercise exercise : exercises) {
      List<String> solution = Files.readAllLines(root.resolve(exercise.file()), StandardCharsets.UTF_8);
      stubbed.put(exercise.file(), Stubs.stub(stubbed.getOrDefault(exercise.file(), solution), exercise));
      Path kept = dir.resolve(SOLUTIONS).resolve(exercise.file());
      Files.createDirectories(kept.getParent());
      Files.copy(root.resolve(exercise.file()), kept, StandardCopyOption.REPLACE_EXISTING);
    }
    for (Twins.Twin twin : twins) { // the same code elsewhere: a stub too, until check copies the learner's in
      List<String> file = stubbed.containsKey(twin.file()) ? stubbed.get(twin.file())
          : Files.readAllLines(root.resolve(twin.file()), StandardCharsets.UTF_8);
      stubbed.put(twin.file(), Stubs.stub(file, twin.of(), twin.stubMessage()));
    }
    for (Map.Entry<String, List<String>> file : stubbed.entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), String.join("\n", file.getValue()) + "\n", StandardCharsets.UTF_8);
    }
    hideSolutions(dir, exercises, twins);
    Files.writeString(dir.resolve(".workshop/README.md"), "The solutions of the exercises, which `./workshop solution`"
        + " and `./workshop diff` show.\nThey are here so that you can compare once you have tried: no peeking before!\n");
    Twins.list(dir, twins);
    gitInit(dir, out);
    return exercises;
  }

  /**
   * Try before you read: in the copy's READMEs and docs, a snippet of an exercise's region (or of a twin)
   * becomes a pointer to the exercise, and each {@code ./compare} diff is made again from the copy's files,
   * whose exercises are stubs. The explanations stay.
   */
  private static void hideSolutions(Path dir, List<Exercise> exercises, List<Twins.Twin> twins) throws IOException {
    for (Path page : Readme.pages(dir)) {
      Readme readme = Readme.read(page);
      List<Readme.Block> blocks = new ArrayList<>(readme.blocks());
      java.util.Collections.reverse(blocks); // from the end, so that a rewrite moves no block still to rewrite
      List<String> text = readme.lines();
      List<Readme.Block> inOrder = readme.blocks();
      for (Readme.Block block : blocks) {
        List<String> hidden = null;
        if (block.snippet().isPresent()) {
          Exercise exercise = exerciseOf(block.snippet().get(), exercises, twins);
          if (exercise != null) {
            hidden = List.of("  // You write this in exercise " + exercise.id() + " " + exercise.method()
                + ": ./workshop hint " + exercise.id() + ", and ./workshop solution " + exercise.id()
                + " once you have tried.");
          }
        } else if (block.isOutput() && block.info().equals("diff")) {
          int at = inOrder.indexOf(block);
          List<String> command = at > 0 ? inOrder.get(at - 1).lines() : List.of();
          String[] words = command.size() == 1 ? command.get(0).trim().split("\\s+") : new String[0];
          if (words.length == 3 && words[0].equals("./compare")) {
            var a = PaintingDiff.style(words[1]);
            var b = PaintingDiff.style(words[2]);
            if (a.isPresent() && b.isPresent()) {
              hidden = PaintingDiff.unified(dir, a.get(), b.get());
            }
          }
        }
        if (hidden != null) {
          text = new Readme(page, text).withBlock(block, hidden);
        }
      }
      if (!text.equals(readme.lines())) {
        Files.write(page, text, StandardCharsets.UTF_8);
      }
    }
  }

  /** The exercise whose code a snippet shows (its own region, or a twin's), or null. */
  private static Exercise exerciseOf(Readme.Snippet snippet, List<Exercise> exercises, List<Twins.Twin> twins) {
    for (Exercise exercise : exercises) {
      if (exercise.file().equals(snippet.file()) && exercise.method().equals(snippet.tag())) {
        return exercise;
      }
    }
    for (Twins.Twin twin : twins) {
      if (twin.file().equals(snippet.file()) && twin.tag().equals(snippet.tag())) {
        return twin.of();
      }
    }
    return null;
  }

  /** The files to copy: what git tracks or would track when the repository is a git clone, else every file. */
  private static List<Path> files(Path root) throws IOException, InterruptedException {
    if (Files.exists(root.resolve(".git"))) { // a folder, or a file in a git worktree
      try {
        Process git = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
            .directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String listed = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (git.waitFor() == 0) {
          List<Path> files = new ArrayList<>();
          for (String name : listed.split("\0")) {
            Path file = root.resolve(name);
            if (!name.isEmpty() && Files.isRegularFile(file) && !skipped(root.relativize(file))) {
              files.add(file);
            }
          }
          return files;
        }
      } catch (IOException noGit) {
        // no git on this machine: copy every file below
      }
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(file -> !skipped(root.relativize(file))).toList();
    }
  }

  private static boolean skipped(Path relative) {
    if (SKIPPED_FILES.contains(relative.toString().replace('\\', '/'))) {
      return true;
    }
    for (Path part : relative) {
      if (SKIPPED.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  /** Makes {@code dir} a git repository whose first commit is the starting point, when git is there. */
  private static void gitInit(Path dir, PrintStream out) throws InterruptedException {
    try {
      boolean ok = git(dir, "init", "-q") && git(dir, "add", "-A")
          && git(dir, "-c", "user.name=workshop", "-c", "user.email=workshop@localhost", "-c", "commit.gpgsign=false",
              "commit", "-q", "-m", "The workshop's starting point: every exercise is a stub");
      if (!ok) {
        out.println("note: git could not commit the starting point; the copy is there all the same");
      }
    } catch (IOException noGit) {
      out.println("note: git is not on this machine, so the copy is not a git repository");
    }
  }

  private static boolean git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process git = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    return git.waitFor(60, TimeUnit.SECONDS) && git.exitValue() == 0;
  }

  /** Whether {@code root} is a learner's copy rather than the repository with the solutions. */
  static boolean isCopy(Path root) {
    return Files.isDirectory(root.resolve(SOLUTIONS));
  }
}
