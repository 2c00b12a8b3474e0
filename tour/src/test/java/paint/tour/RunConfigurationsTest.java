package paint.tour;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import paint.stage.Cli;
import paint.stage.Options;
import paint.stage.Style;

/**
 * The IDE run configurations (IntelliJ IDEA's {@code .run/}, VS Code's {@code .vscode/launch.json}):
 * each names a module that exists, a main class that exists, and options that parse.
 */
class RunConfigurationsTest {

  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  /** A configuration: its name, module, class, and options. */
  record Configuration(String name, String module, String mainClass, String args) { }

  @Test
  void everyIntellijConfigurationRunsAMainOrATestThatExistsWithOptionsThatParse() throws Exception {
    List<Configuration> configurations = new ArrayList<>();
    try (Stream<Path> files = Files.list(ROOT.resolve(".run"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".run.xml")).sorted().toList()) {
        Element configuration = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
            .getElementsByTagName("configuration").item(0);
        configurations.add(new Configuration(configuration.getAttribute("name"),
            ((Element) configuration.getElementsByTagName("module").item(0)).getAttribute("name"),
            option(configuration, "MAIN_CLASS_NAME"), option(configuration, "PROGRAM_PARAMETERS")));
      }
    }
    assertThat(configurations).hasSizeGreaterThanOrEqualTo(10);
    configurations.forEach(RunConfigurationsTest::check);
    assertThat(configurations).extracting(Configuration::mainClass)
        .containsAll(Style.ALL.stream().map(Style::mainClass).toList())
        .contains(Tour.class.getName(), "paint.callbacks.CallbackHellTest");
  }

  @Test
  void everyVsCodeConfigurationRunsAMainThatExistsWithOptionsThatParse() throws Exception {
    JsonObject launch = new JsonObject(Files.readString(ROOT.resolve(".vscode/launch.json")));
    List<Configuration> configurations = launch.getJsonArray("configurations").stream()
        .map(JsonObject.class::cast)
        .map(c -> new Configuration(c.getString("name"), c.getString("projectName"), c.getString("mainClass"),
            c.getString("args", "")))
        .toList();
    assertThat(configurations).hasSizeGreaterThanOrEqualTo(10);
    configurations.forEach(RunConfigurationsTest::check);
    assertThat(configurations).extracting(Configuration::mainClass)
        .containsAll(Style.ALL.stream().map(Style::mainClass).toList());
  }

  private static void check(Configuration configuration) {
    assertThat(ROOT.resolve(configuration.module()).resolve("pom.xml")).as(configuration.name()).exists();
    String source = configuration.mainClass().replace('.', '/') + ".java";
    assertThat(Stream.of("src/main/java/", "src/test/java/")
        .map(dir -> ROOT.resolve(configuration.module()).resolve(dir + source)))
        .as(configuration.name() + ": " + configuration.mainClass()).anyMatch(Files::exists);
    String[] args = configuration.args().isBlank() ? new String[0] : configuration.args().trim().split("\\s+");
    try {
      if (configuration.mainClass().equals(Tour.class.getName())) {
        Tour.Command tour = new Tour.Command();
        new Cli("tour", tour).parse(args);
        tour.settings.settings();
      } else {
        Options.parse(args);
      }
    } catch (Exception e) {
      throw new AssertionError(configuration.name() + ": " + e.getMessage(), e);
    }
  }

  private static String option(Element configuration, String name) {
    NodeList options = configuration.getElementsByTagName("option");
    for (int i = 0; i < options.getLength(); i++) {
      Element option = (Element) options.item(i);
      if (option.getAttribute("name").equals(name)) {
        return option.getAttribute("value");
      }
    }
    return "";
  }
}
