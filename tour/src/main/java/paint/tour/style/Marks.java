package paint.tour.style;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import paint.stage.Lane;
import paint.stage.Lane.Kind;

/**
 * A run's marks in JSON: the one form of the run's events, which the run's report and the live page's
 * stream share. A mark is {@code [canvas, microseconds, "P", thread]}: its time since the canvases were
 * made, its kind by its mark ({@link Kind}), and its thread by its place in a list of names that goes with it.
 */
public final class Marks {

  private Marks() { }

  /** Canvas {@code canvas}'s mark of {@code kind}, {@code nanos} into the run, by thread number {@code thread}. */
  static JsonArray write(int canvas, long nanos, Kind kind, int thread) {
    return new JsonArray().add(canvas).add(nanos / 1_000).add(String.valueOf(kind.mark())).add(thread);
  }

  /** The lanes of {@code marks}, each mark's thread named from {@code threads}, in the order of the canvases. */
  public static List<Lane> read(JsonArray marks, List<String> threads) {
    Map<Integer, List<Lane.Mark>> lanes = new TreeMap<>();
    for (int i = 0; i < marks.size(); i++) {
      JsonArray mark = marks.getJsonArray(i);
      lanes.computeIfAbsent(mark.getInteger(0), canvas -> new ArrayList<>()).add(new Lane.Mark(mark.getLong(1) * 1_000,
          Kind.ofMark(mark.getString(2).charAt(0)), threads.get(mark.getInteger(3))));
    }
    return lanes.entrySet().stream().map(lane -> new Lane(lane.getKey(), lane.getValue())).toList();
  }

  /** The kinds of mark, for a reader of the JSON: each kind's name, mark, word, and whether it is an outcome. */
  public static JsonArray kinds() {
    JsonArray kinds = new JsonArray();
    for (Kind kind : Kind.values()) {
      kinds.add(new JsonObject().put("kind", kind.name()).put("mark", String.valueOf(kind.mark()))
          .put("word", kind.word()).put("outcome", kind.isOutcome()));
    }
    return kinds;
  }
}
