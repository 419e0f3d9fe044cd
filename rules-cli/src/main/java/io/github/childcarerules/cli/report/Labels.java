package io.github.childcarerules.cli.report;

import io.github.childcarerules.core.internal.MessageBundle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's own words (headings, counts, severities), from {@code messages_fr.properties}
 * and {@code messages_en.properties} beside this class: English when asked, French otherwise, as
 * the library's messages (read by the library's one loader, {@link MessageBundle}).
 */
final class Labels {
  private static final MessageBundle MESSAGES =
      MessageBundle.of(
          locale ->
              ResourceBundle.getBundle("io.github.childcarerules.cli.report.messages", locale));

  private final Locale locale;

  Labels(Locale locale) {
    this.locale = locale;
  }

  String text(String key, Object... arguments) {
    return MESSAGES.text(locale, key, arguments);
  }
}
