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
 * every exercise's region replaced by its stub, and the READMEs holding back what gives an answer away
 * (the second and third hints, the snippets of the solutions, the passages that explain them). What is
 * held back goes to {@link Solutions#STORE}, out of the copy's git and out of clear text, for
 * {@code ./workshop hint}, {@code solution} and {@code diff}. Nothing in the original repository changes.
 */
final class Copy {

  /** What is never copied: builds, git's own folder, IDE state, a copy's notes. */
  private static final Set<String> SKIPPED = Set.of(".git", "target", ".idea", Exercise.WORKSHOP_FOLDER);
  /**
   * What a file says, in a comment, when the copy must leave it out because it spells out answers (the
   * end-to-end test of the workshop, which makes its mistakes from the solutions; a benchmark that measures
   * an exercise's code): these words, then why. Written in two pieces here, so that this file is not one of
   * them.
   */
  static final String LEFT_OUT = "Not in a learner" + "'s copy:";

  /** What the copy's git leaves out of its history: the held-back solutions, and which exercises were tried. */
  private static final List<String> IGNORED = List.of(Path.of(Solutions.STORE).getFileName().toString(), Check.TRIED_FILE);

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
    }
    for (Twins.Twin twin : twins) { // the same code elsewhere: a stub too, until check copies the learner's in
      List<String> file = stubbed.containsKey(twin.file()) ? stubbed.get(twin.file())
          : Files.readAllLines(root.resolve(twin.file()), StandardCharsets.UTF_8);
      stubbed.put(twin.file(), Stubs.stub(file, twin.of(), twin.stubMessage()));
    }
    for (Map.Entry<String, List<String>> file : stubbed.entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), String.join("\n", file.getValue()) + "\n", StandardCharsets.UTF_8);
    }
    Solutions.collect(root, exercises).store(dir);
    holdBack(dir, exercises, twins);
    Path notes = dir.resolve(Exercise.WORKSHOP_FOLDER);
    Files.writeString(notes.resolve("README.md"), "The workshop's notes on this copy: which painting files share an"
        + " exercise's code (twins),\nand, left out of git, the solutions that ./workshop solution and ./workshop diff"
        + " show once you have tried\n(compressed: no peeking before!), and which exercises you have tried.\n");
    Files.write(notes.resolve(".gitignore"), IGNORED, StandardCharsets.UTF_8);
    Twins.list(dir, twins);
    gitInit(dir, out);
    return exercises;
  }

  /**
   * Try before you read: in the copy's READMEs and docs, a passage that explains an answer becomes a line
   * that says when it shows, an exercise keeps only its first hint, a snippet of an exercise's region (or
   * of a twin) becomes a pointer to the exercise, and each {@code ./compare} diff is made again from the
   * copy's files, whose exercises are stubs. The other explanations stay.
   */
  private static void holdBack(Path dir, List<Exercise> exercises, List<Twins.Twin> twins) throws IOException {
    for (Path page : Readme.pages(dir)) {
      Readme readme = Readme.read(page);
      List<String> text = withoutAnswers(readme);
      text = withoutLaterHints(text);
      text = withoutSolutionBlocks(new Readme(page, text), dir, exercises, twins);
      if (!text.equals(readme.lines())) {
        Files.write(page, text, StandardCharsets.UTF_8);
      }
    }
  }

  /**
   * {@code readme}'s lines, each passage that explains an answer replaced by a line that says when it shows;
   * passages with nothing but blank lines between them share one line.
   */
  private static List<String> withoutAnswers(Readme readme) {
    List<String> text = new ArrayList<>();
    List<String> ids = new ArrayList<>(); // of the passages that the last line of text stands for
    int from = 0;
    for (Readme.Answer answer : readme.answers()) {
      List<String> between = readme.lines().subList(from, answer.start());
      if (ids.isEmpty() || between.stream().anyMatch(line -> !line.isBlank())) {
        text.addAll(between);
        ids.clear();
      } else {
        text.remove(text.size() - 1);
      }
      answer.ids().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
      text.add(heldBack(ids));
      from = answer.end() + 1;
    }
    text.addAll(readme.lines().subList(from, readme.lines().size()));
    return text;
  }

  /** The line that stands for passages that explain the answers of exercises {@code ids}. */
  static String heldBack(List<String> passages) {
    List<String> ids = passages.stream().sorted().toList();
    String last = ids.get(ids.size() - 1);
    return ids.size() == 1
        ? "> *Held back until you have tried exercise " + last + ": `./workshop solution " + last + "` then shows"
            + " the passage here, which explains its answer.*"
        : "> *Held back until you have tried exercises " + String.join(", ", ids.subList(0, ids.size() - 1)) + " and "
            + last + ": `./workshop solution` then shows, for each, what is here about its answer.*";
  }

  /** {@code lines} without the second and third hints of the exercises: {@code ./workshop hint} gives them. */
  private static List<String> withoutLaterHints(List<String> lines) {
    List<String> text = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (Exercise.LATER_HINTS.stream().anyMatch(line::startsWith)) {
        while (i < lines.size() && !lines.get(i).isBlank()) {
          i++; // the paragraph, and the blank line after it
        }
        continue;
      }
      text.add(line);
    }
    return text;
  }

  /** The lines of {@code readme} with its snippets of solutions replaced, and its diffs made from the copy. */
  private static List<String> withoutSolutionBlocks(Readme readme, Path dir, List<Exercise> exercises,
      List<Twins.Twin> twins) {
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
        text = new Readme(readme.path(), text).withBlock(block, hidden);
      }
    }
    return text;
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
            if (!name.isEmpty() && Files.isRegularFile(file) && !skipped(root, root.relativize(file))) {
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
      return walk.filter(Files::isRegularFile).filter(file -> !skipped(root, root.relativize(file))).toList();
    }
  }

  private static boolean skipped(Path root, Path relative) {
    for (Path part : relative) {
      if (SKIPPED.contains(part.toString())) {
        return true;
      }
    }
    return leftOut(root.resolve(relative));
  }

  /** Whether {@code file} says that a copy leaves it out (see {@link #LEFT_OUT}). */
  private static boolean leftOut(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains(LEFT_OUT);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
    return Exercise.inACopy(root);
  }
}
