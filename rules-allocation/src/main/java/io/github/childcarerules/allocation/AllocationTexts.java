package io.github.childcarerules.allocation;

import io.github.childcarerules.core.internal.MessageBundle;
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

  static String text(Locale locale, String key, Object... arguments) {
    return MESSAGES.text(locale, key, arguments);
  }
}
