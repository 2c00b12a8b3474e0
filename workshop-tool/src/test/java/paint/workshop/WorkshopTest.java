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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import paint.docs.CiPasses;
import paint.docs.Exercise;
import paint.docs.Regions;

/**
 * The workshop, end to end, as a learner goes through it, and its verdicts. {@code ./workshop new} makes a
 * copy whose stubs compile; in it, {@code ./workshop check} scores the exercises with the modules' own tests,
 * one Maven run for every module at once, round after round: every exercise a stub, then the {@link #MISTAKES}
 * a learner in a hurry makes, at least two per exercise, then main's solutions, all ✓. A stub is ✗, not
 * written yet; a mistake is ✗ on its own exercise with a sentence about it; a mistake that does not compile
 * is ✗ on every exercise of its module, with the name that does not compile.
 *
 * <p>The rounds are made from the mistakes (see {@link #rounds}), so that one Maven run scores a mistake of
 * every module at once: CI time grows with the longest list of a module, not with the sum. Each module is
 * checked on one of CI's two passes ({@link CiPasses}: 01 to 04 on JDK 17, 05 and later on 21+), the
 * other modules' exercises holding their solutions. On JDK 17 the last round is a plain {@code ./workshop
 * check}, which says that 05 is skipped (and scores 06's solutions too).
 * The original repository does not change.
 *
 * <p>Not in a learner's copy: its mistakes are made from the solutions' lines.
 */
@Timeout(value = 25, unit = TimeUnit.MINUTES)
class WorkshopTest {

  /**
   * A mistake: in exercise {@code id}'s region of the solution, {@code find} becomes {@code replace}; the
   * scoreboard's line for it starts with ✗ and contains {@code says}. One that does not compile makes every
   * exercise of its module ✗ with that sentence.
   */
  record Mistake(String id, String what, String find, String replace, String says, boolean doesNotCompile) {

    Mistake(String id, String what, String find, String replace, String says) {
      this(id, what, find, replace, says, false);
    }
  }

