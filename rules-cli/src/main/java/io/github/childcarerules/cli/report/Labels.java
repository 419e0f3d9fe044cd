package io.github.childcarerules.cli.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command line's own words (headings, counts, severities), from {@code messages_fr.properties}
 * and {@code messages_en.properties} beside this class: English when asked, French otherwise, as
 * the library's messages.
 */
final class Labels {
  private final Locale locale;
  private final ResourceBundle bundle;

  Labels(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "io.github.childcarerules.cli.report.messages",
            "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH);
  }

  String text(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
