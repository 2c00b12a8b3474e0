package paint.eventbus.stage;

import paint.stage.Options;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The event-bus style's own option: how many painters to deploy in this JVM. */
public class PainterOptions {

  /** The most painters a JVM deploys: far more than any machine has cores. */
  static final int MAX_PAINTERS = 1024;

  @Option(names = "--painters", paramLabel = "N", converter = Painters.class,
      description = "painter verticles in this JVM, each on an event loop of its own (default: one per core, ${DEFAULT-VALUE} here)")
  int painters = Runtime.getRuntime().availableProcessors();

  /** How many painters to deploy in this JVM. */
  public int painters() {
    return painters;
  }

  /** A whole number from {@code min} to {@code max}, read as every option's. */
  static int number(String value, int min, int max) {
    return (int) Options.number(value, min, max);
  }

  static final class Painters implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return number(value, 1, MAX_PAINTERS);
    }
  }
}
