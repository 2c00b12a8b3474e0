package paint.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paint.common.Settings;

class OptionsTest {

  @Test
  void defaultsAreTheTalks() throws BadOption {
    assertThat(Options.parse()).isEqualTo(Settings.defaults());
    Settings settings = Options.parse();
    assertThat(settings.paintings()).isEqualTo(3);
    assertThat(settings.dry()).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.poll()).isEqualTo(Duration.ofMillis(500));
    assertThat(settings.work()).isEqualTo(Settings.DEFAULT_WORK);
    assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.fail()).isEmpty();
    assertThat(settings.stuck()).isEmpty();
  }

  @Test
  void readsEveryOption() throws BadOption {
    Settings settings = Options.parse("--paintings", "5", "--dry", "1.5s", "--poll", "250ms",
        "--work", "0", "--timeout", "4s", "--fail", "2", "--fail", "4", "--stuck", "5");
    assertThat(settings.paintings()).isEqualTo(5);
    assertThat(settings.dry()).isEqualTo(Duration.ofMillis(1500));
    assertThat(settings.poll()).isEqualTo(Duration.ofMillis(250));
    assertThat(settings.work()).isZero();
    assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(4));
    assertThat(settings.fail()).containsExactly(2, 4);
    assertThat(settings.fails(2)).isTrue();
    assertThat(settings.fails(3)).isFalse();
    assertThat(settings.stuck()).containsExactly(5);
    assertThat(settings.isStuck(5)).isTrue();
  }

  @Test
  void timeoutDefaultsToFiveDryingTimes() throws BadOption {
    assertThat(Options.parse("--dry", "300ms").timeout()).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void helpWinsOverEverythingElse() throws BadOption {
    assertThat(new Cli("x", new Options()).parse(new String[] {"--paintings", "nope", "--help"})).isFalse();
  }

  @Test
  void toArgsParsesBackToTheSameSettings() throws BadOption {
    Settings settings = Options.parse("--paintings", "4", "--dry", "1.25s", "--poll", "20ms",
        "--work", "7", "--fail", "1", "--stuck", "3", "--timeout", "900ms");
    assertThat(Options.parse(Options.toArgs(settings).toArray(String[]::new))).isEqualTo(settings);
    assertThat(Options.toArgs(settings)).containsSequence("--dry", "1.25s").containsSequence("--poll", "20ms");
  }

  /** The one encoding of settings: the defaults' own, and a time-out left out where it is the default's. */
  @Test
  void toArgsWritesTheTalksDefaultsAndLeavesOutADefaultTimeout() throws BadOption {
    assertThat(Options.toArgs(Settings.defaults()))
        .containsExactly("--paintings", "3", "--dry", "2s", "--poll", "500ms", "--work", "11000000");
    assertThat(Options.toArgs(Options.parse("--dry", "1s", "--timeout", "5s"))).doesNotContain("--timeout");
    assertThat(Options.toArgs(Options.parse("--dry", "1s", "--timeout", "4s"))).containsSequence("--timeout", "4s");
  }

  /** The help's defaults are the settings' defaults, as the command line writes them. */
  @Test
  void theHelpShowsTheDefaultsOfTheSettings() {
    String usage = new Cli("futures", new Options()).usage().replaceAll("\\s+", " ");
    assertThat(usage).contains("(default 3)", "(default 2s)", "(default 500ms)", "(default 11000000, about 10 ms)",
        "(default " + Settings.TIMEOUT_IN_DRYING_TIMES + " times --dry)");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "--paintings                  | --paintings needs a value",
      "--paintings abc              | --paintings abc: not a whole number",
      "--paintings 2.5              | --paintings 2.5: not a whole number",
      "--paintings 0                | --paintings 0: must be at least 1",
      "--paintings -3               | --paintings -3: must be at least 1",
      "--paintings 10000001         | --paintings 10000001: too large (at most 10000000)",
      "--paintings 99999999999999999999 | --paintings 99999999999999999999: too large (at most 10000000)",
      "--work -1                    | --work -1: must be at least 0",
      "--work 10000000001           | --work 10000000001: too large (at most 10000000000)",
      "--dry                        | --dry needs a value",
      "--dry --poll 1s              | --dry needs a value",
      "--dry soon                   | --dry soon: not a duration (write it like 500ms or 2s)",
      "--dry 2                      | --dry 2: missing unit (write 500ms or 2s)",
      "--dry 2h                     | --dry 2h: unknown unit h (use ms or s)",
      "--dry 0s                     | --dry 0s: must be more than 0",
      "--dry -1s                    | --dry -1s: must be more than 0",
      "--dry 3601s                  | --dry 3601s: too large (at most 3600s)",
      "--poll 0ms                   | --poll 0ms: must be more than 0",
      "--poll 0.5ms                 | --poll 0.5ms: not a whole number of milliseconds",
      "--timeout 99999999999999s    | --timeout 99999999999999s: too large (at most 3600s)",
      "--fail 4                     | --fail 4: no such canvas (there are 3)",
      "--stuck 0                    | --stuck 0: must be at least 1",
      "--colour blue                | --colour: unknown option",
      "paint                        | paint: unexpected argument (options start with --)",
  })
  void badInputIsOneLineNamingTheOptionAndTheValue(String args, String message) {
    assertThatThrownBy(() -> Options.parse(args.trim().split("\\s+")))
        .isInstanceOf(BadOption.class)
        .hasMessage(message.trim());
  }

  @Test
  void aCanvasNumberIsCheckedAgainstTheFinalPaintingCount() throws BadOption {
    assertThat(Options.parse("--fail", "5", "--paintings", "5").fails(5)).isTrue();
  }

  @Test
  void usageListsEveryOptionInOrderAndHowToWriteADuration() {
    String usage = new Cli("futures", new Options()).usage();
    assertThat(usage).startsWith("usage: futures [options]");
    int last = 0;
    for (String option : List.of("--paintings=N", "--dry=DURATION", "--poll=DURATION", "--work=ITERATIONS",
        "--fail=K", "--stuck=K", "--timeout=DURATION", "--help")) {
      assertThat(usage.indexOf(option)).as(option).isGreaterThan(last);
      last = usage.indexOf(option);
    }
    assertThat(usage).endsWith("A DURATION is a number and a unit: 500ms, 2s, 1.5s.");
  }

  @Test
  void formatsDurationsTheWayTheyAreWritten() {
    assertThat(Format.duration(Duration.ofMillis(500))).isEqualTo("500ms");
    assertThat(Format.duration(Duration.ofSeconds(2))).isEqualTo("2s");
    assertThat(Format.duration(Duration.ofMillis(1500))).isEqualTo("1.5s");
  }
}
