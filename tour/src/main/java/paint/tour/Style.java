package paint.tour;

import java.util.List;
import java.util.Optional;

/** A style the tour can run: its name, the module it lives in, its entry point, and its idea. */
record Style(String name, String module, String mainClass, String idea, int jdk, List<String> args) {

  /** Every style, in the order of the story; the last one is not part of the default tour. */
  static final List<Style> ALL = List.of(
      new Style("sequential", "01-sequential", "paint.sequential.Main",
          "Thread.sleep between checks, one canvas after another", 17, List.of()),
      new Style("threads", "01-sequential", "paint.sequential.ThreadsMain",
          "the same blocking code, one platform thread per painting", 17, List.of()),
      new Style("callbacks", "02-callbacks", "paint.callbacks.Main",
          "Vert.x timer callbacks on one event loop", 17, List.of()),
      new Style("futures", "03-futures", "paint.futures.Main",
          "Vert.x futures: compose, then join", 17, List.of()),
      new Style("coroutines-style", "04-coroutines-style", "paint.coroutines.Main",
          "Mutiny pipelines on the event loop", 17, List.of()),
      new Style("virtual-threads", "05-virtual-threads", "paint.virtualthreads.Main",
          "01's code with await() on virtual threads", 21, List.of()),
      new Style("futures-offload", "03-futures", "paint.futures.Main",
          "futures, with the paint on worker threads (--offload)", 17, List.of("--offload")));

  /** The styles a plain {@code java -jar tour.jar} runs. */
  static List<Style> defaults() {
    return ALL.subList(0, 6);
  }

  static Optional<Style> named(String name) {
    return ALL.stream().filter(style -> style.name.equals(name)).findFirst();
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
}
