package io.github.childcarerules.allocation;

import io.github.childcarerules.core.internal.MessageBundle;
import io.github.childcarerules.core.internal.TextEscapes;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The allocation's words for people (trail events, statuses, outcomes, letters, the analysis grid
 * and the result as text), from {@code messages_fr.properties} and {@code messages_en.properties}
 * beside this class: English when asked, French otherwise.
 */
final class AllocationTexts {
  static final MessageBundle MESSAGES =
      MessageBundle.of(
          locale ->
              ResourceBundle.getBundle("io.github.childcarerules.allocation.messages", locale));

  private AllocationTexts() {}

  /**
   * The text of {@code key} with its arguments; each text argument (an id, a name, an address, a
   * need…, as entered) is escaped first, so that no value can start, end or hide a line ({@link
   * TextEscapes}; escaping an escaped text changes nothing).
   */
  static String text(Locale locale, String key, Object... arguments) {
    Object[] shown = arguments.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof String value) {
        shown[i] = TextEscapes.escape(value);
      }
    }
    return MESSAGES.text(locale, key, shown);
  }
}
