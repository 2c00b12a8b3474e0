package paint.workshop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import paint.docs.Exercise;
import paint.docs.Regions;

/**
 * The code that gives an exercise away, and where a text holds it. An exercise's secrets are the
 * statements of its solution that its stub does not have, leaving out what says nothing ({@code }},
 * {@code try {}, {@code return;}) and what the lessons show anyway in code a learner reads (05.2 is 01's
 * {@code paintOne} with one line changed: its other statements are in 01's {@code Paint.java}).
 *
 * <p>A text holds a secret when it holds the statement, comments left out and spaces aside, or its shape:
 * the expression the statement computes (returns, adds to a list, assigns) with the simple arguments of its
 * calls written {@code (..)}, type arguments left out and a lambda's parameter written {@code _}, so that a README's table that writes an exercise's chain of calls with
 * {@code (..)} for their arguments holds it, and so does a benchmark that makes the same calls with other
 * arguments.
 */
final class Secrets {

  /** One statement of exercise {@code exercise}'s solution, as written, and as a shape (null: too short for one). */
  record Secret(Exercise exercise, String statement, String shape) { }

  /** A call's arguments that are names, literals or calls without arguments: {@code (delay.toMillis())}. */
  private static final Pattern SIMPLE_ARGUMENTS = Pattern.compile("\\((?:[\\w.\\s,\"'+\\-*/]|\\(\\.\\.\\))*\\)");
  /** The one parameter of a lambda: {@code painted ->}. */
  private static final Pattern LAMBDA_PARAMETER = Pattern.compile("\\b\\w+ ->");
  /** Explicit type arguments of a call: {@code .<Void>mapEmpty()}. */
  private static final Pattern TYPE_ARGUMENTS = Pattern.compile("\\.<[\\w<>, ]+>");
  /**
   * What says nothing on its own: braces, {@code try {}, {@code } else {}, {@code return;}, a local that
   * starts as a new empty collection ({@code List<Thread> painters = new ArrayList<>();}).
   */
  private static final Pattern TRIVIAL = Pattern.compile("[{}();,\\s]*|(} )?(else|try|finally|do)? ?\\{?|"
      + "(return|break|continue) ?;|[\\w<>, ]+ \\w+ = new \\w+<>\\([\\w.()]*\\);");
  /** A call: a name and its opening parenthesis. */
  private static final Pattern CALL = Pattern.compile("\\w\\(");
  /**
   * How many calls a shape needs to be an answer's own: two calls in a row, a timer awaited, are how the
   * lessons' tests show what {@code await()} does; three or more (a pipeline, a combination of futures
   * and what is made of it) are the construction an exercise asks for.
   */
  private static final int CALLS_OF_A_SHAPE = 3;

  private Secrets() { }

  /**
   * The secrets of {@code exercises}, whose solutions are in the repository at {@code root}; {@code given}
   * is the code the lessons show (a copy's painting files and mains, its exercises stubs), whose statements
   * are no secret.
   */
  static List<Secret> of(Path root, List<Exercise> exercises, String given) throws IOException {
    String givenCode = collapsed(String.join("\n", Code.only(given.lines().toList())));
    String givenShapes = shape(givenCode);
    List<Secret> secrets = new ArrayList<>();
    for (Exercise exercise : exercises) {
      List<String> file = Files.readAllLines(root.resolve(exercise.file()), StandardCharsets.UTF_8);
      Set<String> stub = new LinkedHashSet<>(statements(Regions.read(Stubs.stub(file, exercise), exercise.method())));
      for (String statement : statements(Regions.read(file, exercise.method()))) {
        String shape = expression(shape(statement));
        shape = CALL.matcher(shape).results().count() >= CALLS_OF_A_SHAPE ? shape : null;
        if (!stub.contains(statement) && !TRIVIAL.matcher(statement).matches()
            && !holds(givenCode, statement) && (shape == null || !holds(givenShapes, shape))) {
          secrets.add(new Secret(exercise, statement, shape));
        }
      }
    }
    return secrets;
  }

  /**
   * A text to look for secrets in, as written and without its comments ({@code //} to the end of a line, as
   * in Java: a statement written across lines with a comment at the end of one is found too), each
   * {@link #collapsed} and shaped.
   */
  record Text(String name, String written, String code, String writtenShape, String codeShape) {

    static Text of(String name, String text) {
      String written = collapsed(text);
      String code = collapsed(String.join("\n", Code.only(text.lines().toList())));
      return new Text(name, written, code, shape(written), shape(code));
    }

    /** Whether it holds {@code secret}, as written or as a shape. */
    boolean holds(Secret secret) {
      return Secrets.holds(written, secret.statement()) || Secrets.holds(code, secret.statement())
          || secret.shape() != null && (Secrets.holds(writtenShape, secret.shape()) || Secrets.holds(codeShape,
          secret.shape()));
    }
  }

  /** Whether {@code text}, already {@link #collapsed} (and shaped, for a shape), holds {@code code}. */
  static boolean holds(String text, String code) {
    for (int at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + 1)) {
      char before = at == 0 ? ' ' : text.charAt(at - 1);
      if (!Character.isLetterOrDigit(before) && before != '_' && before != '.') { // paintOne(..), not x.paintOne(..)
        return true;
      }
    }
    return false;
  }

  /** The statements of Java {@code lines}, comments left out, each on one line with single spaces. */
  static List<String> statements(List<String> lines) {
    List<String> statements = new ArrayList<>();
    StringBuilder statement = new StringBuilder();
    for (String line : Code.only(lines)) {
      String code = line.trim();
      if (code.isEmpty() || code.startsWith("// tag::") || code.startsWith("// end::")) {
        continue;
      }
      statement.append(statement.length() == 0 ? "" : " ").append(code);
      if (code.endsWith(";") || code.endsWith("{") || code.endsWith("}")) {
        statements.add(collapsed(statement.toString()));
        statement.setLength(0);
      }
    }
    if (statement.length() > 0) {
      statements.add(collapsed(statement.toString()));
    }
    return statements;
  }

  /** {@code text} with every run of white space one space: a statement found across lines too. */
  static String collapsed(String text) {
    return text.replaceAll("\\s+", " ");
  }

  /**
   * What a statement's shape computes: the expression it returns, adds to a list or assigns, without the
   * {@code ;} (a chain of calls the same under another variable's name is the same answer).
   */
  private static String expression(String shape) {
    return shape.replaceFirst("^(return |\\w+\\.add\\(|[\\w<>\\[\\], ]+ \\w+ = )", "").replaceFirst("\\)?;$", "");
  }

  /**
   * The shape of {@code code}: simple arguments written {@code (..)}, type arguments left out, the parameter
   * of a lambda written {@code _}.
   */
  static String shape(String code) {
    String shape = LAMBDA_PARAMETER.matcher(TYPE_ARGUMENTS.matcher(code).replaceAll(".")).replaceAll("_ ->");
    for (String before = null; !shape.equals(before); ) {
      before = shape;
      shape = SIMPLE_ARGUMENTS.matcher(shape).replaceAll("(..)");
    }
    return shape;
  }
}
