package paint.tour;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import paint.stage.Style;

/**
 * Checks that a README tells the truth about the code, and can rewrite it when it does not.
 *
 * <p>A README marks what is checked with HTML comments, which GitHub does not show:
 * <ul>
 *   <li>{@code <!-- snippet: PATH#TAG -->} before a code block: the block is the region of PATH between
 *       {@code // tag::TAG[]} and {@code // end::TAG[]}. Every {@code java} block needs one.</li>
 *   <li>{@code <!-- output -->} before a block: the block is what the command in the code block just
 *       before it prints, with times in a band around the printed ones. Every {@code diff} block needs
 *       one. The commands understood are the module runs ({@code ./mvnw -q -pl M -am compile exec:java}),
 *       the tour ({@code java -jar tour/target/tour.jar}) and {@code ./compare}.</li>
 * </ul>
 */
final class ReadmeCheck {

  private static final Pattern SNIPPET = Pattern.compile("<!-- snippet: (\\S+)#(\\S+) -->");
  private static final Pattern OUTPUT = Pattern.compile("<!-- output -->");
  private static final Pattern EXEC = Pattern.compile(
      "\\./mvnw -q -pl (\\S+) -am compile exec:java(@\\w+)?(?: -Dexec\\.args=\"([^\"]*)\")?");
  private static final Pattern TOUR = Pattern.compile("java -jar tour/target/tour\\.jar(.*)");
  private static final Pattern COMPARE = Pattern.compile("\\./compare( .+)");
  private static final Pattern CHART_ROW = Pattern.compile("(canvas \\d+ *\\|)([^|]*)(\\|.*)");
  private static final Pattern NUMBER = Pattern.compile("\\d+\\.\\d+");
  private static final Pattern EXEC_THREAD = Pattern.compile("[\\w.]+\\.main\\(\\)");
  private static final Pattern TEST_NAME = Pattern.compile("`(?:(\\w+(?:Test|Contract))\\.)?([a-z][A-Za-z]{24,})`");

  /** A fenced code block: where it starts, its info string, its lines, and the marker above it. */
  record Block(int start, int end, String info, List<String> lines, String marker) { }

  private final Path root;
  private final Map<String, List<String>> outputs = new HashMap<>();

  ReadmeCheck(Path root) {
    this.root = root;
  }

