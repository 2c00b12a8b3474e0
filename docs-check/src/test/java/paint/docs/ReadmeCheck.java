package paint.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import paint.docs.Readme.Block;

/**
 * Checks that a README tells the truth about the code, and rewrites what drifted when asked to: every
 * snippet is its tagged region, every sample output is what its command prints (compared by
 * {@link Samples}), every {@code java} and {@code diff} block is one of the two, and every test it names
 * exists.
 */
final class ReadmeCheck {

  private final Path root;
  private final TestIndex tests;

  ReadmeCheck(Path root) {
    this.root = root;
    this.tests = TestIndex.of(root);
  }

  /** The root README, each module's README, and the pages of {@code docs/}. */
  static List<Path> readmes(Path root) {
    return Readme.pages(root);
  }

  /** What is wrong with {@code path}; with {@code update}, rewrites the blocks that drifted as well. */
  List<String> check(Path path, boolean update) throws IOException {
    Readme readme = Readme.read(path);
    List<String> problems = new ArrayList<>();
    List<Block> blocks = readme.blocks();
    Map<Block, List<String>> rewrites = new LinkedHashMap<>();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      String where = root.relativize(path) + ":" + block.lineNumber();
      List<String> truth = null;
      if (block.snippet().isPresent()) {
        Readme.Snippet snippet = block.snippet().get();
        truth = Regions.read(Files.readAllLines(root.resolve(snippet.file())), snippet.tag());
        if (!truth.equals(block.lines())) {
          problems.add(where + ": the snippet differs from " + snippet.file() + "#" + snippet.tag());
        } else {
          truth = null;
        }
      } else if (block.isOutput()) {
        List<String> command = b == 0 ? List.of() : blocks.get(b - 1).lines();
        if (command.size() != 1) {
          problems.add(where + ": an output block needs a block with one command just before it");
          continue;
        }
        if (!Commands.runsHere(command.get(0), block.lines()) || !Commands.canRun(command.get(0))) {
          continue; // 05 needs JDK 21; the tour needs tour.jar
        }
        Commands.Ran ran = Commands.run(command.get(0));
        List<String> differences = block.info().equals("diff") ? (ran.out().equals(block.lines()) ? List.of()
            : List.of("the diff changed")) : Samples.compare(block.lines(), ran.out(),
            new Samples.Settings(Commands.duration(command.get(0), "--dry", Duration.ofSeconds(2)),
                Commands.duration(command.get(0), "--poll", Duration.ofMillis(500)), block.isCpuBound(),
                block.rowsInAnyOrder()));
        if (!differences.isEmpty()) {
          problems.add(where + ": the output of `" + command.get(0) + "` drifted: " + String.join("; ", differences));
          truth = ran.out();
        }
      } else if (block.info().equals("java") || block.info().equals("diff")) {
        problems.add(where + ": a " + block.info() + " block must be marked as a snippet or an output");
      }
      if (truth != null) {
        rewrites.put(block, truth);
      }
    }
    for (Readme.NamedTest test : readme.namedTests()) {
      if (!tests.hasTest(test.testClass(), test.method())) {
        problems.add(root.relativize(path) + ": names a test that does not exist: " + test.asWritten());
      }
    }
    if (update && !rewrites.isEmpty()) {
      rewrite(path, rewrites);
    }
    return problems;
  }

  /**
   * Replaces each drifted block with what is true, in the README as it is now: read again, since the runs
   * took a while and someone may have edited its prose meanwhile. A block is found by its marker and lines.
   */
  private static void rewrite(Path path, Map<Block, List<String>> rewrites) throws IOException {
    Readme now = Readme.read(path);
    List<Block> blocks = new ArrayList<>(now.blocks());
    java.util.Collections.reverse(blocks); // from the end, so that a rewrite moves no block still to rewrite
    List<String> text = now.lines();
    for (Block block : blocks) {
      for (Map.Entry<Block, List<String>> drifted : rewrites.entrySet()) {
        if (drifted.getKey().marker().equals(block.marker()) && drifted.getKey().lines().equals(block.lines())) {
          text = new Readme(path, text).withBlock(block, drifted.getValue());
          break;
        }
      }
    }
    Files.write(path, text);
  }
}
