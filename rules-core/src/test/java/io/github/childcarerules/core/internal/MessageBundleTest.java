package io.github.childcarerules.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.core.rule.Rule;
import java.text.MessageFormat;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessageBundleTest {
  private static final MessageBundle RULES =
      MessageBundle.of(
          locale ->
              ResourceBundle.getBundle("io.github.childcarerules.core.rule.messages", locale));

  @Test
  void theFrenchAndEnglishRuleTextsHaveTheSameKeys() {
    assertThat(RULES.keys(Locale.FRENCH))
        .hasSizeGreaterThan(2 * Rule.values().length - 1)
        .containsExactlyInAnyOrderElementsOf(RULES.keys(Locale.ENGLISH));
  }

  @Test
  void everyLanguageButEnglishReadsFrench() {
    assertThat(MessageBundle.language(Locale.CANADA_FRENCH)).isEqualTo(Locale.FRENCH);
    assertThat(MessageBundle.language(Locale.GERMAN)).isEqualTo(Locale.FRENCH);
    assertThat(MessageBundle.language(Locale.ROOT)).isEqualTo(Locale.FRENCH);
    assertThat(MessageBundle.language(Locale.UK)).isEqualTo(Locale.ENGLISH);
    assertThat(RULES.pattern(Locale.GERMAN, "CHILD_SEX_REQUIRED"))
        .isEqualTo(RULES.pattern(Locale.FRENCH, "CHILD_SEX_REQUIRED"))
        .isNotEqualTo(RULES.pattern(Locale.ENGLISH, "CHILD_SEX_REQUIRED"));
  }

  @Test
  void aTextIsFormattedInTheLocaleAskedFor() {
    assertThat(RULES.text(Locale.ENGLISH, "CHILD_LAST_NAME_TOO_LONG", "50", "51"))
        .contains("50", "51");
  }

  @Test
  void aMissingKeyOrBundleIsADefectNamedInTheException() {
    assertThatThrownBy(() -> RULES.text(Locale.FRENCH, "NO_SUCH_KEY"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NO_SUCH_KEY");
    assertThatThrownBy(
            () ->
                MessageBundle.of(
                        locale ->
                            ResourceBundle.getBundle(
                                "io.github.childcarerules.core.rule.nothing", locale))
                    .keys(Locale.FRENCH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing");
  }

  private static final String COUNT = "{0,number,#,##0.00} places, {1}";

  private static final MessageBundle NUMBERS =
      MessageBundle.of(
          locale ->
              new ListResourceBundle() {
                @Override
                protected Object[][] getContents() {
                  return new Object[][] {{"count", COUNT}};
                }
              });

  @Test
  void aPatternParsedOnceIsStillFormattedInEachLocaleWithEachCallsArguments() {
    for (Locale locale : List.of(Locale.CANADA_FRENCH, Locale.FRANCE, Locale.ENGLISH)) {
      for (int n : new int[] {7, 1_234_567}) {
        assertThat(NUMBERS.text(locale, "count", n, "x" + n))
            .isEqualTo(new MessageFormat(COUNT, locale).format(new Object[] {n, "x" + n}));
      }
    }
    assertThat(NUMBERS.text(Locale.CANADA_FRENCH, "count", 1_234_567, "a"))
        .isNotEqualTo(NUMBERS.text(Locale.ENGLISH, "count", 1_234_567, "a"));
  }
}