  /** The mistakes, each named by its exercise and a few words, in the order of the exercises. */
  static final List<Mistake> MISTAKES = List.of(
      new Mistake("01.1", "join() right after start()",
          "      start(painter, painters, canvases.size()); // starts it, and keeps it in painters\n",
          "      start(painter, painters, canvases.size()); // starts it, and keeps it in painters\n"
              + "      painter.join();\n", "one after another"),
      new Mistake("01.1", "joining only the first thread", "    joinAll(painters);\n",
          "    painters.get(0).join();\n", "paintAll completed while the paintings were still running"),
      new Mistake("01.1", "joining only the last thread", "    joinAll(painters);\n",
          "    painters.get(painters.size() - 1).join();\n", "paintAll completed while the paintings were still running"),
      new Mistake("01.1", "a name that does not exist", "\"painter-\" + canvas.number()", "\"painter-\" + canvas.numbr()",
          "PaintOnThreads.java:22: cannot find symbol: method numbr()", true),
      new Mistake("02.1", "Thread.sleep instead of a timer",
          "      vertx.setTimer(settings.poll().toMillis(), // returns at once; the loop is free meanwhile\n"
              + "          timer -> checkUntilDry(vertx, canvas, settings, giveUpAt, whenDone));\n",
          "      try {\n        Thread.sleep(settings.poll().toMillis());\n      } catch (InterruptedException e) {\n"
              + "        Thread.currentThread().interrupt();\n      }\n"
              + "      checkUntilDry(vertx, canvas, settings, giveUpAt, whenDone);\n", "one after another"),
      new Mistake("02.1", "a timer set even once the canvas is done",
          "      whenDone.fail(new TimeoutException());\n    } else {\n",
          "      whenDone.fail(new TimeoutException());\n    }\n    {\n", "called back 2 times"),
      new Mistake("02.1", "no deadline",
          "    } else if (System.nanoTime() - giveUpAt >= 0) {\n      whenDone.fail(new TimeoutException());\n", "",
          "long past its --timeout"),
      new Mistake("02.2", "whenAllDone after the loop",
          "        if (--left[0] == 0) {\n          whenAllDone.run();\n        }\n      });\n    }\n",
          "      });\n    }\n    whenAllDone.run();\n", "paintAll completed while the paintings were still running"),
      new Mistake("02.2", "a failed painting not counted",
          "          canvas.failed(error);\n        }\n", "          canvas.failed(error);\n          return;\n        }\n",
          "the paintings never said they were done"),
      new Mistake("02.2", "a failure not reported with its canvas",
          "        if (error != null) {\n          canvas.failed(error);\n        }\n", "", "reported"),
      new Mistake("03.1", "a future completed at once", "    return whenDone.future();\n",
          "    return Future.succeededFuture();\n", "completed before it was dry"),
      new Mistake("03.1", "a time-out counted as a success",
          "    checkUntilDry(vertx, canvas, settings, giveUpAt, whenDone);\n",
          "    checkUntilDry(vertx, canvas, settings, giveUpAt, (ok, error) -> whenDone.complete());\n",
          "yet its painting succeeded"),
      new Mistake("03.2", "Future.all instead of Future.join", "Future.join(paintings)", "Future.all(paintings)",
          "Future.all and andFailFast stop at the first failure"),
      new Mistake("03.2", "a failure that fails the paintings", ".<Void>mapEmpty().otherwiseEmpty()", ".<Void>mapEmpty()",
          "the paintings as a whole succeed once every painting has ended"),
      new Mistake("04.1", "Thread.sleep inside the Uni",
          "    return Uni.createFrom().completionStage(() -> vertx.timer(delay.toMillis()).toCompletionStage());",
          "    return Uni.createFrom().item(() -> {\n      try {\n        Thread.sleep(delay.toMillis());\n"
              + "      } catch (InterruptedException e) {\n        Thread.currentThread().interrupt();\n      }\n"
              + "      return null;\n    });", "before subscribe() returned"),
      new Mistake("04.1", "the timer made when the Uni is made",
          "completionStage(() -> vertx.timer(delay.toMillis()).toCompletionStage())",
          "completionStage(vertx.timer(delay.toMillis()).toCompletionStage())", "when the Uni was made"),
      new Mistake("04.1", "Mutiny's own delay",
          "    return Uni.createFrom().completionStage(() -> vertx.timer(delay.toMillis()).toCompletionStage());",
          "    return Uni.createFrom().voidItem().onItem().delayIt().by(delay);", "not on the event loop"),
      new Mistake("04.2", "one check built once instead of one per subscription",
          "Uni.createFrom().deferred(() -> check(vertx, canvas, settings, giveUpAt))",
          "check(vertx, canvas, settings, giveUpAt)", "then never again"),
      new Mistake("04.2", "a time-out turned into a success", "        .onItem().ignoreAsUni();",
          "        .onItem().ignoreAsUni().onFailure().recoverWithNull();", "should time out"),
      new Mistake("05.1", "01.1's platform threads",
          "Thread.ofVirtual().name(\"painter-\" + canvas.number()).unstarted(paintOne)",
          "new Thread(paintOne, \"painter-\" + canvas.number())", "platform threads"),
      new Mistake("05.1", "join() right after start()",
          "      start(painter, painters, canvases.size()); // starts it, and keeps it in painters\n",
          "      start(painter, painters, canvases.size()); // starts it, and keeps it in painters\n"
              + "      painter.join();\n", "one after another"),
      new Mistake("05.1", "a method that does not exist", ".unstarted(paintOne)", ".unstart(paintOne)",
          "PaintOnThreads.java:22: cannot find symbol: method unstart(java.lang.Runnable)", true),
      new Mistake("05.2", "Thread.sleep instead of await()",
          "        vertx.timer(settings.poll().toMillis()).await();",
          "        Thread.sleep(settings.poll().toMillis());", "no other task of the verticle ran"),
      new Mistake("05.2", "no deadline",
          "        if (System.nanoTime() - giveUpAt >= 0) {\n          throw new TimeoutException();\n        }\n", "",
          "long past its --timeout"),
      new Mistake("05.2", "an interrupt lost",
          "      if (e instanceof InterruptedException) {\n"
              + "        Thread.currentThread().interrupt(); // keep the request to stop, so that the run ends promptly\n"
              + "      }\n", "", "lost it"),
      new Mistake("05.3", "each painting awaited before the next starts",
          "      paintings.add(Future.future(painted -> context.runOnContext(start -> { // a task on a virtual thread\n"
              + "        try {\n          paintOne(vertx, canvas, settings); // when it parks in await(), the context runs the next task\n"
              + "        } finally {\n          painted.complete(); // even after an Error, so that the join below never waits forever\n"
              + "        }\n      })));\n",
          "      paintOne(vertx, canvas, settings);\n", "one after another"),
      new Mistake("05.3", "a painting's task never completed",
          "          painted.complete(); // even after an Error, so that the join below never waits forever\n", "",
          "every canvas ended"),
      new Mistake("05.3", "paintAll completed before the paintings", "    return Future.join(paintings).mapEmpty();",
          "    return Future.succeededFuture();", "paintAll completed while the paintings were still running"),
      new Mistake("06.1", "the painting started, and no answer",
          "    paintOne(vertx, canvas, canvas.settings()).onComplete(\n        dry -> request.reply(null),\n"
              + "        error -> request.fail(error instanceof TimeoutException ? TIMED_OUT : FAILED, error.getMessage()));\n",
          "    paintOne(vertx, canvas, canvas.settings());\n", "its painter never answered the request"),
      new Mistake("06.1", "a success, however the painting ended",
          "    paintOne(vertx, canvas, canvas.settings()).onComplete(\n        dry -> request.reply(null),\n"
              + "        error -> request.fail(error instanceof TimeoutException ? TIMED_OUT : FAILED, error.getMessage()));\n",
          "    paintOne(vertx, canvas, canvas.settings()).onComplete(done -> request.reply(null));\n",
          "canvas 1 tore, and its painter answered the request with a success"),
      new Mistake("06.2", "no second try",
          "      return tries > 1 ? send(vertx, canvas, request, tries - 1) : Future.failedFuture(failure); // no answer\n",
          "      return Future.failedFuture(failure);\n", "is sent again, up to tries times"),
      new Mistake("06.2", "a painter's failure sent again",
          "      if (failure.failureType() == ReplyFailure.RECIPIENT_FAILURE) { // the painter's answer: report it\n"
              + "        return Future.failedFuture(failure.failureCode() == TIMED_OUT ? new TimeoutException() : failure);\n"
              + "      }\n", "", "canvas 1 tore on its painter, and send sent it twice"),
      new Mistake("06.2", "sent again and again",
          "tries > 1 ? send(vertx, canvas, request, tries - 1) : Future.failedFuture(failure)",
          "send(vertx, canvas, request, tries - 1)", "sent a third time to a painter that never answers"));

