package io.github.childcarerules.json.internal;

import java.util.regex.Pattern;

/**
 * Input the command line cannot use (FORMAT.md, exit status 2): a file that cannot be read, JSON
 * that does not parse, a value of the wrong JSON type. Its message is one line that says where (a
 * file, a line and column, or a JSON path) and what is wrong.
 */
public final class UnusableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]+");
  private static final int MAX_LENGTH = 1000;

  /**
   * A problem {@code what} at {@code where}: a file name, a location or a JSON path, {@code ""} for
   * the whole input.
   *
   * @param where where the problem is, {@code ""} for the whole input
   * @param what what is wrong
   */
  public UnusableInputException(String where, String what) {
    super(oneLine(where.isEmpty() ? what : where + ": " + what), null, false, false);
  }

  /** The one-line description of the problem; never null. */
  @Override
  public String getMessage() {
    return String.valueOf(super.getMessage());
  }

  /**
   * The same problem, located in {@code file}.
   *
   * @param file the name of the file the input came from
   * @return a new exception whose message starts with {@code file}
   */
  public UnusableInputException in(String file) {
    return new UnusableInputException(file, getMessage());
  }

  /**
   * {@code text} on one line: line breaks and control characters become spaces; long text is cut.
   *
   * @param text any text, from the input or from a parser
   * @return the text on one line, cut after 1,000 characters
   */
  public static String oneLine(String text) {
    String line = LINE_BREAKS.matcher(text).replaceAll(" ").strip();
    return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH) + "…";
  }
}
