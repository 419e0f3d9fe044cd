package io.github.childcarerules.occupation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The French and English texts of rules-occupation, read from {@code NAME_fr.properties} and {@code
 * NAME_en.properties} beside a class of the package they serve. French is the default: any locale
 * whose language is not English gets French.
 */
public final class LocalizedTexts {
  private static final ConcurrentMap<String, Properties> LOADED = new ConcurrentHashMap<>();

  private LocalizedTexts() {}

  /** The text {@code key} of {@code anchor}'s package, formatted with {@code arguments}. */
  public static String format(
      Class<?> anchor, String name, Locale locale, String key, Object... arguments) {
    String file = name + ("en".equals(locale.getLanguage()) ? "_en" : "_fr") + ".properties";
    Properties texts =
        LOADED.computeIfAbsent(anchor.getPackageName() + "/" + file, ignored -> load(anchor, file));
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("no text for " + key + " in " + file);
    }
    return new MessageFormat(text, locale).format(arguments);
  }

  private static Properties load(Class<?> anchor, String file) {
    try (InputStream in = anchor.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + file);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
