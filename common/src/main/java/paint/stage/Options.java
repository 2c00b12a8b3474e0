package paint.stage;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import paint.common.Settings;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every command takes, read by picocli: a style's main uses them as they are, and a
 * command with options of its own mixes them in. {@link #settings()} checks them together and makes the
 * {@link Settings}.
 */
public final class Options {

  static final int MAX_PAINTINGS = 10_000_000;
  static final long MAX_WORK = 10_000_000_000L;
  static final Duration MAX_DURATION = Duration.ofHours(1);

  /** Where every default comes from; the help shows each as {@link #toArgs} writes it. */
  private static final Settings DEFAULTS = Settings.defaults();

  @Option(names = "--paintings", paramLabel = "N", converter = Paintings.class,
      description = "how many canvases to paint (default ${DEFAULT-VALUE})")
  int paintings = DEFAULTS.paintings();

  @Option(names = "--dry", paramLabel = "DURATION", converter = Durations.class,
      description = "how long the paint takes to dry (default ${DEFAULT-VALUE})")
  Duration dry = DEFAULTS.dry();

  @Option(names = "--poll", paramLabel = "DURATION", converter = Durations.class,
      description = "how often to check whether a canvas is dry (default ${DEFAULT-VALUE})")
  Duration poll = DEFAULTS.poll();

  @Option(names = "--work", paramLabel = "ITERATIONS", converter = Work.class,
      description = "CPU work of one painting, in loop iterations (default ${DEFAULT-VALUE}, about 10 ms)")
  long work = DEFAULTS.work();

  @Option(names = "--fail", paramLabel = "K", converter = Paintings.class,
      description = "canvas K tears while it is painted (repeatable)")
  List<Integer> fail = new ArrayList<>();

  @Option(names = "--stuck", paramLabel = "K", converter = Paintings.class,
      description = "canvas K never dries (repeatable)")
  List<Integer> stuck = new ArrayList<>();

  @Option(names = "--timeout", paramLabel = "DURATION", converter = Durations.class,
      description = "give up on a painting after this long (default " + Settings.TIMEOUT_IN_DRYING_TIMES
          + " times --dry)")
  Duration timeout;

  @Option(names = "--help", description = "show this help")
  boolean help;

  /** The settings these options ask for; a canvas named by {@code --fail} or {@code --stuck} must exist. */
  public Settings settings() throws BadOption {
    for (int k : fail) {
      requireCanvas("--fail", k);
    }
    for (int k : stuck) {
      requireCanvas("--stuck", k);
    }
    return new Settings(paintings, dry, poll, work, timeout != null ? timeout : Settings.defaultTimeout(dry),
        new TreeSet<>(fail), new TreeSet<>(stuck));
  }

  /** The settings that {@code args} ask for, read as every command reads them. */
  public static Settings parse(String... args) throws BadOption {
    Options options = new Options();
    new Cli("paint", options).parse(args);
    return options.settings();
  }

  /**
   * {@code settings} as options again, the one way they are written: what the tour gives a style's JVM, the
   * command the live page shows, the page form's first values and the help's defaults. A time-out that
   * is the default for the drying time is left out, as are no canvases to fail or to get stuck.
   */
  public static List<String> toArgs(Settings settings) {
    List<String> args = new ArrayList<>(List.of("--paintings", String.valueOf(settings.paintings()),
        "--dry", Format.duration(settings.dry()), "--poll", Format.duration(settings.poll()),
        "--work", String.valueOf(settings.work())));
    settings.fail().forEach(k -> args.addAll(List.of("--fail", String.valueOf(k))));
    settings.stuck().forEach(k -> args.addAll(List.of("--stuck", String.valueOf(k))));
    if (!settings.timeout().equals(Settings.defaultTimeout(settings.dry()))) {
      args.addAll(List.of("--timeout", Format.duration(settings.timeout())));
    }
    return args;
  }

  /**
   * The default of {@code option}, as the help shows it ({@code ${DEFAULT-VALUE}}): {@link Settings#defaults()}
   * written as {@link #toArgs} writes it; null for the options that are not settings.
   */
  static String defaultOf(ArgSpec option) {
    if (!(option instanceof OptionSpec spec)) {
      return null;
    }
    List<String> args = toArgs(DEFAULTS);
    int at = args.indexOf(spec.longestName());
    return at < 0 ? null : args.get(at + 1);
  }

  private void requireCanvas(String option, int k) throws BadOption {
    if (k > paintings) {
      throw new BadOption(option + " " + k + ": no such canvas (there are " + paintings + ")");
    }
  }

  /**
   * A whole number from {@code min} to {@code max}; the message says what is wrong with it. A style's own
   * options read theirs with it too.
   */
  public static long number(String value, long min, long max) {
    long n;
    try {
      n = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new TypeConversionException(value.matches("-?\\d+") ? "too large (at most " + max + ")"
          : "not a whole number");
    }
    if (n < min) {
      throw new TypeConversionException("must be at least " + min);
    }
    if (n > max) {
      throw new TypeConversionException("too large (at most " + max + ")");
    }
    return n;
  }

  /** {@code 500ms}, {@code 2s} or {@code 1.5s}: more than 0, a whole number of milliseconds, at most an hour. */
  static Duration duration(String value) {
    String number = value.replaceFirst("[a-zA-Z]+$", "");
    String unit = value.substring(number.length());
    if (number.isEmpty() || !number.matches("-?\\d+(\\.\\d+)?")) {
      throw new TypeConversionException("not a duration (write it like 500ms or 2s)");
    }
    BigDecimal millis = new BigDecimal(number);
    switch (unit) {
      case "ms" -> { }
      case "s" -> millis = millis.movePointRight(3);
      case "" -> throw new TypeConversionException("missing unit (write 500ms or 2s)");
      default -> throw new TypeConversionException("unknown unit " + unit + " (use ms or s)");
    }
    if (millis.signum() <= 0) {
      throw new TypeConversionException("must be more than 0");
    }
    if (millis.compareTo(BigDecimal.valueOf(MAX_DURATION.toMillis())) > 0) {
      throw new TypeConversionException("too large (at most " + Format.duration(MAX_DURATION) + ")");
    }
    if (millis.stripTrailingZeros().scale() > 0) {
      throw new TypeConversionException("not a whole number of milliseconds");
    }
    return Duration.ofMillis(millis.longValueExact());
  }

  /** A number of canvases, or a canvas's number: from 1 to {@link #MAX_PAINTINGS}. */
  static final class Paintings implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return (int) number(value, 1, MAX_PAINTINGS);
    }
  }

  static final class Work implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return number(value, 0, MAX_WORK);
    }
  }

  static final class Durations implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return duration(value);
    }
  }
}
