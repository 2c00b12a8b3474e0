package paint.eventbus.stage;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The cluster style's options: how many JVMs to start on this machine, and a fault to watch; with the
 * options of every JVM that joins ({@link JoinOptions}).
 */
public class ClusterOptions extends JoinOptions {

  /** The most JVMs {@code --jvms} starts on one machine. */
  static final int MAX_JVMS = 8;

  @Option(names = "--jvms", paramLabel = "N", converter = Jvms.class,
      description = "JVMs on this machine: this one and N-1 painter JVMs, started beside it and ended after it"
          + " (default ${DEFAULT-VALUE}; 1: join painters started with exec:java@painter)")
  int jvms = 2;

  @Option(names = "--kill-node", paramLabel = "N", converter = Jvms.class,
      description = "kill painter JVM node N outright (kill -9) halfway through its first canvas's drying time:"
          + " a fault to watch")
  Integer killNode;

  public int jvms() {
    return jvms;
  }

  static final class Jvms implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return number(value, 1, MAX_JVMS);
    }
  }
}
