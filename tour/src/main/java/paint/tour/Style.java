package paint.tour;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Optional;
import paint.stage.Run;
import paint.stage.Runner;

/**
 * A style: its name, the module it lives in, its entry point and how {@code exec:java} names it, its
 * painting file, and its idea. {@link #ALL} is the one list of styles: the tour runs them, and the
 * README checks and {@code ./compare} are checked against it.
 */
record Style(String name, String module, String mainClass, String exec, String paintingFile, String idea, int jdk) {

  /** Every style, in the order of the story; the default tour runs those marked so in {@link #DEFAULT}. */
  static final List<Style> ALL = List.of(
      new Style("sequential", "01-sequential", "paint.sequential.Main", "",
          "01-sequential/src/main/java/paint/sequential/Paint.java",
          "Thread.sleep between checks, one canvas after another", 17),
      new Style("threads", "01-sequential", "paint.sequential.ThreadsMain", "threads",
          "01-sequential/src/main/java/paint/sequential/PaintOnThreads.java",
          "the same blocking code, one platform thread per painting", 17),
      new Style("callbacks", "02-callbacks", "paint.callbacks.Main", "",
          "02-callbacks/src/main/java/paint/callbacks/Paint.java",
          "Vert.x timer callbacks on one event loop", 17),
      new Style("futures", "03-futures", "paint.futures.Main", "",
          "03-futures/src/main/java/paint/futures/Paint.java",
          "Vert.x futures: compose, then join", 17),
      new Style("futures-offload", "03-futures", "paint.futures.OffloadMain", "offload",
          "03-futures/src/main/java/paint/futures/PaintOffloaded.java",
          "futures, with the paint on worker threads", 17),
      new Style("coroutines-style", "04-coroutines-style", "paint.coroutines.Main", "",
          "04-coroutines-style/src/main/java/paint/coroutines/Paint.java",
          "Mutiny pipelines on the event loop", 17),
      new Style("jdk-virtual-threads", "05-virtual-threads", "paint.virtualthreads.ThreadsMain", "threads",
          "05-virtual-threads/src/main/java/paint/virtualthreads/PaintOnThreads.java",
          "01's blocking code, one JDK virtual thread per painting", 21),
      new Style("virtual-threads", "05-virtual-threads", "paint.virtualthreads.Main", "",
          "05-virtual-threads/src/main/java/paint/virtualthreads/Paint.java",
          "01's code with await() in a Vert.x virtual-thread verticle", 21));

  /** The styles a plain {@code java -jar tour.jar} runs: all but the offload sidebar, a heavy-work variant. */
  static final List<String> DEFAULT = List.of("sequential", "threads", "callbacks", "futures", "coroutines-style",
      "jdk-virtual-threads", "virtual-threads");

  static List<Style> defaults() {
    return ALL.stream().filter(style -> DEFAULT.contains(style.name)).toList();
  }

  static Optional<Style> named(String name) {
    return ALL.stream().filter(style -> style.name.equals(name)).findFirst();
  }

  /** The style that {@code ./mvnw -pl MODULE exec:java[@EXEC]} runs. */
  static Optional<Style> run(String module, String exec) {
    return ALL.stream().filter(style -> style.module.equals(module) && style.exec.equals(exec)).findFirst();
  }

  /** The style of a numbered module: its painting file is the one named {@code Paint.java}. */
  static Optional<Style> ofModule(String module) {
    return run(module, "");
  }

  /** Why this style cannot run in this JVM, if it cannot. */
  Optional<String> unavailable() {
    if (Runtime.version().feature() < jdk) {
      return Optional.of("needs JDK " + jdk + "+ (this is JDK " + Runtime.version().feature() + ")");
    }
    try {
      Class.forName(mainClass, false, Style.class.getClassLoader());
      return Optional.empty();
    } catch (ClassNotFoundException e) {
      return Optional.of("not in this build: build the tour on JDK " + jdk + "+");
    }
  }

  /** The style's {@code Main.paint}, found by name: 05's classes exist only in a JDK 21+ build. */
  Runner.Style paint() throws ReflectiveOperationException {
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
