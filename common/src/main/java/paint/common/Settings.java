package paint.common;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options that every main shares: how many canvases, how long they take to dry, how often to
 * check, how much CPU work a painting is, and which canvases go wrong.
 *
 * <p>Parsing never throws anything but {@link BadOption}, whose message is the one line a learner
 * sees: the option, the value, and what is wrong with it.
 */
public final class Settings {

  /** Loop iterations in {@link Canvas#paint()}: about 10 ms of CPU on the machines we measured. */
  public static final long DEFAULT_WORK = 11_000_000;

  static final int MAX_PAINTINGS = 10_000_000;
  static final long MAX_WORK = 10_000_000_000L;
  static final Duration MAX_DURATION = Duration.ofHours(1);

  /** Options that only some mains accept; the others reject them as unknown. */
  public enum Extra {
    OFFLOAD("--offload", "paint on worker threads, keeping the event loop free");

    final String option;
    final String help;

    Extra(String option, String help) {
      this.option = option;
      this.help = help;
    }
  }

  /** Bad input: the message names the option and the value. */
  public static final class BadOption extends Exception {
    private static final long serialVersionUID = 1L;

    public BadOption(String message) {
      super(message, null, false, false);
    }
  }

  private final int paintings;
  private final Duration dry;
  private final Duration poll;
  private final long work;
  private final Duration timeout;
  private final Set<Integer> fail;
  private final Set<Integer> stuck;
  private final boolean offload;
  private final boolean help;

  private Settings(Builder b) {
    this.paintings = b.paintings;
    this.dry = b.dry;
    this.poll = b.poll;
    this.work = b.work;
    this.timeout = b.timeout != null ? b.timeout : b.dry.multipliedBy(5);
    this.fail = Collections.unmodifiableSet(new TreeSet<>(b.fail));
    this.stuck = Collections.unmodifiableSet(new TreeSet<>(b.stuck));
    this.offload = b.offload;
    this.help = b.help;
  }

  /** The talk's settings: 3 paintings, 2 s to dry, a check every 500 ms, about 10 ms of paint. */
  public static Settings defaults() {
    return new Settings(new Builder());
  }