  /** What an exercise holds in a round besides a mistake: its stub, or the solution. */
  static final Object STUB = "stub";
  static final Object SOLUTION = "solution";

  @TempDir
  Path temp;

  @Test
  void everyExerciseFailsAsAStubPassesAsTheSolutionAndCatchesItsMistakes() throws Exception {
    assumeFalse(Workshops.inACopy(), "a learner's copy: its painting files are not the solutions");
    Map<String, String> before = paintingFiles(Workshops.ROOT);
    Path copy = temp.resolve("my-workshop");

    Workshops.Ran made = Workshops.run(Workshops.ROOT, "new", copy.toString());

    assertThat(made.status()).as(made.shown()).isZero();
    assertThat(made.out()).contains(Exercise.all(Workshops.ROOT).size() + " exercises");
    assertThat(paintingFiles(Workshops.ROOT)).as("the original repository's painting files").isEqualTo(before);
    assertThat(copy.resolve(".git")).isDirectory();
    boolean jdk21 = Runtime.version().feature() >= 21;
    List<Exercise> all = Exercise.all(copy).stream().filter(exercise -> CiPasses.thisPass(exercise.module())).toList();
    for (Exercise exercise : all) {
      assertThat(MISTAKES.stream().filter(mistake -> mistake.id().equals(exercise.id())))
          .as("the mistakes of %s", exercise.name()).hasSizeGreaterThanOrEqualTo(2);
    }
    if (!jdk21) {
      Workshops.Ran only05 = Workshops.run(copy, "check", "05");
      assertThat(only05.status()).as("check 05 on JDK %d is no pass", Runtime.version().feature()).isEqualTo(1);
      assertThat(only05.lines()).as(only05.shown()).containsExactly(
          "- 05 skipped: needs JDK 21+; set JAVA_HOME to one (this is JDK " + Runtime.version().feature() + ")",
          "Nothing was checked.");
    }

    for (Exercise other : Exercise.all(copy)) { // solved: 06's painter runs on 02.1's and 03.1's code
      if (!all.contains(other)) {
        write(copy, other, solution(other));
      }
    }

    List<Twins.Twin> twins = Twins.find(Workshops.ROOT, all);
    List<Map<String, Object>> rounds = rounds(all, twins);
    Set<String> tried = new java.util.HashSet<>();
    long allStarted = System.nanoTime();
    for (int r = 0; r < rounds.size(); r++) {
      Map<String, Object> round = rounds.get(r);
      boolean last = r == rounds.size() - 1;
      for (Exercise exercise : all) {
        Object holds = round.get(exercise.id());
        if (holds == STUB) {
          write(copy, exercise, Regions.read(Stubs.stub(solutionFile(exercise), exercise), exercise.method()));
        } else if (holds == SOLUTION) {
          write(copy, exercise, solution(exercise));
        } else {
          make(copy, exercise, (Mistake) holds);
        }
      }
      boolean tornRun = round.values().stream().anyMatch(holds -> holds instanceof Mistake m && m.what().equals(
          "a failed painting not counted"));
      long started = System.nanoTime();
      Workshops.Ran ran;
      try (Spawned spawned = Spawned.by(ProcessHandle.current())) {
        // the last round on JDK 17 is the learner's plain ./workshop check: every module it can run, 05 skipped
        ran = check(copy, last ? (jdk21 ? modules(all) : List.of()) : scored(all, round), last || tornRun);
        assertThat(spawned.leftAlive()).as("what the check started (Maven, your run) ended with it").isEmpty();
        assertThat(spawned.seen()).as("Maven and its test JVM").hasSizeGreaterThanOrEqualTo(2);
      }
      System.out.printf("WorkshopTest: round %d of %d (%s) took %d s%n", r + 1, rounds.size(), describe(round),
          (System.nanoTime() - started) / 1_000_000_000L);
      assertThat(ran.lines()).as("the screen holds sentences, not stack traces or Vert.x's log\n" + ran.shown())
          .noneMatch(line -> line.matches("\\s+at [\\w$.]+\\(.*\\)") || line.contains("WARN") || line.contains("SEVERE")
              || line.contains("io.vertx."));
      if (!jdk21 && last) {
        assertThat(ran.lines()).as(ran.shown()).first().asString()
            .startsWith("- 05 skipped: needs JDK 21+; set JAVA_HOME to one");
      }
      if (tornRun) { // 02.2's ✗ is about a torn canvas: the learner's run shows one
        assertThat(ran.out()).as(ran.shown()).contains("exec:java@callbacks -Dexec.args=\"--fail 2 --stuck 3 --timeout"
            + " 2.5s\"):").contains("canvas 2 failed: canvas 2 tore");
      }
      boolean allSolved = round.values().stream().allMatch(holds -> holds == SOLUTION);
      assertThat(ran.status()).as(ran.shown()).isEqualTo(allSolved ? 0 : 1);
      List<String> checked = last ? modules(all) : scored(all, round);
      for (Exercise exercise : all) {
        Object holds = round.get(exercise.id());
        if (!checked.contains(exercise.module().substring(0, 2))) {
          continue;
        }
        Mistake broken = all.stream().filter(other -> other.module().equals(exercise.module()))
            .map(other -> round.get(other.id())).filter(other -> other instanceof Mistake m && m.doesNotCompile())
            .map(Mistake.class::cast).findFirst().orElse(null);
        if (broken != null) {
          assertThat(ran.lines()).as(broken.what() + " in " + broken.id() + ": " + exercise.id() + " does not compile\n"
              + ran.shown()).anyMatch(l -> l.startsWith("  ✗ " + exercise.name() + ": the module does not compile: ")
                  && l.contains(broken.says()));
        } else if (holds == STUB) {
          assertThat(ran.lines()).as(ran.shown()).contains("  ✗ " + exercise.name() + ": not written yet: it still"
              + " throws UnsupportedOperationException");
        } else if (holds == SOLUTION) {
          boolean blamable = twins.stream().anyMatch(twin -> twin.file().equals(exercise.file())
              && wrong(round, twin.of().id()));
          assertThat(ran.lines()).as(exercise.id() + " holds the solution\n" + ran.shown()).anyMatch(l -> l.equals("  ✓ "
              + exercise.name()) || blamable && l.startsWith("  - " + exercise.name() + ": not scored yet"));
        } else {
          Mistake mistake = (Mistake) holds;
          assertThat(ran.lines()).as(mistake.what() + " in " + exercise.id() + " is ✗ on it\n" + ran.shown())
              .anyMatch(l -> l.startsWith("  ✗ " + exercise.name() + ": ") && l.contains(mistake.says()));
        }
        if (holds != STUB) {
          tried.add(exercise.id());
        }
        assertThat(Check.wasTried(copy, exercise)).as("%s was tried: solution and diff show it", exercise.id())
            .isEqualTo(tried.contains(exercise.id()));
      }
      if (r == 1) { // the exercises tried show their solution now, the others still say "try first"
        Exercise stub = all.stream().filter(e -> round.get(e.id()) == STUB && !tried.contains(e.id())).findFirst()
            .orElseThrow();
        Exercise mistaken = all.stream().filter(e -> round.get(e.id()) instanceof Mistake).findFirst().orElseThrow();
        assertThat(Workshops.run(copy, "solution", stub.id()).out()).startsWith("Try first: write " + stub.name());
        assertThat(Workshops.run(copy, "solution", mistaken.id()).out()).startsWith(mistaken.name() + ": ");
      }
      if (last) { // main's solutions
        assertThat(ran.out()).as(ran.shown()).contains("Every exercise checked passes.", "Your timeline (",
            "What a correct solution prints (").containsPattern(" 3 paintings in \\d\\.\\d\\d s\\n");
      }
    }
    System.out.printf("WorkshopTest: %d rounds, %d mistakes, in %d s%n", rounds.size(),
        MISTAKES.stream().filter(m -> all.stream().anyMatch(e -> e.id().equals(m.id()))).count(),
        (System.nanoTime() - allStarted) / 1_000_000_000L);
  }

