package io.github.childcarerules.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The one loader of every module's words: a family of French and English texts, {@code
 * NAME_fr.properties} and {@code NAME_en.properties}, read as resource bundles. French is the
 * default: any locale whose language is not English gets French. Values are {@link MessageFormat}
 * patterns, formatted in the locale asked for. Missing texts are a defect, reported as {@link
 * IllegalStateException}.
 *
 * <p>On the module path a module's resources are its own: only its code can read a bundle in one of
 * its packages that it does not open. So the module that holds the files passes the one call to
 * {@link ResourceBundle#getBundle(String, Locale)}, written in its own code, and this class does
 * the rest (the language, the formatting, the errors):
 *
 * <pre>{@code
 * private static final MessageBundle MESSAGES =
 *     MessageBundle.of(locale -> ResourceBundle.getBundle("io.github.childcarerules.x.messages", locale));
 * }</pre>
 *
 * <p>Plumbing: exported only to the library's modules.
 *
 * @since 0.1.0
 */
public final class MessageBundle {
  private final Function<Locale, ResourceBundle> reader;

  /** The patterns parsed so far, by locale asked for and key. */
  private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

  private MessageBundle(Function<Locale, ResourceBundle> reader) {
    this.reader = reader;
  }

  /**
   * The texts that {@code reader} reads, given {@link Locale#FRENCH} or {@link Locale#ENGLISH}.
   *
   * @param reader a lambda of the module that holds the files, calling {@link
   *     ResourceBundle#getBundle(String, Locale)} with their base name (which caches them)
   * @return the texts
   */
  public static MessageBundle of(Function<Locale, ResourceBundle> reader) {
    return new MessageBundle(Objects.requireNonNull(reader, "reader"));
  }

  /**
   * The language of the texts {@code locale} gets: {@link Locale#ENGLISH} when its language is
   * English, {@link Locale#FRENCH} otherwise.
   *
   * @param locale any locale
   * @return English or French
   */
  public static Locale language(Locale locale) {
    return "en".equals(Objects.requireNonNull(locale, "locale").getLanguage())
        ? Locale.ENGLISH
        : Locale.FRENCH;
  }

  /**
   * The text {@code key} in {@code locale}'s language, its pattern formatted with {@code arguments}
   * in {@code locale}.
   *
   * @param locale the language asked for (French unless English)
   * @param key the text's key
   * @param arguments the pattern's arguments, in order
   * @return the formatted text
   * @throws IllegalStateException when the key has no text: a defect of the library
   */
  public String text(Locale locale, String key, Object... arguments) {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(key, "key");
    MessageFormat parsed =
        formats
            .computeIfAbsent(locale, any -> new ConcurrentHashMap<>())
            .computeIfAbsent(key, any -> new MessageFormat(pattern(locale, key), locale));
    // a MessageFormat is not safe to share between threads; its copy is cheaper than parsing
    return ((MessageFormat) parsed.clone()).format(arguments);
  }

  /**
   * The pattern {@code key} in {@code locale}'s language, unformatted.
   *
   * @param locale the language asked for (French unless English)
   * @param key the text's key
   * @return the pattern as written in the file
   * @throws IllegalStateException when the key has no text: a defect of the library
   */
  public String pattern(Locale locale, String key) {
    Objects.requireNonNull(key, "key");
    try {
      return bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no text for " + key + " in " + e.getClassName(), e);
    }
  }

  /**
   * Every key of the texts in {@code locale}'s language (a test checks both languages have the
   * same).
   *
   * @param locale the language asked for (French unless English)
   * @return the keys
   */
  public Set<String> keys(Locale locale) {
    return bundle(locale).keySet();
  }

  private ResourceBundle bundle(Locale locale) {
    try {
      return reader.apply(language(locale));
    } catch (MissingResourceException e) {
      throw new IllegalStateException("missing texts " + e.getClassName(), e);
    }
  }
}