  /** Parses the options every main shares; {@code extras} are the ones this main also takes. */
  public static Settings parse(List<String> args, Set<Extra> extras) throws BadOption {
    Builder b = new Builder();
    if (args.contains("--help")) {
      b.help = true;
      return new Settings(b);
    }
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      Extra extra = extra(option, extras);
      if (extra == Extra.OFFLOAD) {
        b.offload = true;
        continue;
      }
      if (!takesValue(option)) {
        throw new BadOption(option.startsWith("-")
            ? option + ": unknown option"
            : option + ": unexpected argument (options start with --)");
      }
      if (i + 1 == args.size()) {
        throw new BadOption(option + " needs a value");
      }
      String value = args.get(++i);
      switch (option) {
        case "--paintings" -> b.paintings = (int) number(option, value, 1, MAX_PAINTINGS);
        case "--dry" -> b.dry = duration(option, value);
        case "--poll" -> b.poll = duration(option, value);
        case "--work" -> b.work = number(option, value, 0, MAX_WORK);
        case "--timeout" -> b.timeout = duration(option, value);
        case "--fail" -> b.fail.add((int) number(option, value, 1, MAX_PAINTINGS));
        case "--stuck" -> b.stuck.add((int) number(option, value, 1, MAX_PAINTINGS));
        default -> throw new IllegalStateException(option);
      }
    }
    for (int k : b.fail) {
      requireCanvas("--fail", k, b.paintings);
    }
    for (int k : b.stuck) {
      requireCanvas("--stuck", k, b.paintings);
    }
    return new Settings(b);
  }

  /** Parses the options every main shares. */
  public static Settings parse(String... args) throws BadOption {
    return parse(Arrays.asList(args), Set.of());
  }

  /** What {@code --help} prints, and what follows every error line. */
  public static String usage(String command, Set<Extra> extras) {
    List<String> lines = new ArrayList<>();
    lines.add("usage: " + command + " [options]");
    lines.add("  --paintings N        how many canvases to paint (default 3)");
    lines.add("  --dry DURATION       how long the paint takes to dry (default 2s)");
    lines.add("  --poll DURATION      how often to check whether a canvas is dry (default 500ms)");
    lines.add("  --work ITERATIONS    CPU work of one painting, in loop iterations (default "
        + DEFAULT_WORK + ", about 10 ms)");
    lines.add("  --fail K             canvas K tears while it is painted (repeatable)");
    lines.add("  --stuck K            canvas K never dries (repeatable)");
    lines.add("  --timeout DURATION   give up on a painting after this long (default 5 times --dry)");
    for (Extra extra : extras) {
      lines.add(String.format("  %-20s %s", extra.option, extra.help));
    }
    lines.add("  --help               show this help");
    lines.add("A DURATION is a number and a unit: 500ms, 2s, 1.5s.");
    return String.join(System.lineSeparator(), lines);
  }

  public int paintings() {
    return paintings;
  }

  public Duration dry() {
    return dry;
  }

  public Duration poll() {
    return poll;
  }

  public long work() {
    return work;
  }

  public Duration timeout() {
    return timeout;
  }

  /** Whether canvas {@code number}'s paint throws. */
  public boolean fails(int number) {
    return !fail.isEmpty() && fail.contains(number); // asked a million times: skip the boxing when empty
  }

  /** Whether canvas {@code number} never dries. */
  public boolean isStuck(int number) {
    return !stuck.isEmpty() && stuck.contains(number);
  }

  public Set<Integer> fail() {
    return fail;
  }

  public Set<Integer> stuck() {
    return stuck;
  }

  /** {@code --offload}: paint on worker threads (only the futures style takes it). */
  public boolean offload() {
    return offload;
  }

  /** {@code --help} was given: print the usage and do nothing else. */
  public boolean help() {
    return help;
  }

  /** The settings as options again, for the summary and for child processes. */
  public List<String> toArgs() {
    List<String> args = new ArrayList<>(List.of(
        "--paintings", String.valueOf(paintings), "--dry", format(dry), "--poll", format(poll),
        "--work", String.valueOf(work), "--timeout", format(timeout)));
    fail.forEach(k -> args.addAll(List.of("--fail", String.valueOf(k))));
    stuck.forEach(k -> args.addAll(List.of("--stuck", String.valueOf(k))));
    if (offload) {
      args.add("--offload");
    }
    return args;
  }

  /** A duration the way the options write it: {@code 500ms}, {@code 2s}, {@code 1.5s}. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    return ms < 1000 ? ms + "ms" : BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + "s";
  }

  private static Extra extra(String option, Set<Extra> extras) {
    for (Extra extra : extras) {
      if (extra.option.equals(option)) {
        return extra;
      }
    }
    return null;
  }

  private static boolean takesValue(String option) {
    return List.of("--paintings", "--dry", "--poll", "--work", "--timeout", "--fail", "--stuck")
        .contains(option);
  }

  private static long number(String option, String value, long min, long max) throws BadOption {
    long n;
    try {
      n = Long.parseLong(value);
    } catch (NumberFormatException e) {
      if (value.matches("-?\\d+")) {
        throw new BadOption(option + " " + value + ": too large (at most " + max + ")");
      }
      throw new BadOption(option + " " + value + ": not a whole number");
    }
    if (n < min) {
      throw new BadOption(option + " " + value + ": must be at least " + min);
    }
    if (n > max) {
      throw new BadOption(option + " " + value + ": too large (at most " + max + ")");
    }
    return n;
  }

  private static Duration duration(String option, String value) throws BadOption {
    String number = value.replaceFirst("[a-zA-Z]+$", "");
    String unit = value.substring(number.length());
    if (number.isEmpty() || !number.matches("-?\\d+(\\.\\d+)?")) {
      throw new BadOption(option + " " + value + ": not a duration (write it like 500ms or 2s)");
    }
    BigDecimal millis = new BigDecimal(number);
    switch (unit) {
      case "ms" -> { }
      case "s" -> millis = millis.movePointRight(3);
      case "" -> throw new BadOption(option + " " + value + ": missing unit (write 500ms or 2s)");
      default -> throw new BadOption(option + " " + value + ": unknown unit " + unit + " (use ms or s)");
    }
    if (millis.signum() <= 0) {
      throw new BadOption(option + " " + value + ": must be more than 0");
    }
    if (millis.compareTo(BigDecimal.valueOf(MAX_DURATION.toMillis())) > 0) {
      throw new BadOption(option + " " + value + ": too large (at most " + format(MAX_DURATION) + ")");
    }
    if (millis.stripTrailingZeros().scale() > 0) {
      throw new BadOption(option + " " + value + ": not a whole number of milliseconds");
    }
    return Duration.ofMillis(millis.longValueExact());
  }

  private static void requireCanvas(String option, int k, int paintings) throws BadOption {
    if (k > paintings) {
      throw new BadOption(option + " " + k + ": no such canvas (there are " + paintings + ")");
    }
  }

  private static final class Builder {
    int paintings = 3;
    Duration dry = Duration.ofSeconds(2);
    Duration poll = Duration.ofMillis(500);
    long work = DEFAULT_WORK;
    Duration timeout;
    final Set<Integer> fail = new TreeSet<>();
    final Set<Integer> stuck = new TreeSet<>();
    boolean offload;
    boolean help;
  }
}