  /** Each mistake is made once; stubs first, solutions last; nothing is scored on top of another exercise's mistake. */
  @Test
  void theRoundsMakeEveryMistakeOnce() throws Exception {
    List<Exercise> all = Exercise.all(Workshops.ROOT);
    List<Twins.Twin> twins = Twins.find(Workshops.ROOT, all);
    for (boolean jdk21 : new boolean[] {false, true}) {
      List<Exercise> checked = all.stream().filter(e -> jdk21 == CiPasses.onJdk21(e.module())).toList();
      List<Map<String, Object>> rounds = rounds(checked, twins);

      assertThat(rounds.get(0).values()).containsOnly(STUB).hasSize(checked.size());
      assertThat(rounds.get(rounds.size() - 1).values()).containsOnly(SOLUTION).hasSize(checked.size());
      List<Object> made = rounds.stream().flatMap(round -> round.values().stream()).filter(Mistake.class::isInstance)
          .toList();
      assertThat(made).containsExactlyInAnyOrderElementsOf(MISTAKES.stream()
          .filter(m -> checked.stream().anyMatch(e -> e.id().equals(m.id()))).toList());
      for (Map<String, Object> round : rounds) {
        for (Twins.Twin twin : twins) {
          boolean scored = checked.stream().anyMatch(e -> e.file().equals(twin.file())
              && round.get(e.id()) instanceof Mistake);
          assertThat(scored && wrong(round, twin.of().id())).as("%s: a mistake scored on top of %s's", round,
              twin.of().id()).isFalse();
        }
      }
      System.out.printf("WorkshopTest: %d rounds on JDK %s%n", rounds.size(), jdk21 ? "21+" : "17");
    }
  }

