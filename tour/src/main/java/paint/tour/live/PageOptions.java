package paint.tour.live;

import java.util.ArrayList;
import java.util.List;
import paint.common.Settings;
import paint.stage.BadOption;
import paint.stage.Cli;
import paint.stage.Options;
import paint.stage.Style;
import paint.tour.style.StyleName;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options the page sends, read by the command line's own rules (picocli, {@link Options}, the tour's
 * {@code --style}), so that a bad value gets the sentence the command line gives: {@code --dry 2h: unknown
 * unit h (use ms or s)}. Only the styles and the options of a run: nothing that writes files or serves.
 */
final class PageOptions {

  /** The form's fields, each the name of an option. */
  static final List<String> NAMES = List.of("style", "paintings", "dry", "poll", "work", "fail", "stuck", "timeout");

  @Mixin
  Options settings = new Options();

  @Option(names = "--style", converter = StyleName.class)
  List<Style> styles = new ArrayList<>();

  /** A run the page asked for: its styles and its settings. */
  record Parsed(List<Style> styles, Settings settings) { }

  /** Reads {@code --name=value} words; the styles default to the tour's. */
  static Parsed parse(List<String> args) throws BadOption {
    PageOptions page = new PageOptions();
    new Cli("the page", page).parse(args.toArray(String[]::new));
    Settings settings = page.settings.settings();
    List<Style> styles = page.styles.isEmpty() ? Style.defaults() : page.styles.stream().distinct().toList();
    return new Parsed(styles, settings);
  }

  /** What {@code --help} says of the option of field {@code name}. */
  static String help(String name) {
    return new Cli("the page", new PageOptions()).description("--" + name);
  }
}
