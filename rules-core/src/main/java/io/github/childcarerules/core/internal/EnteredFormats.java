package io.github.childcarerules.core.internal;

/**
 * The formats of RULES.md §4 that an entered address value must match, checked character by
 * character (no regular expression on the way of every record).
 */
final class EnteredFormats {
  private EnteredFormats() {}

  /**
   * {@code ADDRESS_CIVIC_NUMBER_FORMAT}'s form: 1 to 6 ASCII digits, nothing around them.
   *
   * @param text the civic number as entered
   * @return whether it is 1 to 6 digits
   */
  static boolean isCivicNumber(String text) {
    if (text.isEmpty() || text.length() > 6) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code ADDRESS_POSTAL_CODE_FORMAT}'s form: a Canadian postal code {@code A1A 1A1}, the space
   * optional, letters in either case; no D, F, I, O, Q or U, and no W or Z first.
   *
   * @param text the postal code, white space around it removed
   * @return whether it is such a code
   */
  static boolean isPostalCode(String text) {
    int length = text.length();
    if (length != 6 && !(length == 7 && text.charAt(3) == ' ')) {
      return false;
    }
    int secondHalf = length - 3;
    return isPostalLetter(text.charAt(0), true)
        && isDigit(text.charAt(1))
        && isPostalLetter(text.charAt(2), false)
        && isDigit(text.charAt(secondHalf))
        && isPostalLetter(text.charAt(secondHalf + 1), false)
        && isDigit(text.charAt(secondHalf + 2));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** An ASCII letter of postal codes: never D, F, I, O, Q or U; never W or Z in first place. */
  private static boolean isPostalLetter(char c, boolean first) {
    char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
    if (upper < 'A' || upper > 'Z' || "DFIOQU".indexOf(upper) >= 0) {
      return false;
    }
    return !first || (upper != 'W' && upper != 'Z');
  }
}
