package io.github.childcarerules.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The one loader of every module's words: a family of French and English texts, {@code
 * NAME_fr.properties} and {@code NAME_en.properties} in the package of an anchor class, read as
 * resource bundles of the anchor's own module (so that a package of rules-occupation or
 * rules-allocation need not be opened to rules-core on the module path). French is the default: any
 * locale whose language is not English gets French. Values are {@link MessageFormat} patterns,
 * formatted in the locale asked for.
 *
 * <p>Plumbing: exported only to the library's modules.
 *
 * @since 0.1.0
 */
public final class MessageBundle {
  private final String baseName;
  private final Module module;

  private MessageBundle(String baseName, Module module) {
    this.baseName = baseName;
    this.module = module;
  }

  /**
   * The texts {@code name} beside {@code anchor}: {@code of(Rule.class, "messages")} reads {@code
   * io/github/childcarerules/core/rule/messages_fr.properties} and {@code _en}.
   *
   * @param anchor a class of the package (and module) that holds the files
   * @param name the files' name without language and extension
   * @return the texts, read on first use and cached by {@link ResourceBundle}
   */
  public static MessageBundle of(Class<?> anchor, String name) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(name, "name");
    return new MessageBundle(anchor.getPackageName() + "." + name, anchor.getModule());
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
    return new MessageFormat(pattern(locale, key), locale).format(arguments);
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
      throw new IllegalStateException("no text for " + key + " in " + baseName, e);
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
      return ResourceBundle.getBundle(baseName, language(locale), module);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("missing texts " + baseName, e);
    }
  }
}
