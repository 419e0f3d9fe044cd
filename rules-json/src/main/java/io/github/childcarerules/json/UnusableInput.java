package io.github.childcarerules.json;

import io.github.childcarerules.json.internal.UnusableInputException;
import java.util.Objects;

/**
 * Input that cannot be read as the document asked for (FORMAT.md: what the command line reports
 * with exit status 2): bytes that are not UTF-8, JSON that does not parse (duplicate keys
 * included), content after the document, a value of the wrong JSON type, a document over the
 * limits. A malformed date or an unknown enumeration value inside a well-formed document is not
 * unusable input: the rules report it as a violation.
 *
 * @param message one line that says where (a line and column, or a JSON path such as {@code
 *     agreements[0].start}) and what is wrong; the command line prints it after the file's name
 * @since 0.1.0
 */
public record UnusableInput(String message) {
  /**
   * The problem {@code message}, kept on one line: line breaks and control characters become spaces
   * and a very long message is cut.
   *
   * @param message what is wrong, and where
   */
  public UnusableInput {
    message = UnusableInputException.oneLine(Objects.requireNonNull(message, "message"));
  }
}
