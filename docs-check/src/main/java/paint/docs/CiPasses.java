package paint.docs;

/**
 * CI ({@code .ci/run}) builds and tests on JDK 17 and on JDK 25, side by side. The checks that run a
 * module through Maven as a reader would (the READMEs' commands and samples, the workshop's rounds of
 * mistakes) do the same on any JDK that runs the module, so CI runs each of them once: those of 01 to 04
 * on JDK 17, those of 05 and later on 21+. 05 needs 21; 06 runs on 17 too (its own tests run on both
 * passes), and is put there so that the two passes take about as long.
 */
public final class CiPasses {

  private CiPasses() { }

  /** Whether CI checks {@code module} ({@code 05-virtual-threads}, or its number {@code 05}) on its JDK 21+ pass. */
  public static boolean onJdk21(String module) {
    return module.compareTo("05") >= 0;
  }

  /** Whether this JDK is the pass that checks {@code module}. */
  public static boolean thisPass(String module) {
    return (Runtime.version().feature() >= 21) == onJdk21(module);
  }
}
