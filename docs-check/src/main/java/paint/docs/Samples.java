package paint.docs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import paint.stage.Lane.Kind;

/**
 * Compares a README's sample output with what a fresh run printed, by what the sample teaches, not by its
 * columns: a fresh run on another machine is faster or slower, busier, or has another number of cores.
 *
 * <ul>
 *   <li>A timeline chart matches when each canvas shows the same events in the same order (painted or not,
 *       the number of checks give or take one, the same outcome), on threads of the same kinds, with the
 *       same shape across canvases (overlapping, or one after another), and each canvas starts and ends
 *       within a band of the sample's times.</li>
 *   <li>The {@code ran on} line matches when it names threads of the same kinds, as many of each; a pool
 *       of workers may differ in size, since Vert.x sizes it by the cores here.</li>
 *   <li>A row of the tour's table matches by its threads as the {@code ran on} line does: the same number
 *       on a machine with as many cores as the sample's (its {@code ideal} line says how many), else one
 *       thread where the sample has one, more than one where it has more (06 deploys a painter per core);
 *       and the JVMs they painted in ({@code 3 on 2 JVMs}) the same. The rest of the row as any other line.</li>
 *   <li>Any other line matches when its words are the same (spacing aside), its whole numbers are the same,
 *       and its times and ratios are within a band: half a drying time, a poll interval or 15%, whichever
 *       is most, and at least 0.3. Heap sizes and core counts are not compared. In a CPU-bound sample, no number is.</li>
 * </ul>
 * A band relative to the settings keeps the wrong answer out: three paintings one after another take three
 * drying times, overlapping ones one, and that difference is far wider than the band. Painting is CPU
 * work: when the run's chart shows a thread painting longer than the sample's (a slower, busier or colder
 * machine), the times after it may be later by as much; the shape still tells overlap from one after another.
 */
public final class Samples {

  private static final Pattern COLUMN = Pattern.compile("one column = (\\d+(?:\\.\\d+)?)(ms|s)(;.*)");
  private static final Pattern AXIS = Pattern.compile(" *0s( +\\d+(?:\\.\\d+)?s)*");
  private static final Pattern ROW = Pattern.compile("(canvas \\d+) *\\|([^|]*)\\|(.*)");
  private static final Pattern RAN_ON = Pattern.compile("ran on: (.*?)(?: and (\\d+) more threads)?");
  private static final Pattern LEGEND_ENTRY = Pattern.compile("(t\\d+) = (.+)");
  private static final Pattern LEGEND_MORE = Pattern.compile(" {8}t\\d+ = .*");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern TABLE_HEADER = Pattern.compile("style +paintings .* threads .*");
  private static final Pattern THREADS = Pattern.compile("(\\d+)(?: on (\\d+) JVMs)?");
  private static final Pattern CORES = Pattern.compile(".*, spread over (\\d+) cores = .*");

  /**
   * What a sample depends on: the run's drying time and poll interval, for the bands, and whether the CPU
   * sets its figures.
   */
  public record Settings(Duration dry, Duration poll, boolean cpuBound, boolean rowsInAnyOrder) {

    /** Settings of a sample whose rows come in the order of its canvases. */
    public Settings(Duration dry, Duration poll, boolean cpuBound) {
      this(dry, poll, cpuBound, false);
    }

    /**
     * The band for a time or a ratio of {@code shown}: half a drying time, a poll interval or 15%,
     * whichever is most, and at least 0.3. Half a drying time is halfway between the lesson's two answers:
     * paintings that overlap and paintings one after another differ by a drying time at least. A busy
     * machine's cold start (the JVM, the JIT's first paints) stays well inside it.
     */
    double band(double shown) {
      return Math.max(Math.max(0.3, dry.toMillis() / 2000.0), Math.max(poll.toMillis() / 1000.0, 0.15 * shown));
    }
  }

  private Samples() { }

