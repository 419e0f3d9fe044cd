package io.github.childcarerules.testkit;

import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.record.Role;
import io.github.childcarerules.core.record.Sex;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Valid RULES.md §1–4 parts of a record: the child (but its birth date), the responsible adults,
 * the parent, the address.
 */
final class Identities {
  /** Who the record names, as entered. */
  record Identity(Child child, Person responsible, Option<Person> other, Option<Person> parent) {}

  /** How a child born outside Québec is identified (CSG, section "Identification de l'enfant"). */
  private enum Numbers {
    NIREC,
    NECSG,
    BOTH,
    NEITHER
  }

  private record Names(
      String last, String first, Option<String> optionalLast, Option<String> optionalFirst) {}

  static final List<Role> PARENT_ROLES =
      Arrays.stream(Role.values()).filter(Role::isParentRole).toList();
  static final List<Role> OTHER_ROLES =
      Arrays.stream(Role.values()).filter(role -> !role.isParentRole()).toList();

  /** Letters a postal code may hold: never D, F, I, O, Q, U; never W or Z first. */
  static final String POSTAL_FIRST = "ABCEGHJKLMNPRSTVXY";

  static final String POSTAL_OTHER = "ABCEGHJKLMNPRSTVWXYZ";

  private Identities() {}

  /** The parent is filled exactly when the parent section applies (RULES.md §3). */
  static Arbitrary<Identity> identities() {
    return Combinators.combine(
            children(),
            persons(Arbitraries.of(Role.class)),
            Arbitraries.frequencyOf(
                Tuple.of(1, nobody()),
                Tuple.of(1, persons(Arbitraries.of(Role.class)).map(Option::some))),
            persons(Arbitraries.of(PARENT_ROLES)),
            nobody())
        .as(
            (child, responsible, other, parent, noParent) -> {
              boolean sectionApplies =
                  child.bornOutsideQuebec().contains(true)
                      && !Facts.hasParentRole(Option.some(responsible))
                      && !Facts.hasParentRole(other);
              return new Identity(
                  child, responsible, other, sectionApplies ? Option.some(parent) : noParent);
            });
  }

  /**
   * Born in Québec with a NIREC; born outside with a NIREC, an NECSG, both or neither. The names
   * are optional only with an NECSG and no NIREC.
   */
  private static Arbitrary<Child> children() {
    Arbitrary<Option<String>> optional =
        Arbitraries.frequencyOf(
            Tuple.of(3, Texts.name().map(Option::some)), Tuple.of(2, Texts.blank()));
    Arbitrary<Names> names =
        Combinators.combine(Texts.name(), Texts.name(), optional, optional).as(Names::new);
    return Combinators.combine(
            Arbitraries.of(Sex.class),
            Arbitraries.of(true, false),
            Arbitraries.of(Numbers.class),
            Texts.nirec(),
            Texts.necsg(),
            names)
        .as(
            (sex, outside, numbers, nirec, necsg, name) -> {
              Numbers given = outside ? numbers : Numbers.NIREC;
              boolean namesOptional = given == Numbers.NECSG;
              return Child.builder()
                  .sex(sex)
                  .bornOutsideQuebec(outside)
                  .nirec(
                      given == Numbers.NIREC || given == Numbers.BOTH
                          ? Option.some(nirec)
                          : Option.none())
                  .necsg(
                      given == Numbers.NECSG || given == Numbers.BOTH
                          ? Option.some(necsg)
                          : Option.none())
                  .lastName(namesOptional ? name.optionalLast() : Option.some(name.last()))
                  .firstName(namesOptional ? name.optionalFirst() : Option.some(name.first()))
                  .build();
            });
  }

  /** A complete adult: both names and a role among {@code roles}. */
  static Arbitrary<Person> persons(Arbitrary<Role> roles) {
    return Combinators.combine(Texts.name(), Texts.name(), roles).as(Person::of);
  }

  /** An absent person: none, every field blank, or only the role placeholder {@code CHOOSE}. */
  private static Arbitrary<Option<Person>> nobody() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(Option.none())),
        Tuple.of(
            1,
            Texts.blank()
                .map(
                    blank ->
                        Option.some(
                            Person.builder()
                                .lastName(blank)
                                .firstName(blank)
                                .role(blank)
                                .build()))),
        Tuple.of(1, Arbitraries.just(Option.some(Person.builder().role("CHOOSE").build()))));
  }

  static Arbitrary<Address> addresses() {
    Arbitrary<Option<String>> suffix =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just(Option.none())),
            Tuple.of(1, Arbitraries.of("A", "B", "1/2").map(Option::some)));
    Arbitrary<Option<String>> apartment =
        Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.just(Option.none())),
            Tuple.of(
                1, Arbitraries.integers().between(1, 900).map(String::valueOf).map(Option::some)));
    Arbitrary<String> street =
        Combinators.combine(
                Arbitraries.of("rue", "avenue", "boulevard", "chemin", "rang", "montée"),
                Texts.name())
            .as((kind, name) -> kind + " " + name.strip());
    return Combinators.combine(
            civicNumbers(), suffix, street, Texts.name(), postalCodes(), apartment)
        .as(
            (civic, civicSuffix, streetName, municipality, postalCode, apartmentNumber) ->
                Address.builder()
                    .civicNumber(civic)
                    .civicSuffix(civicSuffix)
                    .street(streetName)
                    .municipality(municipality)
                    .postalCode(postalCode)
                    .apartment(apartmentNumber)
                    .build());
  }

  /** ASCII digits, 1 to 6. */
  static Arbitrary<String> civicNumbers() {
    return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6);
  }

  /** {@code A1A 1A1}: either case, one space or none between the halves, white space around. */
  static Arbitrary<String> postalCodes() {
    Arbitrary<Character> first = Arbitraries.of(POSTAL_FIRST.toCharArray());
    Arbitrary<Character> letter = Arbitraries.of(POSTAL_OTHER.toCharArray());
    Arbitrary<Character> digit = Arbitraries.chars().numeric();
    Arbitrary<String> code =
        Combinators.combine(first, digit, letter, digit, letter, digit)
            .as((a, b, c, d, e, f) -> "" + a + b + c + d + e + f);
    return Combinators.combine(
            code,
            Arbitraries.of(" ", ""),
            Arbitraries.of(0, 0, 0, 1, 2),
            Arbitraries.of("", "", "", " ", "\t"))
        .as(
            (canonical, separator, casing, padding) -> {
              String written = canonical.substring(0, 3) + separator + canonical.substring(3);
              String cased =
                  switch (casing) {
                    case 1 -> written.toLowerCase(Locale.ROOT);
                    case 2 ->
                        written.substring(0, 2) + written.substring(2).toLowerCase(Locale.ROOT);
                    default -> written;
                  };
              return padding + cased + padding;
            });
  }
}