  /**
   * The rounds: in each, what every exercise of {@code exercises} holds. A module goes through its own
   * list: every exercise a stub; then each mistake, in the order of the exercises, the exercises before it
   * in the same painting file holding the solution and those after it their stub (their tests run the
   * exercise before); exercises of another painting file take their own mistakes meanwhile; then each
   * mistake that does not compile, alone; then every solution. The modules go through their lists side by
   * side, a shorter list waiting at its solutions, so that one check scores a mistake of every module. A
   * module whose painting files hold another module's exercise ({@code twins}: 03's {@code checkUntilDry}
   * is 02.1's, which the check copies in) waits while that exercise holds a mistake: it holds its solutions
   * meanwhile, so that no check scores it on wrong code, nor spends time on it (06 would wait for 02.1 and
   * 03.1, were they checked on the same pass).
   */
  static List<Map<String, Object>> rounds(List<Exercise> exercises, List<Twins.Twin> twins) {
    List<Map<String, Object>> rounds = new ArrayList<>();
    Map<String, Map<String, Object>> solved = new LinkedHashMap<>();
    for (String module : exercises.stream().map(Exercise::module).distinct().toList()) {
      List<Exercise> ofModule = exercises.stream().filter(e -> e.module().equals(module)).toList();
      List<Map<String, Object>> states = states(ofModule);
      List<String> uses = twins.stream().filter(twin -> twin.file().startsWith(module + "/")
          && !twin.of().module().equals(module)).map(twin -> twin.of().id()).distinct().toList();
      int r = 0;
      for (int i = 0; i < states.size(); i++) {
        boolean scoring = i > 0 && i < states.size() - 1;
        while (scoring && r < rounds.size() && usesWrongCode(rounds.get(r), uses)) {
          rounds.get(r++).putAll(states.get(states.size() - 1)); // not scored while the code it uses is wrong
        }
        if (rounds.size() <= r) {
          rounds.add(new LinkedHashMap<>());
        }
        rounds.get(r++).putAll(states.get(i));
      }
      solved.put(module, states.get(states.size() - 1));
    }
    for (Map<String, Object> round : rounds) { // a module whose list is done holds its solutions
      solved.forEach((module, solutions) -> solutions.forEach(round::putIfAbsent));
    }
    return rounds;
  }