  /** The differences between the sample {@code shown} and the run's {@code printed} lines; none when they match. */
  public static List<String> compare(List<String> shownLines, List<String> printedLines, Settings settings) {
    List<String> shown = legendsOnOneLine(shownLines);
    List<String> printed = legendsOnOneLine(printedLines);
    List<String> differences = new ArrayList<>();
    if (shown.size() != printed.size()) {
      differences.add(shown.size() + " lines shown, " + printed.size() + " printed: " + printed);
      return differences;
    }
    Chart shownChart = null;
    Chart printedChart = null;
    double slowerPaint = 0; // seconds: how much longer the printed run painted than the sample, on one thread
    boolean sameCores = cores(shown).equals(cores(printed));
    Column shownThreads = null; // in the tour's table: where each side's threads are
    Column printedThreads = null;
    for (int i = 0; i < shown.size(); i++) {
      String a = shown.get(i);
      String b = printed.get(i);
      if (TABLE_HEADER.matcher(a).matches() && TABLE_HEADER.matcher(b).matches()) {
        shownThreads = Column.under(a, "threads");
        printedThreads = Column.under(b, "threads");
      } else if (a.startsWith("ideal = ")) { // the table's last line
        shownThreads = null;
        printedThreads = null;
      } else if (shownThreads != null) {
        Matcher threadsA = THREADS.matcher(shownThreads.cell(a));
        Matcher threadsB = THREADS.matcher(printedThreads.cell(b));
        if (threadsA.matches() && threadsB.matches()) { // a row of the table
          if (!sameThreads(threadsA, threadsB, sameCores)
              || !sameWords(shownThreads.without(a), printedThreads.without(b), settings, slowerPaint)) {
            differences.add(line(i, a, b));
          }
          continue;
        }
      }
      Matcher columnA = COLUMN.matcher(a);
      Matcher columnB = COLUMN.matcher(b);
      if (columnA.matches() && columnB.matches()) {
        shownChart = new Chart(nanos(columnA));
        printedChart = new Chart(nanos(columnB));
        if (!columnA.group(3).equals(columnB.group(3))) {
          differences.add(line(i, a, b));
        }
        continue;
      }
      if (shownChart != null && AXIS.matcher(a).matches() && AXIS.matcher(b).matches()) {
        continue; // the time axis follows from the run's length
      }
      Matcher rowA = ROW.matcher(a);
      Matcher rowB = ROW.matcher(b);
      if (shownChart != null && rowA.matches() && rowB.matches()) {
        shownChart.rows.add(new Row(i, rowA.group(1), rowA.group(2), rowA.group(3).trim()));
        printedChart.rows.add(new Row(i, rowB.group(1), rowB.group(2), rowB.group(3).trim()));
        continue;
      }
      Matcher ranA = RAN_ON.matcher(a);
      Matcher ranB = RAN_ON.matcher(b);
      if (shownChart != null && ranA.matches() && ranB.matches()) {
        shownChart.legend(ranA);
        printedChart.legend(ranB);
        slowerPaint = Math.max(0, printedChart.paintSeconds() - shownChart.paintSeconds());
        differences.addAll(compareCharts(shownChart, printedChart, settings, slowerPaint, i, a, b));
        shownChart = null;
        printedChart = null;
        continue;
      }
      if (!sameWords(a, b, settings, slowerPaint)) {
        differences.add(line(i, a, b));
      }
    }
    return differences;
  }

  /**
   * A column of the tour's table, whose figures are right-aligned under its name in the header: from the end of
   * the name before it to the end of its own.
   */
  private record Column(int start, int end) {

    static Column under(String header, String name) {
      int end = header.indexOf(" " + name + " ") + 1 + name.length();
      return new Column(header.substring(0, end - name.length()).stripTrailing().length(), end);
    }

    String cell(String row) {
      return row.length() < end ? "" : row.substring(start, end).strip();
    }

    String without(String row) {
      return row.length() < end ? row : row.substring(0, start) + row.substring(end);
    }
  }

  /** The cores that the table's {@code ideal} line says the run had, or "" if it has none. */
  private static String cores(List<String> lines) {
    return lines.stream().map(CORES::matcher).filter(Matcher::matches).map(m -> m.group(1)).findFirst().orElse("");
  }

  /**
   * A table row's threads ({@code 2}, {@code 3 on 2 JVMs}): the same JVMs; the same number of threads on as many
   * cores, else one where the sample has one, and more than one where it has more.
   */
  private static boolean sameThreads(Matcher shown, Matcher printed, boolean sameCores) {
    if (!java.util.Objects.equals(shown.group(2), printed.group(2))) {
      return false;
    }
    int a = Integer.parseInt(shown.group(1));
    int b = Integer.parseInt(printed.group(1));
    return sameCores ? a == b : (a == 1) == (b == 1);
  }

  /**
   * The lines, with each legend that goes on below its first line read as one line: how many lines it
   * takes depends on how many threads there are, and their names' lengths.
   */
  static List<String> legendsOnOneLine(List<String> lines) {
    List<String> joined = new ArrayList<>();
    for (String line : lines) {
      int last = joined.size() - 1;
      if (last >= 0 && joined.get(last).startsWith("ran on: ") && LEGEND_MORE.matcher(line).matches()) {
        joined.set(last, joined.get(last) + " " + line.strip());
      } else {
        joined.add(line);
      }
    }
    return joined;
  }

  /** A timeline chart as it was read: its column width, its rows, and the threads its legend names. */
  private static final class Chart {
    final long column;
    final List<Row> rows = new ArrayList<>();
    final Map<String, String> threads = new LinkedHashMap<>();
    int more;

