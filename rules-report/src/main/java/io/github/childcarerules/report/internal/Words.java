package io.github.childcarerules.report.internal;

import io.github.childcarerules.core.internal.MessageBundle;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Every word of the pages, in one language: {@code messages_fr.properties} and {@code
 * messages_en.properties} of {@code io.github.childcarerules.report}, read by the library's one
 * loader (English when asked, French otherwise). Templates print nothing else but values, and jte
 * escapes both.
 */
public final class Words {
  private static final MessageBundle MESSAGES =
      MessageBundle.of(
          locale -> ResourceBundle.getBundle("io.github.childcarerules.report.messages", locale));

  /** Entered text longer than this is cut on the page, its length said. */
  static final int LONGEST_VALUE = 120;

  /** Control characters but line feed and tab: C0, DEL and C1. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  private final Locale locale;

  private Words(Locale locale) {
    this.locale = locale;
  }

  /**
   * The words of {@code locale}'s language.
   *
   * @param locale English when its language is English, French otherwise
   * @return the words
   */
  public static Words in(Locale locale) {
    return new Words(MessageBundle.language(Objects.requireNonNull(locale, "locale")));
  }

  /**
   * The texts themselves, for the test that both languages have the same keys.
   *
   * @return the bundle of rules-report's words
   */
  public static MessageBundle bundle() {
    return MESSAGES;
  }

  /**
   * The text {@code key}, its arguments filled in.
   *
   * @param key the key in the bundle
   * @param arguments the pattern's arguments, in order
   * @return the text
   */
  public String get(String key, Object... arguments) {
    return MESSAGES.text(locale, key, arguments);
  }

  /**
   * The language the texts are in, and messages of the rules are asked in.
   *
   * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The page's {@code lang} attribute.
   *
   * @return {@code "fr"} or {@code "en"}
   */
  public String lang() {
    return locale.getLanguage();
  }

  /**
   * Entered text as a page prints it: at most {@value #LONGEST_VALUE} characters, a longer one cut
   * and its length given; a control character (other than a line feed or a tab) written as a
   * visible {@code \u001B}-style escape, as the command line writes them; absent or blank, a dash.
   *
   * @param value the text as entered
   * @return the text to print (escaped by the template)
   */
  public String entered(io.vavr.control.Option<String> value) {
    if (value.isEmpty() || value.get().isBlank()) {
      return get("value.absent");
    }
    String text = visible(value.get());
    int length = text.codePointCount(0, text.length());
    return length <= LONGEST_VALUE
        ? text
        : get(
            "value.truncated",
            text.substring(0, text.offsetByCodePoints(0, LONGEST_VALUE)),
            length);
  }

  /**
   * Entered text that is present (an id, a name), as {@link #entered} prints it.
   *
   * @param value the text as entered
   * @return the text to print (escaped by the template)
   */
  public String value(String value) {
    return entered(io.vavr.control.Option.some(value));
  }

  /**
   * Text as a page prints it in full (a message that quotes entered values, free text an auditor
   * reads whole): each control character (other than a line feed or a tab) written as a visible
   * {@code \u001B}-style escape, as {@link #entered} writes them.
   *
   * @param text the text
   * @return the text to print (escaped by the template)
   */
  public String visible(String text) {
    return CONTROL
        .matcher(text)
        .replaceAll(c -> String.format(Locale.ROOT, "\\\\u%04X", (int) c.group().charAt(0)));
  }

  /**
   * Yes or no.
   *
   * @param value the answer
   * @return the word
   */
  public String yesNo(boolean value) {
    return get(value ? "value.yes" : "value.no");
  }
}
