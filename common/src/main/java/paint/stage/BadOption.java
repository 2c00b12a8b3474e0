package paint.stage;

/** Bad input on the command line: the message is the one line a learner sees, naming the option and the value. */
public final class BadOption extends Exception {
  private static final long serialVersionUID = 1L;

  public BadOption(String message) {
    super(message, null, false, false);
  }
}
