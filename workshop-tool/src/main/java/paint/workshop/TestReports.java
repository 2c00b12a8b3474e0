package paint.workshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The results of a module's tests, as Maven's surefire wrote them to {@code target/surefire-reports}. */
final class TestReports {

  /**
   * One test's result.
   *
   * @param testClass the test class's simple name, {@code CallbacksTest}
   * @param method the test method's name, without its parameters
   * @param failure null when it passed; else why it failed, in one plain sentence
   * @param described whether that sentence is the description that a test wrote for a learner
   * @param skipped whether it did not run (after an earlier test of its class failed: see FailFast)
   */
  record Result(String testClass, String method, String failure, boolean described, boolean skipped) {

    Result(String testClass, String method, String failure, boolean described) {
      this(testClass, method, failure, described, false);
    }

    boolean passed() {
      return failure == null;
    }

    /** Whether {@code ref} ({@code CallbacksTest} or {@code CallbacksTest.method}) names this test. */
    boolean matches(String ref) {
      return ref.equals(testClass) || ref.equals(testClass + "." + method);
    }
  }

  /** A frame of the trace in a painting file: {@code at paint.callbacks.Paint.checkUntilDry(Paint.java:31)}. */
  private static final Pattern PAINTING_FRAME = Pattern.compile("at paint\\.\\w+\\.Paint\\w*\\.[\\w$]+\\((Paint\\w*\\.java:\\d+)\\)");

  private static final Pattern DESCRIPTION = Pattern.compile("(?s)^\\[(.+?)]\\s*\\n.*");

  private TestReports() { }

  /** Every test result in {@code reports}, a surefire-reports folder; none when it does not exist. */
  static List<Result> read(Path reports) throws IOException {
    List<Result> results = new ArrayList<>();
    if (!Files.isDirectory(reports)) {
      return results;
    }
    try (Stream<Path> files = Files.list(reports)) {
      for (Path file : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
        results.addAll(parse(file));
      }
    }
    return results;
  }

  private static List<Result> parse(Path file) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document report = factory.newDocumentBuilder().parse(file.toFile());
      NodeList cases = report.getElementsByTagName("testcase");
      List<Result> results = new ArrayList<>();
      for (int i = 0; i < cases.getLength(); i++) {
        Element test = (Element) cases.item(i);
        String testClass = test.getAttribute("classname").replaceAll(".*\\.", "");
        String method = test.getAttribute("name").replaceAll("[(\\[].*", "");
        Element failure = failure(test);
        if (test.getElementsByTagName("skipped").getLength() > 0) { // not a pass: it did not run
          results.add(new Result(testClass, method, "it was skipped: see target/workshop-check.log", false, true));
          continue;
        }
        results.add(failure == null ? new Result(testClass, method, null, false) : new Result(testClass, method,
            reason(failure.getAttribute("type"), failure.getAttribute("message"), failure.getTextContent()),
            DESCRIPTION.matcher(unwrapped(failure.getAttribute("message")) + "\n").matches()));
      }
      return results;
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IOException(file + ": not a test report: " + e.getMessage(), e);
    }
  }

  /** The failure or error element of {@code test}; null when it passed. */
  private static Element failure(Element test) {
    for (String kind : List.of("failure", "error")) {
      NodeList found = test.getElementsByTagName(kind);
      if (found.getLength() > 0) {
        return (Element) found.item(0);
      }
    }
    return null;
  }

  /** How JUnit and vertx-junit5 say that a test ran out of time. */
  private static final Pattern TIMED_OUT = Pattern.compile("test execution timed out|\\(\\) timed out after");

  /**
   * One plain sentence from a failure: the description of an AssertJ assertion when it has one (the
   * tests write them for a learner), a stub or a time-out said in words, else the exception's whole message
   * on one line.
   */
  static String reason(String type, String message, String trace) {
    String text = unwrapped(message);
    Matcher stub = Pattern.compile("exercise (\\d\\d\\.\\d) (\\w+)").matcher(text + "\n" + trace);
    if (stub.find()) {
      return "not written yet: " + stub.group(1) + " " + stub.group(2) + " still throws UnsupportedOperationException";
    }
    Matcher description = DESCRIPTION.matcher(text + "\n");
    if (description.matches()) {
      return plain(description.group(1).strip(), at(trace));
    }
    if (type.endsWith("TimeoutException") || TIMED_OUT.matcher(text).find()) { // a test's own time-out, not a
      // sentence of ours that counts canvases that "timed out"
      return "it did not finish in time: a painting, or the paintings together, never completed (a torn or a"
          + " stuck canvas must end its painting too)";
    }
    String whole = text.strip().replaceAll("\\s*\\n\\s*", " "); // AssertJ's lines, as one sentence: all of it
    String exception = type.replaceAll(".*\\.", "");
    boolean assertion = exception.equals("AssertionFailedError") || exception.equals("AssertionError");
    String at = at(trace);
    String sentence = plain(assertion ? whole : exception + (whole.isEmpty() ? "" : ": " + whole), at);
    if (!assertion && !at.isEmpty() && !sentence.contains(at)) {
      sentence += at;
    }
    return sentence;
  }

  /** Where in the learner's painting file the trace begins: {@code " at Paint.java:31"}, or "". */
  static String at(String trace) {
    Matcher frame = PAINTING_FRAME.matcher(trace == null ? "" : trace);
    return frame.find() ? " at " + frame.group(1) : "";
  }

  /** The exceptions a learner meets, said in words: the call, where, and why. */
  static String plain(String sentence, String at) {
    if (sentence.contains("Cannot be called on a Vert.x event-loop thread")
        || sentence.contains("The current thread cannot be blocked")) {
      return "await() on the event loop" + at + ": it would block the one thread every painting needs;"
          + " await only on a virtual thread";
    }
    if (sentence.contains("Cannot be called on a Vert.x worker thread")) {
      return "await() on a Vert.x worker thread" + at + ": await only on a virtual thread";
    }
    if (sentence.contains("CancellationException")) {
      return "a painting was cancelled: Vert.x closed while it still waited, after the run had given up on it";
    }
    return sentence;
  }

  /** {@code message} without the exception names that wrap it: {@code java.lang.AssertionError: [...]}. */
  private static String unwrapped(String message) {
    String text = message == null ? "" : message.strip();
    while (text.matches("(?s)[\\w$.]+(Error|Exception|Failure): .*")) {
      text = text.substring(text.indexOf(": ") + 2).strip();
    }
    return text;
  }
}
