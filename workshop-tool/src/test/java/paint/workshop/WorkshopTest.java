package paint.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import paint.docs.Exercise;
import paint.docs.Regions;

/**
 * The workshop, end to end, as a learner goes through it, and its verdicts. {@code ./workshop new} makes a
 * copy whose stubs compile; in it, {@code ./workshop check} scores the exercises with the modules' own tests,
 * one Maven run for every module at once:
 * every exercise a stub, then {@link #ROUNDS}: the first exercise of each module written and the next
 * one a stub or wrong, every exercise as the solution (main's solutions, all ✓), then the mistakes a learner
 * makes (a blocking wait where a timer belongs, the common mistakes of docs/workshop.md). A stub is ✗, not
 * written yet; a mistake is ✗ on its own exercise with its own sentence, never on its neighbour (an exercise
 * after it is "not scored yet": its tests run the one before).
 * On JDK 21 and newer this checks 05 (the only module that needs it); before, 01 to 04 and the line that
 * says 05 is skipped. The original repository does not change.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class WorkshopTest {

  /**
   * A mistake: in exercise {@code id}'s region of the solution, {@code find} becomes {@code replace}; the
   * scoreboard's line for it starts with ✗ and contains {@code says}.
   */
  record Mistake(String id, String what, String find, String replace, String says) { }

  /** The mistakes, each named by its exercise and a word. */
  static final List<Mistake> MISTAKES = List.of(
          new Mistake("01.1", "join() right after start()",
              "      start(painter, painters, canvases.size()); // starts it, and keeps it in painters\n",
              "      start(painter, painters, canvases.size()); // starts it, and keeps it in painters\n"
                  + "      painter.join();\n", "one after another"),
          new Mistake("02.1", "Thread.sleep instead of a timer",
              "      vertx.setTimer(settings.poll().toMillis(), // returns at once; the loop is free meanwhile\n"
                  + "          timer -> checkUntilDry(vertx, canvas, settings, giveUpAt, whenDone));\n",
              "      try {\n        Thread.sleep(settings.poll().toMillis());\n      } catch (InterruptedException e) {\n"
                  + "        Thread.currentThread().interrupt();\n      }\n"
                  + "      checkUntilDry(vertx, canvas, settings, giveUpAt, whenDone);\n", "one after another"),
          new Mistake("03.1", "a blocking loop instead of a Promise",
              "    Promise<Void> whenDone = Promise.promise();\n"
                  + "    checkUntilDry(vertx, canvas, settings, giveUpAt, whenDone);\n    return whenDone.future();\n",
              "    while (!canvas.isDry()) {\n      try {\n        Thread.sleep(settings.poll().toMillis());\n"
                  + "      } catch (InterruptedException e) {\n        Thread.currentThread().interrupt();\n      }\n    }\n"
                  + "    return Future.succeededFuture();\n", "one after another"),
          new Mistake("04.1", "Thread.sleep inside the Uni",
              "    return Uni.createFrom().completionStage(() -> vertx.timer(delay.toMillis()).toCompletionStage());",
              "    return Uni.createFrom().item(() -> {\n      try {\n        Thread.sleep(delay.toMillis());\n"
                  + "      } catch (InterruptedException e) {\n        Thread.currentThread().interrupt();\n      }\n"
                  + "      return null;\n    });", "before subscribe() returned"),
          new Mistake("05.2", "Thread.sleep instead of await()",
              "        vertx.timer(settings.poll().toMillis()).await();",
              "        Thread.sleep(settings.poll().toMillis());", "no other task of the verticle ran"),
          new Mistake("02.2", "whenAllDone after the loop",
              "        if (--left[0] == 0) {\n          whenAllDone.run();\n        }\n      });\n    }\n",
              "      });\n    }\n    whenAllDone.run();\n", "never finished"),
          new Mistake("03.2", "Future.all instead of Future.join", "Future.join(paintings)", "Future.all(paintings)",
              "should"),
          new Mistake("04.1", "the timer made when the Uni is made",
              "completionStage(() -> vertx.timer(delay.toMillis()).toCompletionStage())",
              "completionStage(vertx.timer(delay.toMillis()).toCompletionStage())", "when the Uni was made"),
          new Mistake("05.3", "each painting awaited before the next starts",
              "      paintings.add(Future.future(painted -> context.runOnContext(start -> { // a task on a virtual thread\n"
                  + "        try {\n          paintOne(vertx, canvas, settings); // when it parks in await(), the context runs the next task\n"
                  + "        } finally {\n          painted.complete(); // even after an Error, so that the join below never waits forever\n"
                  + "        }\n      })));\n",
              "      paintOne(vertx, canvas, settings);\n", "one after another"),
          new Mistake("03.1", "a Promise never completed",
              "    checkUntilDry(vertx, canvas, settings, giveUpAt, whenDone);\n",
              "    checkUntilDry(vertx, canvas, settings, giveUpAt, Promise.promise());\n", "every canvas ended"),
          new Mistake("04.2", "one check built once instead of one per subscription",
              "Uni.createFrom().deferred(() -> check(vertx, canvas, settings, giveUpAt))",
              "check(vertx, canvas, settings, giveUpAt)", "then never again"),
          new Mistake("05.3", "a painting's task never completed",
              "          painted.complete(); // even after an Error, so that the join below never waits forever\n", "",
              "every canvas ended"),
          new Mistake("02.2", "a failed painting not counted",
              "          canvas.failed(error);\n        }\n", "          canvas.failed(error);\n          return;\n        }\n",
              "the paintings never said they were done"));

  /** What an exercise's region holds in a round: the stub, the solution, or a mistake. */
  static final String STUB = "stub";

  /**
   * The rounds after the first (every exercise a stub): in each, what some exercises hold (the others hold
   * the solution); at most one mistake per module, so that each ✗ can be told apart.
   */
  static final List<Map<String, String>> ROUNDS = List.of(
      Map.of("02.2", "whenAllDone after the loop", "03.2", "Future.all instead of Future.join",
          "04.1", "the timer made when the Uni is made", "04.2", STUB, "05.3", "each painting awaited before the next starts"),
      Map.of(),
      Map.of("01.1", "join() right after start()", "02.1", "Thread.sleep instead of a timer",
          "03.1", "a blocking loop instead of a Promise", "04.1", "Thread.sleep inside the Uni",
          "05.2", "Thread.sleep instead of await()"),
      Map.of("02.2", "a failed painting not counted", "03.1", "a Promise never completed",
          "04.2", "one check built once instead of one per subscription", "05.3", "a painting's task never completed"));

  @TempDir
  Path temp;

  @Test
  void everyExerciseFailsAsAStubPassesAsTheSolutionAndCatchesItsMistakes() throws Exception {
    assumeFalse(Workshops.inACopy(), "a learner's copy: its painting files are not the solutions");
    Map<String, String> before = paintingFiles(Workshops.ROOT);
    Path copy = temp.resolve("my-workshop");

    Workshops.Ran made = Workshops.run(Workshops.ROOT, "new", copy.toString());

    assertThat(made.status()).as(made.shown()).isZero();
    assertThat(made.out()).contains("10 exercises");
    assertThat(paintingFiles(Workshops.ROOT)).as("the original repository's painting files").isEqualTo(before);
    assertThat(copy.resolve(".git")).isDirectory();
    boolean virtualThreads = Runtime.version().feature() >= 21;
    Map<String, List<Exercise>> byModule = new LinkedHashMap<>();
    for (Exercise exercise : Exercise.all(copy)) {
      if (virtualThreads == exercise.module().startsWith("05")) {
        byModule.computeIfAbsent(exercise.module(), m -> new ArrayList<>()).add(exercise);
      }
    }
    List<Exercise> all = byModule.values().stream().flatMap(List::stream).toList();

    // every exercise a stub
    Workshops.Ran stubs = check(copy, virtualThreads);
    assertThat(stubs.status()).as(stubs.shown()).isEqualTo(1);
    for (Exercise exercise : all) {
      assertThat(stubs.lines()).as(stubs.shown()).contains("  ✗ " + exercise.name() + ": not written yet: it still"
          + " throws UnsupportedOperationException");
    }
    assertThat(stubs.out()).as(stubs.shown()).contains("): not run yet, ");
    if (!virtualThreads) {
      assertThat(stubs.lines()).as(stubs.shown()).first().asString()
          .startsWith("- 05 skipped: needs JDK 21+; set JAVA_HOME to one");
      Workshops.Ran only05 = Workshops.run(copy, "check", "05");
      assertThat(only05.status()).as("check 05 on JDK %d is no pass", Runtime.version().feature()).isEqualTo(1);
      assertThat(only05.lines()).as(only05.shown()).containsExactly(
          "- 05 skipped: needs JDK 21+; set JAVA_HOME to one (this is JDK " + Runtime.version().feature() + ")",
          "Nothing was checked.");
    }

    // then each round: the solutions, some stubs, some mistakes
    for (Map<String, String> round : ROUNDS) {
      for (Exercise exercise : all) {
        String holds = round.getOrDefault(exercise.id(), "solution");
        if (holds.equals(STUB)) {
          write(copy, exercise, Regions.read(Stubs.stub(solutionFile(copy, exercise), exercise), exercise.method()));
        } else if (holds.equals("solution")) {
          restore(copy, exercise);
        } else {
          make(copy, exercise, MISTAKES.stream().filter(m -> m.id().equals(exercise.id()) && m.what().equals(holds))
              .findFirst().orElseThrow());
        }
      }
      long started = System.nanoTime();
      Workshops.Ran ran = check(copy, virtualThreads);
      System.out.printf("WorkshopTest: a check with %s took %d s%n", round, (System.nanoTime() - started) / 1_000_000_000L);
      assertThat(ran.lines()).as("the screen holds sentences, not stack traces or Vert.x's log\n" + ran.shown())
          .noneMatch(line -> line.matches("\\s+at [\\w$.]+\\(.*\\)") || line.contains("WARN") || line.contains("SEVERE")
              || line.contains("io.vertx."));
      if (round.containsValue("a failed painting not counted") && !virtualThreads) { // 02.2's ✗ is about a torn
        // canvas: its run shows one (02 is checked before JDK 21)
        assertThat(ran.out()).as(ran.shown()).contains("exec:java@callbacks -Dexec.args=\"--fail 2 --stuck 3 --timeout 2.5s\"):")
            .contains("canvas 2 failed: canvas 2 tore");
      }
      boolean allSolved = all.stream().allMatch(exercise -> !round.containsKey(exercise.id()));
      assertThat(ran.status()).as(ran.shown()).isEqualTo(allSolved ? 0 : 1);
      for (List<Exercise> module : byModule.values()) {
        boolean earlierWrong = false;
        for (Exercise exercise : module) {
          String holds = round.getOrDefault(exercise.id(), "solution");
          if (holds.equals(STUB)) {
            assertThat(ran.lines()).as(ran.shown()).contains("  ✗ " + exercise.name() + ": not written yet: it still"
                + " throws UnsupportedOperationException");
          } else if (holds.equals("solution")) {
            boolean blamable = earlierWrong;
            assertThat(ran.lines()).as(exercise.id() + " holds the solution: neither ✗ nor blamed\n" + ran.shown())
                .anyMatch(l -> l.equals("  ✓ " + exercise.name())
                    || blamable && l.startsWith("  - " + exercise.name() + ": not scored yet"));
          } else {
            Mistake mistake = MISTAKES.stream().filter(m -> m.what().equals(holds)).findFirst().orElseThrow();
            assertThat(ran.lines()).as(mistake.what() + " in " + exercise.id() + " is ✗ on it\n" + ran.shown())
                .anyMatch(l -> l.startsWith("  ✗ " + exercise.name() + ": ") && l.contains(mistake.says()));
          }
          earlierWrong |= !holds.equals("solution");
        }
      }
      if (allSolved) { // main's solutions
        assertThat(ran.out()).as(ran.shown()).contains("Every exercise checked passes.", "Your timeline (",
            "What a correct solution prints (").containsPattern(" 3 paintings in \\d\\.\\d\\d s\\n");
      }
    }
  }

  /** {@code ./workshop check} in the copy: every module (05 skipped) before JDK 21, only 05 on JDK 21+. */
  private static Workshops.Ran check(Path copy, boolean virtualThreads) {
    return virtualThreads ? Workshops.run(copy, "check", "05") : Workshops.run(copy, "check");
  }

  private static Exercise exercise(List<Exercise> all, String id) {
    return all.stream().filter(exercise -> exercise.id().equals(id)).findFirst().orElse(null);
  }

  /** Puts the solution's region of {@code exercise} back into the copy's painting file. */
  private static void restore(Path copy, Exercise exercise) {
    write(copy, exercise, solution(copy, exercise));
  }

  /** Writes the solution's region of {@code exercise}, with {@code mistake} made in it. */
  private static void make(Path copy, Exercise exercise, Mistake mistake) {
    String region = String.join("\n", solution(copy, exercise)) + "\n";
    assertThat(region).as("the solution of %s has the code that %s changes", exercise.id(), mistake.what())
        .contains(mistake.find());
    write(copy, exercise, region.replace(mistake.find(), mistake.replace()).lines().toList());
  }

  private static List<String> solution(Path copy, Exercise exercise) {
    return Regions.read(solutionFile(copy, exercise), exercise.method());
  }

  private static List<String> solutionFile(Path copy, Exercise exercise) {
    try {
      return Files.readAllLines(copy.resolve(Copy.SOLUTIONS).resolve(exercise.file()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void write(Path copy, Exercise exercise, List<String> region) {
    try {
      Path file = copy.resolve(exercise.file());
      List<String> lines = Regions.replace(Files.readAllLines(file), exercise.method(), region);
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, String> paintingFiles(Path root) throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    for (Exercise exercise : Exercise.all(root)) {
      files.put(exercise.file(), Files.readString(root.resolve(exercise.file())));
    }
    return files;
  }
}