    Chart(long column) {
      this.column = column;
    }

    void legend(Matcher ranOn) {
      for (String entry : ranOn.group(1).split(", ")) {
        Matcher m = LEGEND_ENTRY.matcher(entry.trim());
        if (m.matches()) {
          threads.put(m.group(1), m.group(2));
        }
      }
      more = ranOn.group(2) == null ? 0 : Integer.parseInt(ranOn.group(2));
    }

    /** The kinds of thread (names without their numbers) that did a row's work, in order. */
    List<String> kinds(Row row) {
      List<String> kinds = new ArrayList<>();
      for (String label : row.threads.split(" +")) {
        kinds.add(threads.containsKey(label) ? kind(threads.get(label)) : label);
      }
      return kinds;
    }

    /** How many threads of each kind the legend names; the threads beyond it count as "more". */
    Map<String, Integer> census() {
      Map<String, Integer> census = new LinkedHashMap<>();
      threads.values().forEach(name -> census.merge(kind(name), 1, Integer::sum));
      if (more > 0) {
        census.merge("more", more, Integer::sum);
      }
      return census;
    }

    double seconds(int column) {
      return column * (double) this.column / 1e9;
    }

    /**
     * The longest time one thread spent painting: the paint marks of the rows that thread painted, in
     * seconds. Painting is CPU work, and a slower, busier or colder machine paints longer: the later
     * canvases on that thread start later by as much, which is the machine, not the lesson.
     */
    double paintSeconds() {
      Map<String, Integer> marks = new LinkedHashMap<>();
      for (Row row : rows) {
        marks.merge(row.threads.split(" +")[0], (int) row.cells.chars().filter(c -> c == PAINT).count(), Integer::sum);
      }
      return seconds(marks.values().stream().mapToInt(Integer::intValue).max().orElse(0));
    }
  }

  private static final char PAINT = Kind.PAINT_START.mark();
  private static final char TORE = Kind.FAILED.mark();
  private static final String OUTCOMES = Arrays.stream(Kind.values()).filter(Kind::isOutcome)
      .map(kind -> String.valueOf(kind.mark())).collect(Collectors.joining());

  /** A chart row: where it was, its canvas, its cells, and its thread labels. */
  private record Row(int line, String canvas, String cells, String threads) {

    /** Whether it was painted at all (a canvas that tore at once shows only its X). */
    boolean painted() {
      return cells.indexOf(PAINT) >= 0;
    }

    int checks() {
      return (int) cells.chars().filter(c -> c == Kind.WET.mark()).count();
    }

    /** The mark of its outcome (D, X or T); or a space when the canvas has no outcome. */
    char outcome() {
      String marks = cells.strip();
      char last = marks.isEmpty() ? ' ' : marks.charAt(marks.length() - 1);
      return OUTCOMES.indexOf(last) >= 0 ? last : ' ';
    }

    int first() {
      return cells.length() - cells.stripLeading().length();
    }

    int last() {
      return cells.stripTrailing().length() - 1;
    }
  }

  private static List<String> compareCharts(Chart shown, Chart printed, Settings settings, double slowerPaint,
      int legendLine, String shownLegend, String printedLegend) {
    List<String> differences = new ArrayList<>();
    List<Row> shownRows = shown.rows;
    List<Row> printedRows = printed.rows;
    if (settings.rowsInAnyOrder()) { // paired by what happened to them, not by their number
      java.util.Comparator<Row> byStory = java.util.Comparator.comparingInt((Row row) -> row.threads.split(" +").length)
          .thenComparing(Row::outcome).thenComparingInt(Row::checks);
      shownRows = shownRows.stream().sorted(byStory).toList();
      printedRows = printedRows.stream().sorted(byStory).toList();
    }
    for (int r = 0; r < shownRows.size(); r++) {
      Row a = shownRows.get(r);
      Row b = printedRows.get(r);
      List<String> wrong = new ArrayList<>();
      if (!a.canvas.equals(b.canvas) && !settings.rowsInAnyOrder()) {
        wrong.add("another canvas");
      }
      if (a.painted() != b.painted() && a.outcome() != TORE) { // a tear's X may stand where its P was
        wrong.add(a.painted() ? "no paint" : "a paint where the sample has none");
      }
      if (a.outcome() != b.outcome()) {
        wrong.add("ends with '" + b.outcome() + "', not '" + a.outcome() + "'");
      }
      if (Math.abs(a.checks() - b.checks()) > 1) {
        wrong.add(b.checks() + " checks, not " + a.checks());
      }
      if (!shown.kinds(a).equals(printed.kinds(b))) {
        wrong.add("threads " + printed.kinds(b) + ", not " + shown.kinds(a));
      }
      if (!settings.cpuBound()) {
        double start = shown.seconds(a.first());
        double end = shown.seconds(a.last());
        if (Math.abs(start - printed.seconds(b.first())) > settings.band(start) + slowerPaint + shown.seconds(1)) {
          wrong.add(String.format(Locale.ROOT, "starts at %.2f s, not about %.2f s", printed.seconds(b.first()), start));
        }
        if (Math.abs(end - printed.seconds(b.last())) > settings.band(end) + slowerPaint + shown.seconds(1)) {
          wrong.add(String.format(Locale.ROOT, "ends at %.2f s, not about %.2f s", printed.seconds(b.last()), end));
        }
      }
      if (!wrong.isEmpty()) {
        differences.add("line " + (a.line + 1) + ", " + a.canvas + ": " + String.join(", ", wrong)
            + " (shown \"" + shownRowText(a) + "\", printed \"" + shownRowText(b) + "\")");
      }
    }
    String shownShape = shape(shown);
    String printedShape = shape(printed);
    if (!shownShape.equals(printedShape)) {
      differences.add("the canvases " + printedShape + ", where the sample's " + shownShape);
    }
    if (!sameThreads(shown.census(), printed.census())) {
      differences.add(line(legendLine, shownLegend, printedLegend));
    }
    return differences;
  }

