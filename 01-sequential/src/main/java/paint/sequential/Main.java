package paint.sequential;

import java.time.Duration;
import paint.common.Runner;
import paint.common.Settings;
import paint.common.Settings.BadOption;

/** Runs the sequential style: {@code ./mvnw -q -pl 01-sequential -am compile exec:java}. */
public final class Main {

  /** Longer runs than this are refused: nobody should wait hours to learn that it is slow. */
  static final Duration LONGEST_RUN = Duration.ofMinutes(5);

  private Main() { }

  public static void main(String[] args) {
    runner().main(args);
  }

  static Runner runner() {
    return Runner.blocking("sequential", Paint::paintAll).check(Main::refuseLongRuns);
  }

  /** Refuses settings whose run would take longer than {@link #LONGEST_RUN}. */
  static void refuseLongRuns(Settings settings) throws BadOption {
    long polls = (settings.dry().toMillis() + settings.poll().toMillis() - 1) / settings.poll().toMillis();
    Duration one = settings.poll().multipliedBy(polls).plusNanos(settings.work());
    Duration all = one.multipliedBy(settings.paintings());
    if (all.compareTo(LONGEST_RUN) > 0) {
      throw new BadOption("--paintings " + settings.paintings() + ": one after another, that takes about "
          + human(all) + "; at most " + LONGEST_RUN.dividedBy(one) + " fit in "
          + human(LONGEST_RUN) + " (the other styles take them all at once)");
    }
  }

  static String human(Duration d) {
    if (d.toHours() >= 48) {
      return d.toDays() + " days";
    }
    if (d.toMinutes() >= 120) {
      return d.toHours() + " hours";
    }
    if (d.toSeconds() >= 120) {
      return d.toMinutes() + " minutes";
    }
    return Settings.format(d);
  }
}
