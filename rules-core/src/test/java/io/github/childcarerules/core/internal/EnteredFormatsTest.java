package io.github.childcarerules.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The address formats of RULES.md §4, checked character by character, accept exactly what the
 * regular expressions that checked them before accepted.
 */
class EnteredFormatsTest {
  /** RULES.md §4's forms as regular expressions: the oracle. */
  private static final Pattern CIVIC_NUMBER = Pattern.compile("[0-9]{1,6}");

  private static final Pattern POSTAL_CODE =
      Pattern.compile(
          "[ABCEGHJ-NPRSTVXYabceghj-nprstvxy][0-9][ABCEGHJ-NPRSTV-Zabceghj-nprstv-z]"
              + " ?[0-9][ABCEGHJ-NPRSTV-Zabceghj-nprstv-z][0-9]");

  @Test
  void civicNumbersAreOneToSixDigits() {
    assertThat(EnteredFormats.isCivicNumber("1")).isTrue();
    assertThat(EnteredFormats.isCivicNumber("123456")).isTrue();
    assertThat(EnteredFormats.isCivicNumber("")).isFalse();
    assertThat(EnteredFormats.isCivicNumber("1234567")).isFalse();
    assertThat(EnteredFormats.isCivicNumber("12a")).isFalse();
    assertThat(EnteredFormats.isCivicNumber(" 12")).isFalse();
    assertThat(EnteredFormats.isCivicNumber("١٢")).isFalse(); // Arabic-Indic digits
  }

  @Test
  void postalCodesFollowTheCanadianForm() {
    assertThat(EnteredFormats.isPostalCode("G6L 2M4")).isTrue();
    assertThat(EnteredFormats.isPostalCode("g6l2m4")).isTrue();
    assertThat(EnteredFormats.isPostalCode("H0H 0W0")).isTrue();
    assertThat(EnteredFormats.isPostalCode("D6L 2M4")).isFalse();
    assertThat(EnteredFormats.isPostalCode("W6L 2M4")).isFalse();
    assertThat(EnteredFormats.isPostalCode("z6l 2m4")).isFalse();
    assertThat(EnteredFormats.isPostalCode("G6L  2M4")).isFalse();
    assertThat(EnteredFormats.isPostalCode("G6L-2M4")).isFalse();
    assertThat(EnteredFormats.isPostalCode("G6L 2M")).isFalse();
    assertThat(EnteredFormats.isPostalCode("G6L 2M45")).isFalse();
    assertThat(EnteredFormats.isPostalCode("G6U 2M4")).isFalse();
    assertThat(EnteredFormats.isPostalCode("G6L 2M٤")).isFalse();
  }

  @Property
  void civicNumbersAgreeWithTheExpression(@ForAll("nearCivicNumbers") String text) {
    assertThat(EnteredFormats.isCivicNumber(text)).isEqualTo(CIVIC_NUMBER.matcher(text).matches());
  }

  @Property(tries = 5000)
  void postalCodesAgreeWithTheExpression(@ForAll("nearPostalCodes") String text) {
    assertThat(EnteredFormats.isPostalCode(text)).isEqualTo(POSTAL_CODE.matcher(text).matches());
  }

  @Provide
  Arbitrary<String> nearCivicNumbers() {
    return Arbitraries.strings().withChars("0123456789a -٣").ofMinLength(0).ofMaxLength(8);
  }

  /**
   * Codes built position by position, each character mostly of the kind its place wants (letter,
   * digit, optional space) and sometimes anything, so that about half of them match.
   */
  @Provide
  Arbitrary<String> nearPostalCodes() {
    Arbitrary<String> letter =
        Arbitraries.of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".split(""));
    Arbitrary<String> digit = Arbitraries.of("0123456789".split(""));
    Arbitrary<String> any =
        Arbitraries.oneOf(letter, digit, Arbitraries.of("", " ", "  ", "-", "É", "٤", "\u0130"));
    Arbitrary<String> l = Arbitraries.frequencyOf(Tuple.of(9, letter), Tuple.of(1, any));
    Arbitrary<String> d = Arbitraries.frequencyOf(Tuple.of(9, digit), Tuple.of(1, any));
    Arbitrary<String> space =
        Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.just(" ")),
            Tuple.of(4, Arbitraries.just("")),
            Tuple.of(1, any));
    return Combinators.combine(l, d, l, space, d, l, d)
        .as((a, b, c, e, f, g, h) -> a + b + c + e + f + g + h);
  }
}
