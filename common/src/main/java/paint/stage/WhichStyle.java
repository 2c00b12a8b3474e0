package paint.stage;

import java.util.List;

/**
 * What a plain {@code exec:java}, without {@code @STYLE}, runs in a numbered module: one line that names
 * the module's styles and the command that runs one, instead of Maven's silence. It returns instead of
 * exiting, so that Maven goes on with the other modules of the reactor ({@code -am} adds 01 to 05's).
 */
public final class WhichStyle {

  /** The system property in which the build names the module ({@code exec:java}'s {@code default-cli}). */
  static final String MODULE = "paint.module";

  private WhichStyle() { }

  public static void main(String[] args) {
    System.out.println(line(System.getProperty(MODULE, "")));
  }

  /** {@code 01-sequential: name a style: exec:java@sequential or exec:java@threads, as in ./mvnw ...}. */
  static String line(String module) {
    List<Style> styles = Style.ALL.stream().filter(style -> style.module().equals(module)).toList();
    if (styles.isEmpty()) {
      return module + ": no style to run here";
    }
    List<String> ids = styles.stream().map(style -> "exec:java@" + style.name()).toList();
    String choices = ids.size() == 1 ? ids.get(0)
        : String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
    return module + ": name a style: " + choices + ", as in " + styles.get(0).runCommand();
  }
}
