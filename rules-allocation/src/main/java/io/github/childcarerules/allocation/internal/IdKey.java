package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.NaturalOrder;

/**
 * An id with what its natural order ({@link NaturalOrder}) needs to be compared fast in the common
 * case: an id made of characters that are not ASCII digits followed by a whole number written
 * without a leading zero ({@code R12}, {@code P7}, {@code B0}, {@code 42}), at most 18 digits. Two
 * such ids with the same characters before their number compare as their numbers do, exactly as
 * {@link NaturalOrder} compares them (the same first run of text, then the shorter run of digits
 * first, then digit by digit); any other pair is compared by {@link NaturalOrder} itself. For sorts
 * of many ids, where each id is compared many times.
 */
final class IdKey {
  /** The most digits a number of the fast case holds: it fits a {@code long}. */
  private static final int MOST_DIGITS = 18;

  private final String id;

  /**
   * The length of the characters before the number (compared in place, with no copy of them); -1
   * when the id is not of the fast case.
   */
  private final int prefix;

  private final long number;

  IdKey(String id) {
    this.id = id;
    int start = id.length();
    while (start > 0 && isDigit(id.charAt(start - 1))) {
      start--;
    }
    int digits = id.length() - start;
    boolean fast =
        digits > 0
            && digits <= MOST_DIGITS
            && (digits == 1 || id.charAt(start) != '0')
            && noDigitBefore(id, start);
    this.prefix = fast ? start : -1;
    this.number = fast ? Long.parseLong(id, start, id.length(), 10) : 0;
  }

  String id() {
    return id;
  }

  /**
   * The id's number when the id is of the fast case with the characters {@code prefix} before its
   * number; {@link KeySort#NONE} otherwise. Ids that have one compare as their numbers.
   */
  long number(String prefix) {
    return this.prefix == prefix.length() && id.startsWith(prefix) ? number : KeySort.NONE;
  }

  /** The characters before the number of an id of the fast case, else the id itself. */
  String prefix() {
    return prefix < 0 ? id : id.substring(0, prefix);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean noDigitBefore(String id, int end) {
    for (int i = 0; i < end; i++) {
      if (isDigit(id.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The natural order of two ids: {@code NaturalOrder.IDS.compare(a.id(), b.id())}.
   *
   * @param a an id
   * @param b another id
   * @return negative when {@code a} comes first, 0 when the ids are equal, positive otherwise
   */
  static int compare(IdKey a, IdKey b) {
    if (a.prefix >= 0 && a.prefix == b.prefix && a.id.regionMatches(0, b.id, 0, a.prefix)) {
      return Long.compare(a.number, b.number);
    }
    return NaturalOrder.IDS.compare(a.id, b.id);
  }
}
