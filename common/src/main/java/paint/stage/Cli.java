package paint.stage;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line read by picocli, the way every command here reads one: {@code --help} prints the
 * usage; bad input becomes one line that names the option and the value ({@code --poll 0ms: must be
 * more than 0}), never a stack trace.
 */
public final class Cli {

  private final CommandLine picocli;

  /** The command line of {@code name}, whose options are the picocli-annotated fields of {@code command}. */
  public Cli(String name, Object command) {
    this(name, command, null);
  }

  /** The command line of {@code name}, with the options of {@code command} and, after them, those of {@code more}. */
  public Cli(String name, Object command, Object more) {
    picocli = new CommandLine(command).setCommandName(name).setDefaultValueProvider(Options::defaultOf);
    if (more != null) {
      picocli.addMixin("more", more);
    }
    picocli.getCommandSpec().usageMessage()
        .customSynopsis("usage: " + name + " [options]")
        .synopsisHeading("")
        .sortOptions(false)
        .footer("A DURATION is a number and a unit: 500ms, 2s, 1.5s.");
  }

  /** Reads {@code args} into the command; false when they ask for {@code --help} instead. */
  public boolean parse(String[] args) throws BadOption {
    if (Arrays.asList(args).contains("--help")) {
      return false; // help wins over everything else, even bad input before it
    }
    try {
      picocli.parseArgs(args);
      return true;
    } catch (ParameterException e) {
      throw new BadOption(message(e));
    }
  }

  /** What {@code --help} says of {@code option} ({@code --dry}), its default filled in; empty for no such option. */
  public String description(String option) {
    OptionSpec spec = picocli.getCommandSpec().findOption(option);
    return spec == null ? "" : String.join(" ", spec.description());
  }

  /** What {@code --help} prints, and what follows every error line. */
  public String usage() {
    return picocli.getUsageMessage(Ansi.OFF).stripTrailing();
  }

  static String message(ParameterException e) {
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String arg = unmatched.getUnmatched().get(0);
      return arg.startsWith("-") ? arg + ": unknown option" : arg + ": unexpected argument (options start with --)";
    }
    if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()
        && missing.getMissing().get(0) instanceof OptionSpec spec) {
      return spec.longestName() + " needs a value";
    }
    String option = e.getArgSpec() instanceof OptionSpec spec ? spec.longestName() : null;
    if (e.getCause() instanceof TypeConversionException wrong && option != null) {
      return option + " " + e.getValue() + ": " + wrong.getMessage();
    }
    return e.getMessage();
  }
}
