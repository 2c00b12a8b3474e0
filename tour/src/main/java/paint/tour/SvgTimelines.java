package paint.tour;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import paint.common.Settings;
import paint.stage.Format;
import paint.stage.Lane;
import paint.stage.Lane.Kind;
import paint.stage.Lane.Mark;
import paint.stage.TimelineChart;
import paint.tour.style.RunReport;

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
        for (Lane lane : run.lanes()) {
          span = Math.max(span, lane.end());
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
        + "canvases, %s to dry, checked every %s</text>%n", settings.paintings(), Format.duration(settings.dry()),
        Format.duration(settings.poll())));
    svg.append(String.format("<text x=\"10\" y=\"34\" fill=\"#444\">dark bar: %s, light bar: %s, dot: %s, diamond: %s,"
        + " %s: %s, %s: %s; one colour per thread, named on the right</text>%n", Kind.PAINT_START.word(),
        Kind.PAINT_END.word(), Kind.WET.word(), Kind.DRY.word(), Kind.FAILED.mark(), Kind.FAILED.word(),
        Kind.TIMED_OUT.mark(), Kind.TIMED_OUT.word()));
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
    Map<String, String> colours = new LinkedHashMap<>();
    int y = top + 20;
    for (Lane lane : run.lanes()) {
      lane(svg, lane, y, scale, colours);
      y += LANE;
    }
    svg.append("</g>\n");
    return y + 14;
  }

  private static void lane(StringBuilder svg, Lane lane, int y, double scale, Map<String, String> colours) {
    svg.append(String.format("<g class=\"lane\" data-canvas=\"%d\">", lane.canvas()));
    svg.append(String.format("<text x=\"%d\" y=\"%d\" text-anchor=\"end\">canvas %d</text>", LEFT - 8, y + 11,
        lane.canvas()));
    List<String> threads = lane.threads();
    String paintColour = colour(colours, threads.isEmpty() ? "" : threads.get(0));
    if (lane.paintEnd() >= 0 && lane.outcome() != null) {
      rect(svg, x(lane.paintEnd(), scale), y + 4, x(lane.end(), scale) - x(lane.paintEnd(), scale), 6, paintColour,
          0.25);
    }
    if (lane.paintStart() >= 0) {
      long until = lane.paintEnd() >= 0 ? lane.paintEnd() : Math.max(lane.end(), lane.paintStart());
      rect(svg, x(lane.paintStart(), scale), y + 2, Math.max(2, x(until, scale) - x(lane.paintStart(), scale)), 10,
          paintColour, 1);
    }
    for (Mark mark : lane.marks()) {
      double x = x(mark.at(), scale);
      String colour = colour(colours, mark.thread());
      switch (mark.kind()) {
        case WET -> svg.append(String.format(Locale.ROOT,
            "<circle cx=\"%.1f\" cy=\"%d\" r=\"2.5\" fill=\"%s\"/>", x, y + 7, colour));
        case DRY -> svg.append(String.format(Locale.ROOT,
            "<path d=\"M%.1f %d l5 5 l-5 5 l-5 -5 z\" fill=\"%s\"/>", x, y + 2, colour));
        case FAILED -> svg.append(String.format(Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" fill=\"#c00\" font-weight=\"bold\">%s</text>", x - 3, y + 11, mark.kind().mark()));
        case TIMED_OUT -> svg.append(String.format(Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" fill=\"#e67e00\" font-weight=\"bold\">%s</text>", x - 3, y + 11,
            mark.kind().mark()));
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
    long step = TimelineChart.columnNanos(span) * 10;
    svg.append(String.format("<g class=\"axis\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#444\"/>",
        LEFT, top, WIDTH - RIGHT, top));
    for (long t = 0; t <= span; t += step) {
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#444\"/>"
          + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x(t, scale), top, x(t, scale), top + 4,
          x(t, scale), top + 16, Format.tick(t)));
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
