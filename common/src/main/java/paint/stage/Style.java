package paint.stage;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Optional;

/**
 * A style: its name, the module it lives in, its entry point, its painting file, its idea, and the JDK
 * it needs. {@link #ALL} is the one list of styles: the tour runs them, {@code ./compare} diffs their
 * painting files, the workshop runs the learner's, and the README checks know from it what a command runs.
 * Each module's {@code pom.xml} names an {@code exec:java} execution after each of its styles.
 */
public record Style(String name, String module, String mainClass, String paintingFile, String idea, int jdk) {

  /** Every style, in the order of the story. */
  public static final List<Style> ALL = List.of(
      new Style("sequential", "01-sequential", "paint.sequential.Main",
          "01-sequential/src/main/java/paint/sequential/Paint.java",
          "Thread.sleep between checks, one canvas after another", 17),
      new Style("threads", "01-sequential", "paint.sequential.ThreadsMain",
          "01-sequential/src/main/java/paint/sequential/PaintOnThreads.java",
          "the same blocking code, one platform thread per painting", 17),
      new Style("callbacks", "02-callbacks", "paint.callbacks.Main",
          "02-callbacks/src/main/java/paint/callbacks/Paint.java",
          "Vert.x timer callbacks on one event loop", 17),
      new Style("futures", "03-futures", "paint.futures.Main",
          "03-futures/src/main/java/paint/futures/Paint.java",
          "Vert.x futures: compose, then join", 17),
      new Style("futures-offload", "03-futures", "paint.futures.OffloadMain",
          "03-futures/src/main/java/paint/futures/PaintOffloaded.java",
          "futures, with the paint on worker threads", 17),
      new Style("coroutines-style", "04-coroutines-style", "paint.coroutines.Main",
          "04-coroutines-style/src/main/java/paint/coroutines/Paint.java",
          "Mutiny pipelines on the event loop", 17),
      new Style("jdk-virtual-threads", "05-virtual-threads", "paint.virtualthreads.ThreadsMain",
          "05-virtual-threads/src/main/java/paint/virtualthreads/PaintOnThreads.java",
          "01's blocking code, one JDK virtual thread per painting", 21),
      new Style("virtual-threads", "05-virtual-threads", "paint.virtualthreads.Main",
          "05-virtual-threads/src/main/java/paint/virtualthreads/Paint.java",
          "01's code with await() in a Vert.x virtual-thread verticle", 21),
      new Style("event-bus", "06-event-bus", "paint.eventbus.Main",
          "06-event-bus/src/main/java/paint/eventbus/Paint.java",
          "a request per canvas on the event bus, to a painter verticle on every core", 17),
      new Style("cluster", "06-event-bus", "paint.eventbus.ClusterMain",
          "06-event-bus/src/main/java/paint/eventbus/Paint.java",
          "the same requests, to painters in JVMs of their own (Hazelcast)", 17));

  /**
   * The styles a plain tour runs: all but the offload sidebar, a heavy-work variant, and the cluster, which
   * starts JVMs of its own and runs on request ({@code --style cluster}).
   */
  public static final List<String> DEFAULT = List.of("sequential", "threads", "callbacks", "futures",
      "coroutines-style", "jdk-virtual-threads", "virtual-threads", "event-bus");

  public static List<Style> defaults() {
    return ALL.stream().filter(style -> DEFAULT.contains(style.name)).toList();
  }

  public static Optional<Style> named(String name) {
    return ALL.stream().filter(style -> style.name.equals(name)).findFirst();
  }

  /** The style of a numbered module (its painting file is the one named {@code Paint.java}), by folder or number. */
  public static Optional<Style> ofModule(String module) {
    return ALL.stream().filter(style -> (style.module.equals(module) || style.module.startsWith(module + "-"))
        && style.paintingFile.endsWith("/Paint.java")).findFirst();
  }

  /** The style whose painting file is {@code file}, a path from the repository's root. */
  public static Optional<Style> ofPaintingFile(String file) {
    String path = file.replace('\\', '/');
    return ALL.stream().filter(style -> style.paintingFile.equals(path)).findFirst();
  }

  /** The command a README gives to run this style: {@code ./mvnw -q -pl 02-callbacks -am compile exec:java@callbacks}. */
  public String runCommand() {
    return "./mvnw -q -pl " + module + " -am compile exec:java@" + name;
  }

  /** Why this style cannot run in this JVM, if it cannot. */
  public Optional<String> unavailable() {
    if (Runtime.version().feature() < jdk) {
      return Optional.of("needs JDK " + jdk + "+ (this is JDK " + Runtime.version().feature() + ")");
    }
    try {
      Class.forName(mainClass, false, Style.class.getClassLoader());
      return Optional.empty();
    } catch (ClassNotFoundException e) {
      return Optional.of("not in this build: build it on JDK " + jdk + "+");
    }
  }

  /** The style's {@code Main.paint}, found by name: 05's classes exist only in a JDK 21+ build. */
  public Runner.Painting paint() throws ReflectiveOperationException {
    Class<?> main = Class.forName(mainClass);
    MethodHandle paint = MethodHandles.privateLookupIn(main, MethodHandles.lookup())
        .findStatic(main, "paint", MethodType.methodType(void.class, Run.class));
    return run -> {
      try {
        paint.invoke(run);
      } catch (Exception | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    };
  }
}
