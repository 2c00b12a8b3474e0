package paint.stage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhichStyleTest {

  @Test
  void namesEveryStyleOfTheModuleAndTheCommandOfTheFirst() {
    assertThat(WhichStyle.line("03-futures")).isEqualTo("03-futures: name a style: exec:java@futures or"
        + " exec:java@futures-offload, as in ./mvnw -q -pl 03-futures -am compile exec:java@futures");
    assertThat(WhichStyle.line("02-callbacks")).isEqualTo("02-callbacks: name a style: exec:java@callbacks,"
        + " as in ./mvnw -q -pl 02-callbacks -am compile exec:java@callbacks");
  }

  @Test
  void aModuleWithoutStylesSaysSo() {
    assertThat(WhichStyle.line("tour")).isEqualTo("tour: no style to run here");
  }
}
