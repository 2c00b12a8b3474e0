package paint.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A README (or a page of {@code docs/}), read the way the checks and the workshop read it: its fenced
 * blocks with the marker comment above each, the commands it gives, the tests it names, and its exercises.
 *
 * <p>The markers are HTML comments, which GitHub does not show:
 * <ul>
 *   <li>{@code <!-- snippet: PATH#TAG -->} before a {@code java} block: the block is region TAG of PATH.</li>
 *   <li>{@code <!-- output -->} before a block: the block is what the one command in the block just
 *       before it prints. {@code <!-- output: cpu-bound -->}: the same, for a run whose figures depend on
 *       the CPU (how fast, how many cores), so that only its words are compared. {@code <!-- output: rows in
 *       any order -->}: the same, for a run whose canvases go to painters that the event bus chooses, so
 *       that its chart's rows are compared in any order.</li>
 *   <li>{@code <!-- exercise: PATH#TAG -->} under an exercise's heading (see {@link Exercise}).</li>
 *   <li>{@code <!-- answer: 03.1 03.2 -->}, on a line of its own, to {@code <!-- end of answer -->}: a passage
 *       that explains the answer of those exercises, which a learner's copy holds back until they have
 *       tried them all (see {@link Answer}).</li>
 * </ul>
 */
public record Readme(Path path, List<String> lines) {

  private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: (\\S+)#(\\S+) -->");
  private static final Pattern OUTPUT = Pattern.compile("<!-- output(: cpu-bound|: rows in any order)? -->");
  /** A test named in backticks: {@code `SomeTest.someMethod`}, or a bare method name of 25 letters or more. */
  private static final Pattern TEST_NAME = Pattern.compile("`(?:(\\w+(?:Test|Contract))\\.)?([a-z][A-Za-z]{24,})`");

  private static final Pattern ANSWER = Pattern.compile("<!-- answer: (\\d\\d\\.\\d(?: \\d\\d\\.\\d)*) -->");
  private static final String ANSWER_END = "<!-- end of answer -->";

  /**
   * A passage that gives away the answer of exercises {@code ids}.
   *
   * @param start the index of its {@code <!-- answer: .. -->} line
   * @param end the index of its {@code <!-- end of answer -->} line
   */
  public record Answer(List<String> ids, int start, int end) { }

  /** A snippet marker: the block is region {@code tag} of {@code file}. */
  public record Snippet(String file, String tag) { }

  /** A test a README names: its class ({@code null} for a bare method name) and method. */
  public record NamedTest(String testClass, String method, String asWritten) { }

  /**
   * A fenced code block.
   *
   * @param start the index of its opening fence line
   * @param end the index of its closing fence line
   * @param info what follows the opening fence ({@code java}, {@code diff}, or nothing)
   * @param lines what is between the fences
   * @param marker the comment on the line above it, or ""
   */
  public record Block(int start, int end, String info, List<String> lines, String marker) {

    public Optional<Snippet> snippet() {
      Matcher m = SNIPPET.matcher(marker);
      return m.matches() ? Optional.of(new Snippet(m.group(1), m.group(2))) : Optional.empty();
    }

    /** Whether the block is a sample output of the command before it. */
    public boolean isOutput() {
      return OUTPUT.matcher(marker).matches();
    }

    /** Whether it is a sample whose figures depend on the CPU: only its words are compared. */
    public boolean isCpuBound() {
      Matcher m = OUTPUT.matcher(marker);
      return m.matches() && ": cpu-bound".equals(m.group(1));
    }

    /**
     * Whether it is a sample whose canvases may land on other painters from run to run (the event bus
     * chooses): its chart's rows are compared in any order.
     */
    public boolean rowsInAnyOrder() {
      Matcher m = OUTPUT.matcher(marker);
      return m.matches() && ": rows in any order".equals(m.group(1));
    }

    /** The line number (from 1) of its opening fence, as editors show it. */
    public int lineNumber() {
      return start + 1;
    }
  }

  /** The pages of the repository at {@code root}: the root README, each module's README, and {@code docs/*.md}. */
  public static List<Path> pages(Path root) {
    List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
    try (java.util.stream.Stream<Path> files = Files.list(root)) {
      files.filter(Files::isDirectory).map(dir -> dir.resolve("README.md")).filter(Files::exists).sorted()
          .forEach(pages::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (java.util.stream.Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(file -> file.toString().endsWith(".md")).sorted().forEach(pages::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  public static Readme read(Path path) {
    try {
      return new Readme(path, List.copyOf(Files.readAllLines(path)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Its fenced blocks, in order. */
  public List<Block> blocks() {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("```")) {
        continue;
      }
      int start = i;
      String info = lines.get(i).substring(3).trim();
      List<String> body = new ArrayList<>();
      for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
        body.add(lines.get(i));
      }
      String marker = start > 0 && lines.get(start - 1).startsWith("<!--") ? lines.get(start - 1) : "";
      blocks.add(new Block(start, i, info, List.copyOf(body), marker));
    }
    return blocks;
  }

  /** Its passages that explain answers, in order; an opening marker without its end is an error. */
  public List<Answer> answers() {
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher opening = ANSWER.matcher(lines.get(i).trim());
      if (!opening.matches()) {
        continue;
      }
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).trim().equals(ANSWER_END)) {
        if (ANSWER.matcher(lines.get(end).trim()).matches()) {
          end = lines.size(); // an answer inside another: report the first as unclosed
        } else {
          end++;
        }
      }
      if (end >= lines.size()) {
        throw new IllegalStateException(path + ":" + (i + 1) + ": " + lines.get(i).trim() + " has no " + ANSWER_END);
      }
      answers.add(new Answer(List.of(opening.group(1).split(" ")), i, end));
      i = end;
    }
    return answers;
  }

  /** The sample output that follows the block that holds just {@code command}, if there is one. */
  public Optional<List<String>> outputOf(String command) {
    List<Block> blocks = blocks();
    for (int b = 0; b + 1 < blocks.size(); b++) {
      if (blocks.get(b).lines().equals(List.of(command)) && blocks.get(b + 1).isOutput()) {
        return Optional.of(blocks.get(b + 1).lines());
      }
    }
    return Optional.empty();
  }

  /** Every match of {@code pattern} in the text, in blocks and in prose alike: the commands a README gives. */
  public List<String> find(Pattern pattern) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(String.join("\n", lines));
    while (m.find()) {
      if (!found.contains(m.group())) {
        found.add(m.group());
      }
    }
    return found;
  }

  /** The tests it names in backticks. */
  public List<NamedTest> namedTests() {
    List<NamedTest> tests = new ArrayList<>();
    Matcher m = TEST_NAME.matcher(String.join("\n", lines));
    while (m.find()) {
      tests.add(new NamedTest(m.group(1), m.group(2), m.group()));
    }
    return tests;
  }

  /** This README with {@code block}'s lines replaced by {@code body}. */
  public List<String> withBlock(Block block, List<String> body) {
    List<String> text = new ArrayList<>(lines.subList(0, block.start() + 1));
    text.addAll(body);
    text.addAll(lines.subList(block.end(), lines.size()));
    return text;
  }
}
