package io.github.childcarerules.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.NaturalOrder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link IdKey} orders ids exactly as {@link NaturalOrder}, fast case or not. */
class IdKeyTest {
  @Property(tries = 3_000)
  void twoIdsCompareAsTheNaturalOrderComparesThem(
      @ForAll("ids") String a, @ForAll("ids") String b) {
    int expected = Integer.signum(NaturalOrder.IDS.compare(a, b));

    assertThat(Integer.signum(IdKey.compare(new IdKey(a), new IdKey(b)))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "R12, R, 12",
    "R0, R, 0",
    "P7, P, 7",
    "'42', '', 42",
    "'0', '', 0",
    "R-1, R-, 1",
    "é9, é, 9",
    "R123456789012345678, R, 123456789012345678"
  })
  void anIdOfTheFastCaseHasItsNumberAfterItsPrefix(String id, String prefix, long number) {
    IdKey key = new IdKey(id);

    assertThat(key.id()).isEqualTo(id);
    assertThat(key.prefix()).isEqualTo(prefix);
    assertThat(key.number(prefix)).isEqualTo(number);
    assertThat(key.number(prefix + "x")).isEqualTo(KeySort.NONE);
  }

  @ParameterizedTest
  @CsvSource({"R012", "R00", "R1X2", "1R2", "R", "''", "R1234567890123456789", "R 1 2"})
  void anyOtherIdHasNoNumberAndIsItsOwnPrefix(String id) {
    IdKey key = new IdKey(id);

    assertThat(key.prefix()).isEqualTo(id);
    assertThat(key.number(id)).isEqualTo(KeySort.NONE);
    assertThat(key.number("R")).isEqualTo(KeySort.NONE);
    assertThat(key.number("")).isEqualTo(KeySort.NONE);
  }

  @Test
  void numbersOfTheSamePrefixCompareAsNumbersAndOthersNaturally() {
    assertThat(IdKey.compare(new IdKey("R9"), new IdKey("R10"))).isNegative();
    assertThat(IdKey.compare(new IdKey("R10"), new IdKey("R9"))).isPositive();
    assertThat(IdKey.compare(new IdKey("R10"), new IdKey("R10"))).isZero();
    assertThat(IdKey.compare(new IdKey("R10"), new IdKey("P10"))).isPositive();
    assertThat(IdKey.compare(new IdKey("R7"), new IdKey("R07"))).isNegative();
    assertThat(IdKey.compare(new IdKey("R07"), new IdKey("R7"))).isPositive();
  }

  /**
   * Ids of every shape: a prefix (none, one or two letters, a sign, an accent), then digits (none,
   * with leading zeros, up to 20 of them), sometimes more text and digits after.
   */
  @Provide
  Arbitrary<String> ids() {
    Arbitrary<String> prefixes = Arbitraries.of("", "R", "P", "RB", "R-", "é", "r");
    Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMaxLength(20);
    Arbitrary<String> smallNumbers = Arbitraries.integers().between(0, 120).map(String::valueOf);
    Arbitrary<String> tails = Arbitraries.of("", "", "", "x", "-2", "a0");
    return Combinators.combine(prefixes, Arbitraries.oneOf(digits, smallNumbers), tails)
        .as((prefix, number, tail) -> prefix + number + tail);
  }
}
