package io.github.childcarerules.testkit;

import static io.github.childcarerules.testkit.Edits.ADDRESS;
import static io.github.childcarerules.testkit.Places.ANY_RECORD;
import static io.github.childcarerules.testkit.Places.only;
import static io.github.childcarerules.testkit.Shapes.FIELD;
import static io.github.childcarerules.testkit.Shapes.at;
import static io.github.childcarerules.testkit.Shapes.to;

import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.testkit.Edits.Field;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.function.Predicate;

/** The mutation table of RULES.md §4, the address. */
final class AddressTable {
  private static final Field CIVIC_NUMBER =
      ADDRESS.field("civicNumber", Address::civicNumber, Address::withCivicNumber);
  private static final Field STREET = ADDRESS.field("street", Address::street, Address::withStreet);
  private static final Field MUNICIPALITY =
      ADDRESS.field("municipality", Address::municipality, Address::withMunicipality);
  private static final Field POSTAL_CODE =
      ADDRESS.field("postalCode", Address::postalCode, Address::withPostalCode);
  private static final Predicate<ParentChildRecord> ALWAYS = record -> true;
  private static final List<String> CIVIC_NUMBERS =
      List.of(
          "12a",
          "12A",
          "1234567",
          "12-14",
          "\u00BD",
          "\u0661\u0662",
          "\uFF11\uFF12",
          "12 ",
          " 12",
          "-3",
          "3.5",
          "12 B",
          "#12");

  static final Seq<Row<?>> ROWS =
      List.of(
          new Row<>(
              "no address",
              Rule.ADDRESS_REQUIRED,
              ANY_RECORD,
              (record, same, c) -> Option.some(record.withAddress(noAddress(c))),
              at("address")),
          new Row<>(
              "blank civic number",
              Rule.ADDRESS_INCOMPLETE,
              only(CIVIC_NUMBER, ALWAYS),
              to(Choices::blank),
              FIELD),
          new Row<>(
              "blank street",
              Rule.ADDRESS_INCOMPLETE,
              only(STREET, ALWAYS),
              to(Choices::blank),
              FIELD),
          new Row<>(
              "blank municipality",
              Rule.ADDRESS_INCOMPLETE,
              only(MUNICIPALITY, ALWAYS),
              to(Choices::blank),
              FIELD),
          new Row<>(
              "blank postal code",
              Rule.ADDRESS_INCOMPLETE,
              only(POSTAL_CODE, ALWAYS),
              to(Choices::blank),
              FIELD),
          new Row<>(
              "civic number not 1 to 6 ASCII digits",
              Rule.ADDRESS_CIVIC_NUMBER_FORMAT,
              only(CIVIC_NUMBER, ALWAYS),
              to(c -> Option.some(c.of(CIVIC_NUMBERS))),
              FIELD),
          new Row<>(
              "postal code not A1A 1A1",
              Rule.ADDRESS_POSTAL_CODE_FORMAT,
              only(POSTAL_CODE, ALWAYS),
              (record, field, c) ->
                  Option.some(
                      field
                          .set()
                          .apply(
                              record,
                              Option.some(badPostalCode(field.get().apply(record).get(), c)))),
              FIELD));

  private AddressTable() {}

  /** No address at all, or one with every field blank. */
  private static Option<Address> noAddress(Choices c) {
    return c.below(2) == 0
        ? Option.none()
        : Option.some(
            Address.builder()
                .civicNumber(c.blank())
                .civicSuffix(c.blank())
                .street(c.blank())
                .municipality(c.blank())
                .postalCode(c.blank())
                .apartment(c.blank())
                .build());
  }

  /**
   * The valid {@code code} made invalid: a letter never used (D, F, I, O, Q, U) or W, Z first, a
   * digit for a letter or the reverse, a wrong separator, a wrong length.
   */
  private static String badPostalCode(String code, Choices c) {
    char[] chars = code.strip().replace(" ", "").toUpperCase(Locale.ROOT).toCharArray();
    int letter = 2 * c.below(3);
    switch (c.below(6)) {
      case 0 -> chars[letter] = c.of(List.of('D', 'F', 'I', 'O', 'Q', 'U', 'd', 'o', 'u'));
      case 1 -> chars[0] = c.of(List.of('W', 'Z', 'w', 'z'));
      case 2 -> chars[letter] = '5';
      case 3 -> chars[letter + 1] = 'K';
      case 4 -> {
        String compact = new String(chars);
        return compact.substring(0, 3) + c.of(List.of("  ", "-", "_")) + compact.substring(3);
      }
      default -> {
        String compact = new String(chars);
        return c.of(
            List.of(
                compact.substring(0, 5),
                compact + "1",
                compact.substring(0, 2) + " " + compact.substring(2),
                "12345"));
      }
    }
    String written = new String(chars);
    return written.substring(0, 3) + " " + written.substring(3);
  }
}
