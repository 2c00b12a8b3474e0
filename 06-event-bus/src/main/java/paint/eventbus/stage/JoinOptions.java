package paint.eventbus.stage;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * How a JVM joins a cluster: the address of this machine that its sockets listen on, and where the other
 * members are; by default everything stays on this machine. A painter JVM ({@code exec:java@painter})
 * takes these options, and so does the cluster style, with {@link ClusterOptions}'s.
 */
public class JoinOptions extends PainterOptions {

  /** This machine only: the cluster's sockets listen here, and its members are looked for here. */
  public static final String LOCAL = "127.0.0.1";

  @Option(names = "--cluster-host", paramLabel = "ADDRESS", converter = Address.class,
      description = "the address of this machine that the cluster's sockets listen on, and no other"
          + " (default ${DEFAULT-VALUE}: this machine only)")
  String clusterHost = LOCAL;

  @Option(names = "--members", paramLabel = "ADDRESS[:PORT]", split = ",", converter = Member.class,
      description = "where to look for the cluster's other members, separated by commas (default: the cluster host;"
          + " without a port, Hazelcast tries 5701 to 5703)")
  List<String> members = new ArrayList<>();

  /** A name that keeps runs apart: the JVMs that one run starts form a cluster of their own. */
  @Option(names = "--cluster-name", hidden = true)
  String clusterName = "paint";

  /**
   * The address of a run's first JVM ({@code 127.0.0.1:5701}), which every JVM of the run joins, and only
   * it: the first takes that port, the others wait for it rather than start a cluster of their own.
   */
  @Option(names = "--first", hidden = true, converter = Member.class)
  String first;

  /** This JVM's number in the cluster, when the JVM that started it gives it one. */
  @Option(names = "--node", hidden = true, converter = ClusterOptions.Jvms.class)
  Integer node;

  /** The JVM ends when its standard input does: when the JVM that started it ends, even killed. */
  @Option(names = "--until-stdin-ends", hidden = true)
  boolean untilStdinEnds;

  public String clusterHost() {
    return clusterHost;
  }

  /** Where to look for the other members: those given, or else the cluster host. */
  public List<String> members() {
    return members.isEmpty() ? List.of(clusterHost) : List.copyOf(members);
  }

  /** An IP address, as Hazelcast's interface list and the event bus take it (not a name to look up). */
  static final class Address implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String octet = "(25[0-5]|2[0-4]\\d|1?\\d?\\d)";
      if (!value.matches(octet + "(\\." + octet + "){3}") && !value.matches("[0-9a-fA-F:]*:[0-9a-fA-F:.]*")) {
        throw new TypeConversionException("not an IP address (write it like 127.0.0.1)");
      }
      try {
        InetAddress address = InetAddress.getByName(value); // a literal, checked above: nothing is looked up
        if (address.isAnyLocalAddress()) {
          throw new TypeConversionException("every interface: give the address of one");
        }
        return value;
      } catch (java.net.UnknownHostException e) {
        throw new TypeConversionException("not an IP address (write it like 127.0.0.1)");
      }
    }
  }

  /** A member's address, with the port of its Hazelcast, or without: 5701 to 5703 are tried. */
  static final class Member implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      int colon = value.lastIndexOf(':');
      if (colon > 0 && value.indexOf(':') == colon) { // IPv4 and a port
        new Address().convert(value.substring(0, colon));
        PainterOptions.number(value.substring(colon + 1), 1, 65_535);
        return value;
      }
      return new Address().convert(value);
    }
  }
}
