package paint.tour;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import paint.common.RunReport;
import paint.common.RunReport.Mark;
import paint.common.Settings;

/**
 * The timelines of the styles just run, as one SVG picture: a panel per style, a lane per canvas,
 * on one time scale, so that the styles compare at a glance. Plain SVG written by hand: nothing here
 * is worth a library.
 */
final class SvgTimelines {

  private static final int WIDTH = 960;
  private static final int LEFT = 90;
  private static final int RIGHT = 220;
  private static final int LANE = 16;
  private static final String[] THREAD_COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e",
      "#8c564b", "#e377c2", "#17becf"};

  private SvgTimelines() { }

  static String render(List<ComparisonTable.Row> rows, Settings settings) {
    long span = 1;
    for (ComparisonTable.Row row : rows) {
      for (RunReport run : row.runs()) {
        span = Math.max(span, run.nanos());
        for (Mark mark : run.marks()) {
          span = Math.max(span, mark.at());
        }
      }
    }
    double scale = (double) (WIDTH - LEFT - RIGHT) / span;
    StringBuilder body = new StringBuilder();
    int y = 48;
    for (ComparisonTable.Row row : rows) {
      y = panel(body, row, y, scale);
    }
    y = axis(body, y, span, scale);
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, y + 10, WIDTH, y + 10));
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"18\" font-size=\"14\" font-weight=\"bold\">%d "
        + "canvases, %s to dry, checked every %s</text>%n", settings.paintings(), Settings.format(settings.dry()),
        Settings.format(settings.poll())));
    svg.append("<text x=\"10\" y=\"34\" fill=\"#444\">dark bar: painting, light bar: drying, dot: a check "
        + "(still wet), diamond: dry, X: failed, T: timed out; one colour per thread, named on the right</text>\n");
    svg.append(body);
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static int panel(StringBuilder svg, ComparisonTable.Row row, int top, double scale) {
    svg.append(String.format("<g class=\"panel\" data-style=\"%s\">%n", row.style().name()));
    if (row.runs().isEmpty()) {
      svg.append(String.format("<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s</text>"
          + "<text x=\"%d\" y=\"%d\" fill=\"#888\">%s</text>%n", top + 12, row.style().name(), LEFT, top + 12,
          escape(row.problem())));
      svg.append("</g>\n");
      return top + 30;
    }
    RunReport run = row.first();
    svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s: %d paintings in "
        + "%.2f s (%s)</text>%n", top + 12, row.style().name(), run.paintings(), run.nanos() / 1e9,
        escape(row.style().idea())));
    Map<Integer, List<Mark>> lanes = new LinkedHashMap<>();
    for (Mark mark : run.marks()) {
      lanes.computeIfAbsent(mark.canvas(), canvas -> new ArrayList<>()).add(mark);
    }
    Map<String, String> colours = new LinkedHashMap<>();
    int y = top + 20;
    for (Map.Entry<Integer, List<Mark>> lane : lanes.entrySet()) {
      lane(svg, lane.getKey(), lane.getValue(), y, scale, colours);
      y += LANE;
    }
    svg.append("</g>\n");
    return y + 14;
  }

  private static void lane(StringBuilder svg, int canvas, List<Mark> marks, int y, double scale,
      Map<String, String> colours) {
    svg.append(String.format("<g class=\"lane\" data-canvas=\"%d\">", canvas));
    svg.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">canvas %d</text>", LEFT - 8, y + 11,
        canvas));
    long paintStart = -1;
    long paintEnd = -1;
    long end = -1;
    List<String> threads = new ArrayList<>();
    for (Mark mark : marks) {
      switch (mark.kind()) {
        case "PAINT_START" -> paintStart = mark.at();
        case "PAINT_END" -> paintEnd = mark.at();
        case "DRY", "FAILED", "TIMED_OUT" -> end = mark.at();
        default -> { }
      }
      if (!threads.contains(mark.thread())) {
        threads.add(mark.thread());
      }
    }
    String paintColour = colour(colours, threads.isEmpty() ? "" : threads.get(0));
    if (paintEnd >= 0 && end >= 0) {
      rect(svg, x(paintEnd, scale), y + 4, x(end, scale) - x(paintEnd, scale), 6, paintColour, 0.25);
    }
    if (paintStart >= 0) {
      long until = paintEnd >= 0 ? paintEnd : Math.max(end, paintStart);
      rect(svg, x(paintStart, scale), y + 2, Math.max(2, x(until, scale) - x(paintStart, scale)), 10,
          paintColour, 1);
    }
    for (Mark mark : marks) {
      double x = x(mark.at(), scale);
      String colour = colour(colours, mark.thread());
      switch (mark.kind()) {
        case "WET" -> svg.append(String.format(Locale.ROOT,
            "<circle cx=\"%.1f\" cy=\"%d\" r=\"2.5\" fill=\"%s\"/>", x, y + 7, colour));
        case "DRY" -> svg.append(String.format(Locale.ROOT,
            "<path d=\"M%.1f %d l5 5 l-5 5 l-5 -5 z\" fill=\"%s\"/>", x, y + 2, colour));
        case "FAILED" -> svg.append(String.format(Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" fill=\"#c00\" font-weight=\"bold\">X</text>", x - 3, y + 11));
        case "TIMED_OUT" -> svg.append(String.format(Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" fill=\"#e67e00\" font-weight=\"bold\">T</text>", x - 3, y + 11));
        default -> { }
      }
    }
    List<String> coloured = new ArrayList<>();
    for (String thread : threads) {
      coloured.add(String.format("<tspan fill=\"%s\">%s</tspan>", colour(colours, thread), escape(thread)));
    }
    svg.append(String.format("<text x=\"%d\" y=\"%d\">%s</text>", WIDTH - RIGHT + 10, y + 11,
        String.join(", ", coloured)));
    svg.append("</g>\n");
  }

  private static int axis(StringBuilder svg, int top, long span, double scale) {
    long step = paint.common.TimelineChart.columnNanos(span) * 10;
    svg.append(String.format("<g class=\"axis\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>",
        LEFT, top, WIDTH - RIGHT, top));
    for (long t = 0; t <= span; t += step) {
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#444\"/>"
          + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s s</text>", x(t, scale), top, x(t, scale), top + 4,
          x(t, scale), top + 16, java.math.BigDecimal.valueOf(t / 1_000_000, 3).stripTrailingZeros()
              .toPlainString()));
    }
    svg.append("</g>\n");
    return top + 24;
  }

  private static void rect(StringBuilder svg, double x, int y, double width, int height, String colour,
      double opacity) {
    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" "
        + "fill-opacity=\"%.2f\"/>", x, y, width, height, colour, opacity));
  }

  private static double x(long nanos, double scale) {
    return LEFT + nanos * scale;
  }

  private static String colour(Map<String, String> colours, String thread) {
    return colours.computeIfAbsent(thread, t -> THREAD_COLOURS[colours.size() % THREAD_COLOURS.length]);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