  private static boolean usesWrongCode(Map<String, Object> round, List<String> uses) {
    return uses.stream().anyMatch(id -> wrong(round, id));
  }

  /** Whether exercise {@code id} holds something else than the solution in {@code round}. */
  private static boolean wrong(Map<String, Object> round, String id) {
    return round.containsKey(id) && round.get(id) != SOLUTION;
  }

  /** A module's own list of states (see {@link #rounds}): its stubs first, its solutions last. */
  private static List<Map<String, Object>> states(List<Exercise> ofModule) {
    Map<String, Object> stubs = new LinkedHashMap<>();
    Map<String, Object> solutions = new LinkedHashMap<>();
    ofModule.forEach(e -> stubs.put(e.id(), STUB));
    ofModule.forEach(e -> solutions.put(e.id(), SOLUTION));
    List<Map<String, Object>> states = new ArrayList<>(List.of(stubs));
    for (String file : ofModule.stream().map(Exercise::file).distinct().toList()) {
      List<Exercise> chain = ofModule.stream().filter(e -> e.file().equals(file)).toList();
      int at = 1;
      for (int i = 0; i < chain.size(); i++) {
        for (Mistake mistake : mistakesOf(chain.get(i), false)) {
          if (states.size() <= at) {
            states.add(new LinkedHashMap<>(solutions));
          }
          for (int j = 0; j < chain.size(); j++) {
            states.get(at).put(chain.get(j).id(), j < i ? SOLUTION : j == i ? mistake : STUB);
          }
          at++;
        }
      }
    }
    for (Exercise exercise : ofModule) {
      for (Mistake mistake : mistakesOf(exercise, true)) {
        Map<String, Object> state = new LinkedHashMap<>(solutions);
        state.put(exercise.id(), mistake);
        states.add(state);
      }
    }
    states.add(solutions);
    return states;
  }

