package io.github.childcarerules.core.rule;

import java.util.Objects;

/**
 * Builds the segments of a {@linkplain Violation#path() violation path}, so that every module
 * writes the same syntax: a field or a plain key after a dot ({@code ageBrackets.MONTHS_18_59}), a
 * list element by its index in brackets ({@code agreements[0]}), and a key that is not plain in
 * brackets as a JSON string ({@code answersByBatch["B1.x[0]"]}, {@code ageBrackets[""]}), so that
 * no key entered in a document can make two places read the same path.
 *
 * <p>A <em>plain</em> key is one or more ASCII letters, digits, {@code _} or {@code -}. Inside the
 * quotes, {@code "} and {@code \} are escaped by a backslash and characters below U+0020 as JSON
 * escapes them ({@code \n}, {@code \u0000}); every other character stands for itself.
 *
 * @since 0.1.0
 */
public final class ViolationPaths {
  private ViolationPaths() {}

  /**
   * The path of the entry {@code key} of the object at {@code parent}: {@code parent.key} when the
   * key is plain, else {@code parent["key"]}; the key alone (or {@code ["key"]}) when {@code
   * parent} is the whole document ({@code ""}).
   *
   * @param parent the path of the object, {@code ""} for the whole document
   * @param key the key as entered
   * @return the path of the entry
   */
  public static String key(String parent, String key) {
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(key, "key");
    if (!isPlain(key)) {
      return parent + quoted(key);
    }
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /**
   * The path of the element {@code index} of the list at {@code parent}: {@code parent[index]}.
   *
   * @param parent the path of the list
   * @param index the element's zero-based index, as entered
   * @return the path of the element
   */
  public static String index(String parent, long index) {
    return Objects.requireNonNull(parent, "parent") + "[" + index + "]";
  }

  /**
   * Whether {@code key} is written after a dot: one or more ASCII letters, digits, {@code _} or
   * {@code -}.
   *
   * @param key a key as entered
   * @return true when the key needs no quotes
   */
  public static boolean isPlain(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-';
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  /** {@code ["key"]}, the key as a JSON string. */
  private static String quoted(String key) {
    StringBuilder quoted = new StringBuilder(key.length() + 4).append("[\"");
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        case '\b' -> quoted.append("\\b");
        case '\f' -> quoted.append("\\f");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04X", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append("\"]").toString();
  }
}
