package paint.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import paint.docs.Exercise;

/**
 * Try before you read: a fresh learner's copy gives no exercise away, in none of its files and nowhere in
 * its git history, and {@code ./workshop solution} and {@code diff} show an exercise's solution only once
 * the learner has tried that exercise.
 */
@Timeout(120)
class CopyTest {

  @TempDir
  Path temp;

  /**
   * Every secret of every exercise (see {@link Secrets}) is in the repository, and in no file of a fresh
   * copy (its READMEs, docs, benchmarks, tests, comments, and the compressed store of the solutions, read
   * as bytes), nor in any object of the copy's git. The git objects are read as git writes them, each file
   * of {@code .git/objects} inflated with the JDK's {@link Inflater}: the test starts no {@code git}. A fresh
   * copy's objects are all loose (git packs them only later, in a {@code gc}); should a pack appear, the
   * test says so instead of passing.
   */
  @Test
  void aFreshCopyHoldsNoSecretInItsFilesNorInItsGitHistory() throws Exception {
    assumeFalse(Workshops.inACopy(), "a learner's copy: its painting files are not the solutions");
    Path copy = temp.resolve("my-workshop");
    assertThat(Workshops.run(Workshops.ROOT, "new", copy.toString()).status()).isZero();
    List<Exercise> exercises = Exercise.all(Workshops.ROOT);
    List<Secrets.Secret> secrets = Secrets.of(Workshops.ROOT, exercises, lessons(copy));

    for (Exercise exercise : exercises) {
      assertThat(secrets).as("%s has statements that give it away", exercise.name())
          .anyMatch(secret -> secret.exercise().equals(exercise));
    }
    for (Secrets.Secret secret : secrets) { // the scan finds what it looks for
      Secrets.Text solution = Secrets.Text.of("the solution",
          Files.readString(Workshops.ROOT.resolve(secret.exercise().file())));
      assertThat(Secrets.holds(solution.code(), secret.statement())).as(secret.statement()).isTrue();
    }
    Map<String, String> texts = new LinkedHashMap<>(); // by name
    try (Stream<Path> files = Files.walk(copy)) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> !copy.relativize(f).startsWith(".git")).toList()) {
        texts.put(copy.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    assertThat(texts).as("the copy's files").containsKey(Solutions.STORE.replace('/', java.io.File.separatorChar))
        .hasSizeGreaterThan(100);
    Path objects = copy.resolve(".git").resolve("objects");
    if (Files.isDirectory(objects)) {
      texts.putAll(gitObjects(objects));
    } else {
      System.out.println("CopyTest: git is not on this machine: the copy has no history to look in");
    }
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, String> named : texts.entrySet()) {
      Secrets.Text text = Secrets.Text.of(named.getKey(), named.getValue());
      for (Secrets.Secret secret : secrets) {
        if (text.holds(secret)) {
          found.add(text.name() + " holds code of exercise " + secret.exercise().name() + ": " + secret.statement());
        }
      }
    }
    assertThat(found).as("what the copy gives away").isEmpty();
  }

  /** The copy leaves out only the files that say so: the workshop's end-to-end test, and a benchmark of 04. */
  @Test
  void aCopyLeavesOutOnlyTheFilesThatSaySo() throws Exception {
    assumeFalse(Workshops.inACopy(), "a learner's copy");
    Path copy = temp.resolve("my-workshop");
    Workshops.run(Workshops.ROOT, "new", copy.toString());
    List<String> leftOut = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Workshops.ROOT)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = Workshops.ROOT.relativize(file);
        if (!relative.startsWith("target") && java.util.stream.StreamSupport.stream(relative.spliterator(), false)
            .noneMatch(part -> part.toString().equals("target")) && !Files.exists(copy.resolve(relative))) {
          leftOut.add(relative.toString().replace(java.io.File.separatorChar, '/'));
        }
      }
    }

    assertThat(leftOut).containsExactlyInAnyOrder("bench/ChainDepth.java",
        "workshop-tool/src/test/java/paint/workshop/WorkshopTest.java");
  }

  @Test
  void anExercisesSolutionIsShownOnceItWasTriedAndNoOtherOne() throws Exception {
    assumeFalse(Workshops.inACopy(), "a learner's copy");
    Path copy = temp.resolve("my-workshop");
    Workshops.run(Workshops.ROOT, "new", copy.toString());

    Workshops.Ran early = Workshops.run(copy, "solution", "02.1");
    Workshops.Ran earlyDiff = Workshops.run(copy, "diff", "02");
    Workshops.Ran anyway = Workshops.run(copy, "solution", "02.1", "--anyway");
    Files.writeString(copy.resolve(Check.TRIED), "02.1\n"); // what ./workshop check 02 notes after a try of 02.1
    Workshops.Ran tried = Workshops.run(copy, "solution", "2.1");
    Workshops.Ran other = Workshops.run(copy, "solution", "02.2");
    Workshops.Ran diff = Workshops.run(copy, "diff", "02");

    assertThat(early.status()).isEqualTo(1);
    assertThat(early.out()).startsWith("Try first: write 02.1 checkUntilDry, run ./workshop check 02")
        .doesNotContain("setTimer");
    assertThat(earlyDiff.status()).isEqualTo(1);
    assertThat(earlyDiff.out()).startsWith("Try first: write 02.1 checkUntilDry").doesNotContain("setTimer");
    assertThat(anyway.status()).isZero();
    assertThat(anyway.out()).contains("vertx.setTimer(");
    assertThat(tried.status()).isZero();
    assertThat(tried.out()).contains("vertx.setTimer(", "What 02-callbacks/README.md says about it:",
        "as the callback");
    assertThat(other.status()).isEqualTo(1);
    assertThat(other.out()).startsWith("Try first: write 02.2 paintAll").doesNotContain("left[0]");
    assertThat(diff.status()).isZero();
    assertThat(diff.out()).as("02.1's solution, but not 02.2's").contains("+      vertx.setTimer(")
        .doesNotContain("left[0]").contains("(02.2 paintAll is not shown: Try first");
  }

  /** The hints step: the idea, the shape, the line; the copy's README has only the first. */
  @Test
  void theHintsStepAndTheCopysReadmeShowsOnlyTheFirst() throws Exception {
    assumeFalse(Workshops.inACopy(), "a learner's copy");
    Path copy = temp.resolve("my-workshop");
    Workshops.run(Workshops.ROOT, "new", copy.toString());
    Exercise exercise = Exercise.all(Workshops.ROOT).stream().filter(e -> e.id().equals("03.2")).findFirst()
        .orElseThrow();

    Workshops.Ran idea = Workshops.run(copy, "hint", "03.2");
    Workshops.Ran shape = Workshops.run(copy, "hint", "03.2", "--more");
    Workshops.Ran line = Workshops.run(copy, "hint", "03.2", "--line");
    String readme = Files.readString(copy.resolve("03-futures/README.md"));

    assertThat(idea.out()).contains(exercise.hint(), "./workshop hint 03.2 --more").doesNotContain(exercise.more());
    assertThat(shape.out()).contains(exercise.more(), "./workshop hint 03.2 --line").doesNotContain(exercise.line());
    assertThat(line.out()).contains(exercise.line(), "./workshop solution 03.2");
    assertThat(readme).contains(exercise.hint().substring(0, 40)).doesNotContain("**More:**", "**Line:**")
        .contains(Copy.heldBack(List.of("03.1", "03.2")))
        .doesNotContain("`Future.join` or `Future.all`?");
    assertThat(Exercise.all(copy)).as("the copy's exercises, read from its READMEs")
        .extracting(Exercise::id).isEqualTo(Exercise.all(Workshops.ROOT).stream().map(Exercise::id).toList());
  }

  /** The code the lessons show in a copy: the painting files and mains of every module, exercises as stubs. */
  private static String lessons(Path copy) throws IOException {
    StringBuilder code = new StringBuilder();
    try (Stream<Path> files = Files.walk(copy)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = copy.relativize(file);
        String module = relative.getName(0).toString();
        if ((module.matches("\\d\\d-.+") || module.equals("common")) && relative.getNameCount() > 2
            && relative.getName(1).toString().equals("src") && relative.getName(2).toString().equals("main")) {
          code.append(Files.readString(file)).append('\n');
        }
      }
    }
    return code.toString();
  }

  /** Every object of a git repository's {@code objects} folder, inflated, by its name. */
  private static Map<String, String> gitObjects(Path objects) throws IOException, DataFormatException {
    Path packs = objects.resolve("pack");
    if (Files.isDirectory(packs)) {
      try (Stream<Path> packed = Files.list(packs)) {
        assertThat(packed.toList()).as("the copy's git packed its objects, which this test does not read").isEmpty();
      }
    }
    Map<String, String> inflated = new LinkedHashMap<>();
    List<Path> loose = new ArrayList<>();
    try (Stream<Path> files = Files.walk(objects)) {
      files.filter(Files::isRegularFile).filter(f -> f.getParent().getFileName().toString().matches("[0-9a-f]{2}"))
          .forEach(loose::add);
    }
    assertThat(loose).as("the copy's git objects").isNotEmpty();
    for (Path object : loose) {
      Inflater inflater = new Inflater();
      inflater.setInput(Files.readAllBytes(object));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && inflater.needsInput()) {
          break;
        }
        out.write(buffer, 0, n);
      }
      inflater.end();
      inflated.put("git object " + object.getParent().getFileName() + object.getFileName(),
          out.toString(StandardCharsets.ISO_8859_1));
    }
    return inflated;
  }
}