  private static List<Mistake> mistakesOf(Exercise exercise, boolean doesNotCompile) {
    return MISTAKES.stream().filter(m -> m.id().equals(exercise.id()) && m.doesNotCompile() == doesNotCompile).toList();
  }

  /** A round in a few words: what each exercise holds that is not the solution. */
  private static String describe(Map<String, Object> round) {
    List<String> said = new ArrayList<>();
    round.forEach((id, holds) -> {
      if (holds != SOLUTION) {
        said.add(id + " " + (holds == STUB ? "stub" : ((Mistake) holds).what()));
      }
    });
    return said.isEmpty() ? "the solutions" : String.join(", ", said);
  }

  /**
   * The modules that {@code round} scores: those with an exercise that holds something else than the
   * solution. A module that holds its solutions waits for the last round, which checks every module.
   */
  private static List<String> scored(List<Exercise> all, Map<String, Object> round) {
    return all.stream().filter(exercise -> round.get(exercise.id()) != SOLUTION).map(e -> e.module().substring(0, 2))
        .distinct().toList();
  }

  /** The numbers of the modules of {@code exercises}: {@code 01}, {@code 02}. */
  private static List<String> modules(List<Exercise> exercises) {
    return exercises.stream().map(e -> e.module().substring(0, 2)).distinct().toList();
  }

  /**
   * {@code ./workshop check} of {@code modules} in the copy, every module when none is given. Only main's
   * solutions, and 02.2's torn canvas, run the learner's code for its timeline: the scores are what the other
   * rounds check, and a wrong answer's run takes seconds.
   */
  private static Workshops.Ran check(Path copy, List<String> modules, boolean withTimeline) {
    List<String> args = new ArrayList<>(List.of("check"));
    args.addAll(modules);
    if (!withTimeline) {
      args.add("--no-timeline");
    }
    return Workshops.run(copy, args.toArray(String[]::new));
  }

  /** Writes the solution's region of {@code exercise}, with {@code mistake} made in it. */
  private static void make(Path copy, Exercise exercise, Mistake mistake) {
    String region = String.join("\n", solution(exercise)) + "\n";
    assertThat(region).as("the solution of %s has the code that %s changes", exercise.id(), mistake.what())
        .contains(mistake.find());
    write(copy, exercise, region.replace(mistake.find(), mistake.replace()).lines().toList());
  }

  private static List<String> solution(Exercise exercise) {
    return Regions.read(solutionFile(exercise), exercise.method());
  }

  private static List<String> solutionFile(Exercise exercise) {
    try {
      return Files.readAllLines(Workshops.ROOT.resolve(exercise.file()));
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
