package paint.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paint.common.Settings.BadOption;
import paint.common.Settings.Extra;

class SettingsTest {

  @Test
  void defaultsAreTheTalks() throws BadOption {
    Settings settings = Settings.parse();
    assertThat(settings.paintings()).isEqualTo(3);
    assertThat(settings.dry()).isEqualTo(Duration.ofSeconds(2));
    assertThat(settings.poll()).isEqualTo(Duration.ofMillis(500));
    assertThat(settings.work()).isEqualTo(Settings.DEFAULT_WORK);
    assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.fail()).isEmpty();
    assertThat(settings.stuck()).isEmpty();
    assertThat(settings.offload()).isFalse();
    assertThat(settings.help()).isFalse();
  }

  @Test
  void readsEveryOption() throws BadOption {
    Settings settings = Settings.parse("--paintings", "5", "--dry", "1.5s", "--poll", "250ms",
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
    assertThat(Settings.parse("--dry", "300ms").timeout()).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void offloadOnlyWhereAccepted() throws BadOption {
    assertThat(Settings.parse(List.of("--offload"), Set.of(Extra.OFFLOAD)).offload()).isTrue();
    assertThatThrownBy(() -> Settings.parse("--offload"))
        .isInstanceOf(BadOption.class).hasMessage("--offload: unknown option");
  }

  @Test
  void helpWinsOverEverythingElse() throws BadOption {
    assertThat(Settings.parse("--paintings", "nope", "--help").help()).isTrue();
  }

  @Test
  void toArgsParsesBackToTheSameSettings() throws BadOption {
    Settings settings = Settings.parse("--paintings", "4", "--dry", "1.25s", "--poll", "20ms",
        "--work", "7", "--fail", "1", "--stuck", "3", "--timeout", "900ms");
    Settings again = Settings.parse(settings.toArgs().toArray(String[]::new));
    assertThat(again.toArgs()).isEqualTo(settings.toArgs());
    assertThat(settings.toArgs()).containsSequence("--dry", "1.25s").containsSequence("--poll", "20ms");
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
    assertThatThrownBy(() -> Settings.parse(args.trim().split("\\s+")))
        .isInstanceOf(BadOption.class)
        .hasMessage(message.trim());
  }

  @Test
  void aCanvasNumberIsCheckedAgainstTheFinalPaintingCount() throws BadOption {
    assertThat(Settings.parse("--fail", "5", "--paintings", "5").fails(5)).isTrue();
  }

  @Test
  void usageListsEveryOptionAndTheExtrasAskedFor() {
    String usage = Settings.usage("futures", Set.of(Extra.OFFLOAD));
    assertThat(usage).startsWith("usage: futures [options]");
    for (String option : List.of("--paintings", "--dry", "--poll", "--work", "--fail", "--stuck",
        "--timeout", "--offload", "--help")) {
      assertThat(usage).contains("  " + option + " ");
    }
    assertThat(Settings.usage("sequential", Set.of())).doesNotContain("--offload");
  }

  @Test
  void formatsDurationsTheWayTheyAreWritten() {
    assertThat(Settings.format(Duration.ofMillis(500))).isEqualTo("500ms");
    assertThat(Settings.format(Duration.ofSeconds(2))).isEqualTo("2s");
    assertThat(Settings.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
  }
}
