package io.github.childcarerules.allocation;

import java.util.Comparator;

/**
 * The natural order of batch, request and provider ids (RULES.md §9 "Places to allocate"): each id
 * is split into runs of ASCII digits and runs of other characters, compared run by run; two digit
 * runs by their numeric value, then the shorter first ({@code 7} before {@code 07}); any other pair
 * as text by UTF-16 code unit; an id that is a prefix of the other in runs comes first. So {@code
 * R9} comes before {@code R10}, {@code B2} before {@code B10}, and {@code -1} before {@code 1}. A
 * total order consistent with {@code equals}: only equal ids compare as 0.
 *
 * @since 0.1.0
 */
public final class NaturalOrder implements Comparator<String> {
  /** The comparator, to sort ids: {@code ids.sorted(NaturalOrder.IDS)}. */
  public static final NaturalOrder IDS = new NaturalOrder();

  private NaturalOrder() {}

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int endA = runEnd(a, i);
      int endB = runEnd(b, j);
      int order =
          isDigit(a.charAt(i)) && isDigit(b.charAt(j))
              ? compareNumbers(a, i, endA, b, j, endB)
              : compareTexts(a, i, endA, b, j, endB);
      if (order != 0) {
        return order;
      }
      i = endA;
      j = endB;
    }
    // one is a prefix of the other in runs: the shorter first
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The end (exclusive) of the run that starts at {@code start}. */
  private static int runEnd(String id, int start) {
    boolean digits = isDigit(id.charAt(start));
    int end = start + 1;
    while (end < id.length() && isDigit(id.charAt(end)) == digits) {
      end++;
    }
    return end;
  }

  /** Two digit runs by value (leading zeros aside), then the shorter run first. */
  private static int compareNumbers(String a, int i, int endA, String b, int j, int endB) {
    int startA = skipZeros(a, i, endA);
    int startB = skipZeros(b, j, endB);
    int order = Integer.compare(endA - startA, endB - startB);
    for (int k = 0; order == 0 && k < endA - startA; k++) {
      order = Character.compare(a.charAt(startA + k), b.charAt(startB + k));
    }
    return order != 0 ? order : Integer.compare(endA - i, endB - j);
  }

  private static int skipZeros(String id, int start, int end) {
    int k = start;
    while (k < end - 1 && id.charAt(k) == '0') {
      k++;
    }
    return k;
  }

  /** Two runs, at least one of them not digits, as text by UTF-16 code unit. */
  private static int compareTexts(String a, int i, int endA, String b, int j, int endB) {
    int length = Math.min(endA - i, endB - j);
    for (int k = 0; k < length; k++) {
      int order = Character.compare(a.charAt(i + k), b.charAt(j + k));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(endA - i, endB - j);
  }
}