  private static String shownRowText(Row row) {
    return row.canvas + " |" + row.cells + "| " + row.threads;
  }

  /**
   * How the painted canvases follow one another: for each next canvas, whether it started before the one
   * above ended (they overlap) or after (one after another).
   */
  private static String shape(Chart chart) {
    List<Row> waited = chart.rows.stream().filter(row -> row.painted() && row.outcome() != TORE).toList();
    Set<String> steps = new LinkedHashSet<>(); // a tear ends at once: it neither overlaps nor waits
    for (int r = 1; r < waited.size(); r++) {
      steps.add(waited.get(r).first() + 1 < waited.get(r - 1).last() ? "overlap" : "come one after another");
    }
    return steps.isEmpty() ? "stand alone" : steps.size() == 1 ? steps.iterator().next() : "partly overlap";
  }

  /**
   * The same kinds of thread, as many of each; but a worker pool, which Vert.x sizes by the machine's cores,
   * may have another size on another machine, and so may event loops beyond the first (06 deploys a painter
   * on each core's): one event loop, or more than one, is what a sample teaches.
   */
  private static boolean sameThreads(Map<String, Integer> shown, Map<String, Integer> printed) {
    if (!shown.keySet().equals(printed.keySet())) {
      return false;
    }
    for (Map.Entry<String, Integer> kind : shown.entrySet()) {
      int a = kind.getValue();
      int b = printed.get(kind.getKey());
      if (kind.getKey().contains("worker")) {
        continue;
      }
      if (kind.getKey().contains("eventloop") ? (a == 1) != (b == 1) : a != b) {
        return false;
      }
    }
    return true;
  }

  /** A thread's kind: its name without its numbers ({@code vert.x-eventloop-thread-#}). */
  static String kind(String thread) {
    return thread.replaceAll("\\d+", "#");
  }

  /**
   * Same words, same whole numbers, times and ratios within the band, plus {@code slowerPaint} seconds (how
   * much longer the run's chart painted than the sample's); heap sizes and core counts aside.
   */
  static boolean sameWords(String shown, String printed, Settings settings, double slowerPaint) {
    String[] a = shown.trim().split("\\s+");
    String[] b = printed.trim().split("\\s+");
    if (a.length != b.length) {
      return false;
    }
    for (int t = 0; t < a.length; t++) {
      if (!NUMBER.matcher(a[t]).replaceAll("#").equals(NUMBER.matcher(b[t]).replaceAll("#"))) {
        return false;
      }
      String next = t + 1 < a.length ? a[t + 1] : "";
      if (next.equals("MB") || next.startsWith("core") || settings.cpuBound()) {
        continue; // the heap and the cores are the machine's, and so are a CPU-bound run's figures
      }
      Matcher x = NUMBER.matcher(a[t]);
      Matcher y = NUMBER.matcher(b[t]);
      while (x.find() && y.find()) {
        if (!x.group().contains(".")) {
          if (!x.group().equals(y.group())) {
            return false;
          }
        } else if (Math.abs(Double.parseDouble(x.group()) - Double.parseDouble(y.group()))
            > settings.band(Double.parseDouble(x.group())) + slowerPaint) {
          return false;
        }
      }
    }
    return true;
  }

  private static long nanos(Matcher column) {
    double value = Double.parseDouble(column.group(1));
    return (long) (column.group(2).equals("s") ? value * 1e9 : value * 1e6);
  }

  private static String line(int i, String shown, String printed) {
    return "line " + (i + 1) + ": shown \"" + shown + "\", printed \"" + printed + "\"";
  }
}
