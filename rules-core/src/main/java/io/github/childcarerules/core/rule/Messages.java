package io.github.childcarerules.core.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The French and English texts of rules and violations, read from {@code messages_fr.properties}
 * and {@code messages_en.properties} beside this class. French is the default: any locale whose
 * language is not English gets French.
 */
final class Messages {
  private static final Properties FRENCH = load("messages_fr.properties");
  private static final Properties ENGLISH = load("messages_en.properties");

  private Messages() {}

  static String description(Rule rule, Locale locale) {
    return text(locale, rule.name() + ".description");
  }

  static String message(Rule rule, Locale locale, Object... arguments) {
    return new MessageFormat(text(locale, rule.name()), locale).format(arguments);
  }

  private static String text(Locale locale, String key) {
    Properties texts = "en".equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("no text for " + key + " in " + locale);
    }
    return text;
  }

  private static Properties load(String name) {
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
