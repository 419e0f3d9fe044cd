package io.github.childcarerules.core.validation;

import static io.github.childcarerules.core.rule.Rule.ADDRESS_CIVIC_NUMBER_FORMAT;
import static io.github.childcarerules.core.rule.Rule.ADDRESS_INCOMPLETE;
import static io.github.childcarerules.core.rule.Rule.ADDRESS_POSTAL_CODE_FORMAT;
import static io.github.childcarerules.core.rule.Rule.ADDRESS_REQUIRED;
import static io.github.childcarerules.core.validation.Reports.assertThatViolations;
import static io.github.childcarerules.core.validation.Reports.reportedIf;
import static io.github.childcarerules.core.validation.ValidRecords.address;
import static io.github.childcarerules.core.validation.ValidRecords.minimal;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.vavr.control.Option;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RULES.md §4, the responsible's address. */
class AddressRulesTest {

  private static ParentChildRecord withAddress(UnaryOperator<Address.Builder> change) {
    return minimal()
        .withAddress(Option.some(change.apply(Address.builder().from(address())).build()));
  }

  @Test
  void anAbsentAddressIsRequired() {
    assertThatViolations(minimal().withAddress(Option.none()))
        .containsExactly(tuple(ADDRESS_REQUIRED, "address"));
  }

  @Test
  void anAddressWithEveryPartBlankIsReportedAsRequiredAlone() {
    Address blank =
        Address.builder()
            .civicNumber(" ")
            .civicSuffix("")
            .street("  ")
            .municipality("\t")
            .postalCode("")
            .apartment(" ")
            .build();

    assertThatViolations(minimal().withAddress(Option.some(blank)))
        .containsExactly(tuple(ADDRESS_REQUIRED, "address"));
  }

  @Test
  void anAddressWithOnlyAnApartmentIsIncompleteInEachRequiredPart() {
    assertThatViolations(
            minimal().withAddress(Option.some(Address.builder().apartment("1").build())))
        .containsExactly(
            tuple(ADDRESS_INCOMPLETE, "address.civicNumber"),
            tuple(ADDRESS_INCOMPLETE, "address.municipality"),
            tuple(ADDRESS_INCOMPLETE, "address.postalCode"),
            tuple(ADDRESS_INCOMPLETE, "address.street"));
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @CsvSource({
    "civicNumber, ", "civicNumber, ' '",
    "street, ", "street, ''",
    "municipality, ", "municipality, '  '",
    "postalCode, ", "postalCode, '\t'",
  })
  void eachRequiredPartMissingIsIncompleteAtItsPath(String part, String value) {
    Option<String> missing = Option.of(value);
    ParentChildRecord record =
        withAddress(
            a ->
                switch (part) {
                  case "civicNumber" -> a.civicNumber(missing);
                  case "street" -> a.street(missing);
                  case "municipality" -> a.municipality(missing);
                  default -> a.postalCode(missing);
                });

    assertThatViolations(record).containsExactly(tuple(ADDRESS_INCOMPLETE, "address." + part));
  }

  @Test
  void suffixAndApartmentAreOptional() {
    assertThatViolations(withAddress(a -> a.civicSuffix("A").apartment("3"))).isEmpty();
    assertThatViolations(withAddress(a -> a.unsetCivicSuffix().unsetApartment())).isEmpty();
  }

  @ParameterizedTest(name = "civic number [{0}]: wrong = {1}")
  @CsvSource({
    "1, false",
    "0, false",
    "12, false",
    "123456, false",
    "1234567, true",
    "12A, true",
    "'12 3', true",
    "-1, true",
    "1.5, true",
    "\u0661\u0664\u0665\u0660, true",
    "\uFF11\uFF14\uFF15\uFF10, true",
  })
  void theCivicNumberIsOneToSixAsciiDigits(String civicNumber, boolean wrong) {
    assertThatViolations(withAddress(a -> a.civicNumber(civicNumber)))
        .containsExactly(reportedIf(wrong, ADDRESS_CIVIC_NUMBER_FORMAT, "address.civicNumber"));
  }

  @ParameterizedTest(name = "postal code [{0}]")
  @ValueSource(
      strings = {
        "G6L 2M4",
        "G6L2M4",
        "g6l 2m4",
        "g6L2m4",
        "  G6L 2M4 ",
        "\tG6L2M4 ",
        "H0H 0H0",
        "A0W 9Z9",
        "K1A0B1",
        "T2Z 1W5"
      })
  void aWellFormedPostalCodeIsAccepted(String postalCode) {
    assertThatViolations(withAddress(a -> a.postalCode(postalCode))).isEmpty();
  }

  @ParameterizedTest(name = "postal code [{0}]")
  @ValueSource(
      strings = {
        "G6L  2M4", "G6L-2M4", "G6 L2M4", "G6L 2M", "G6L 2M45", "G6L2M", "6GL 2M4", "GGL 2M4",
        "G66 2M4", "G6L 2MM", "G6L 22M4", "W6L 2M4", "Z6L 2M4", "w6l 2m4", "z6l2m4", "É6L 2M4",
        "G6L_2M4", "G6L 2M4 X"
      })
  void aMalformedPostalCodeIsReported(String postalCode) {
    assertThatViolations(withAddress(a -> a.postalCode(postalCode)))
        .containsExactly(tuple(ADDRESS_POSTAL_CODE_FORMAT, "address.postalCode"));
  }

  /** D, F, I, O, Q and U never appear, in either case and in any of the three letter positions. */
  static Stream<Arguments> forbiddenLetters() {
    return "DFIOQU"
        .chars()
        .mapToObj(c -> String.valueOf((char) c))
        .flatMap(
            letter ->
                Stream.of(
                    letter + "6L 2M4",
                    "G6" + letter + " 2M4",
                    "G6L 2" + letter + "4",
                    (letter + "6L2M4").toLowerCase(),
                    ("G6" + letter + "2M4").toLowerCase(),
                    ("G6L2" + letter + "4").toLowerCase()))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "postal code [{0}]")
  @MethodSource("forbiddenLetters")
  void aPostalCodeWithAForbiddenLetterIsReported(String postalCode) {
    assertThatViolations(withAddress(a -> a.postalCode(postalCode)))
        .containsExactly(tuple(ADDRESS_POSTAL_CODE_FORMAT, "address.postalCode"));
  }
}