  /** The fenced blocks of a README, with the marker comment on the line above each, if any. */
  static List<Block> blocks(List<String> readme) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < readme.size(); i++) {
      if (!readme.get(i).startsWith("```")) {
        continue;
      }
      int start = i;
      String info = readme.get(i).substring(3).trim();
      List<String> lines = new ArrayList<>();
      for (i++; i < readme.size() && !readme.get(i).startsWith("```"); i++) {
        lines.add(readme.get(i));
      }
      String marker = start > 0 && readme.get(start - 1).startsWith("<!--") ? readme.get(start - 1) : "";
      blocks.add(new Block(start, i, info, lines, marker));
    }
    return blocks;
  }

  /** What is wrong with {@code readme}; with {@code update}, rewrites the blocks that drifted instead. */
  List<String> check(Path readme, boolean update) throws IOException, InterruptedException {
    List<String> text = new ArrayList<>(Files.readAllLines(readme));
    List<String> problems = new ArrayList<>();
    List<Block> blocks = blocks(text);
    List<String[]> replacements = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      String where = root.relativize(readme) + ":" + (block.start() + 1);
      Matcher snippet = SNIPPET.matcher(block.marker());
      if (snippet.matches()) {
        List<String> source = snippet(snippet.group(1), snippet.group(2));
        if (!source.equals(block.lines())) {
          problems.add(where + ": the snippet differs from " + snippet.group(1) + "#" + snippet.group(2));
          replacements.add(new String[] {String.valueOf(block.start()), String.join("\n", source)});
        }
      } else if (OUTPUT.matcher(block.marker()).matches()) {
        if (b == 0) {
          problems.add(where + ": an output block needs a command block before it");
          continue;
        }
        List<String> command = blocks.get(b - 1).lines();
        if (command.size() != 1) {
          problems.add(where + ": the command block before an output block must hold one command");
          continue;
        }
        List<String> actual = run(command.get(0));
        if (actual == null) {
          continue; // not runnable on this JDK
        }
        List<String> differences = compare(block.lines(), actual);
        if (!differences.isEmpty()) {
          problems.add(where + ": the output of `" + command.get(0) + "` drifted: " + differences);
          replacements.add(new String[] {String.valueOf(block.start()),
              String.join("\n", asPrinted(command.get(0), actual))});
        }
      } else if (block.info().equals("java") || block.info().equals("diff")) {
        problems.add(where + ": a " + block.info() + " block must be marked as a snippet or an output");
      }
    }
    problems.addAll(missingTests(readme, String.join("\n", text)));
    if (update && !replacements.isEmpty()) {
      rewrite(readme, text, blocks, replacements);
    }
    return problems;
  }

  /** The tests a README names ({@code `SomeTest.someMethod`} or a bare long method name) that do not exist. */
  List<String> missingTests(Path readme, String text) throws IOException {
    List<Path> files;
    try (var walk = Files.walk(root)) {
      files = walk.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/"))
          .filter(f -> !f.toString().contains("/target/")).toList();
    }
    List<String> missing = new ArrayList<>();
    Matcher m = TEST_NAME.matcher(text);
    while (m.find()) {
      String method = "void " + m.group(2) + "(";
      boolean found = false;
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (m.group(1) != null && !name.equals(m.group(1) + ".java")) {
          continue;
        }
        if (Files.readString(file).contains(method)) {
          found = true;
          break;
        }
      }
      if (!found) {
        missing.add(root.relativize(readme) + ": names a test that does not exist: " + m.group());
      }
    }
    return missing;
  }

  /** The lines of {@code file} between {@code // tag::TAG[]} and {@code // end::TAG[]}. */
  List<String> snippet(String file, String tag) throws IOException {
    List<String> lines = Files.readAllLines(root.resolve(file));
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (line.equals("// tag::" + tag + "[]")) {
        start = i + 1;
      } else if (line.equals("// end::" + tag + "[]") && start >= 0) {
        return lines.subList(start, i);
      }
    }
    throw new IllegalArgumentException(file + " has no region tagged " + tag);
  }

  /** Runs a README command the way a learner would; {@code null} if this JDK cannot run it. */
  List<String> run(String command) throws IOException, InterruptedException {
    if (outputs.containsKey(command)) {
      return outputs.get(command);
    }
    List<String> process = new ArrayList<>();
    Matcher exec = EXEC.matcher(command);
    Matcher tour = TOUR.matcher(command);
    Matcher compare = COMPARE.matcher(command);
    if (exec.matches()) {
      Style style = style(exec).orElseThrow(() -> new IllegalArgumentException("no style runs as " + command));
      if (Runtime.version().feature() < style.jdk()) {
        return null;
      }
      process.addAll(java(style.mainClass()));
      process.addAll(words(exec.group(3)));
    } else if (tour.matches()) {
      if (Runtime.version().feature() < 21) {
        return null; // the README shows every style, virtual threads included
      }
      process.addAll(java(Tour.class.getName()));
      process.addAll(words(tour.group(1)));
    } else if (compare.matches()) {
      process.addAll(List.of("bash", "compare"));
      process.addAll(words(compare.group(1)));
    } else {
      throw new IllegalArgumentException("cannot check the output of: " + command);
    }
    Process started = new ProcessBuilder(process).directory(root.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD) // the READMEs show standard output
        .start();
    List<String> lines = new String(started.getInputStream().readAllBytes(), UTF_8).lines().toList();
    if (!started.waitFor(5, TimeUnit.MINUTES)) {
      started.destroyForcibly();
      throw new IllegalStateException(command + " did not finish");
    }
    outputs.put(command, lines);
    return lines;
  }

  /** The style that a {@code ./mvnw ... exec:java[@id]} command runs. */
  private static java.util.Optional<Style> style(Matcher exec) {
    return Style.named(exec.group(2).substring(1));
  }

  private static List<String> java(String mainClass) {
    return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), mainClass);
  }

  private static List<String> words(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
  }

  /**
   * The differences between what a README shows and what a run printed. Times and ratios may differ
   * within a band; a chart row may shift by a few columns but must show the same events in the same
   * order; heap sizes may differ; exec:java's name for the main thread stands for {@code main}.
   */
  static List<String> compare(List<String> expected, List<String> actual) {
    List<String> differences = new ArrayList<>();
    if (expected.size() != actual.size()) {
      differences.add(expected.size() + " lines shown, " + actual.size() + " printed: " + actual);
      return differences;
    }
    for (int i = 0; i < expected.size(); i++) {
      String shown = EXEC_THREAD.matcher(expected.get(i)).replaceAll("main");
      String printed = EXEC_THREAD.matcher(actual.get(i)).replaceAll("main");
      if (!sameLine(shown, printed)) {
        differences.add("shown \"" + expected.get(i) + "\", printed \"" + actual.get(i) + "\"");
      }
    }
    return differences;
  }

  static boolean sameLine(String shown, String printed) {
    Matcher shownRow = CHART_ROW.matcher(shown);
    Matcher printedRow = CHART_ROW.matcher(printed);
    if (shownRow.matches() && printedRow.matches()) {
      String a = shownRow.group(2);
      String b = printedRow.group(2);
      return shownRow.group(1).equals(printedRow.group(1)) && shownRow.group(3).equals(printedRow.group(3))
          && outcome(a) == outcome(b) && Math.abs(a.stripTrailing().length() - b.stripTrailing().length()) <= 3
          && Math.abs(checks(a) - checks(b)) <= 1 && Math.abs(indent(a) - indent(b)) <= 3;
    }
    if (!NUMBER.matcher(shown).replaceAll("#").equals(NUMBER.matcher(printed).replaceAll("#"))) {
      return false;
    }
    Matcher a = NUMBER.matcher(shown);
    Matcher b = NUMBER.matcher(printed);
    while (a.find() && b.find()) {
      double x = Double.parseDouble(a.group());
      double y = Double.parseDouble(b.group());
      boolean megabytes = shown.startsWith(" MB", a.end());
      if (!megabytes && Math.abs(x - y) > Math.max(0.3, 0.15 * x)) {
        return false;
      }
    }
    return true;
  }

  /** How a chart row ends: D, X or T (or its last mark, if it has none of those). */
  private static char outcome(String row) {
    String marks = row.strip();
    return marks.isEmpty() ? ' ' : marks.charAt(marks.length() - 1);
  }

  /** How many checks a chart row shows; the first may hide under a long first paint. */
  private static long checks(String row) {
    return row.chars().filter(c -> c == 'o').count();
  }

  private static int indent(String row) {
    return row.length() - row.stripLeading().length();
  }

  /** What a learner would see: exec:java names the main thread after the class it runs. */
  private static List<String> asPrinted(String command, List<String> output) {
    Matcher exec = EXEC.matcher(command);
    if (!exec.matches()) {
      return output;
    }
    String main = style(exec).orElseThrow().mainClass();
    return output.stream().map(line -> line.replace("= main", "= " + main + ".main()")).toList();
  }

  private static void rewrite(Path readme, List<String> text, List<Block> blocks, List<String[]> replacements)
      throws IOException {
    for (int r = replacements.size() - 1; r >= 0; r--) {
      int start = Integer.parseInt(replacements.get(r)[0]);
      Block block = blocks.stream().filter(b -> b.start() == start).findFirst().orElseThrow();
      List<String> body = replacements.get(r)[1].isEmpty() ? List.of() : List.of(replacements.get(r)[1].split("\n", -1));
      for (int i = block.end() - 1; i > block.start(); i--) {
        text.remove(i);
      }
      text.addAll(block.start() + 1, body);
    }
    Files.write(readme, text);
  }
}
