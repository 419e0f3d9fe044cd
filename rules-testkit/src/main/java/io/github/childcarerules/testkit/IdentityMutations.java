package io.github.childcarerules.testkit;

import static io.github.childcarerules.testkit.Edits.ADDRESS;
import static io.github.childcarerules.testkit.Edits.BIRTH_DATE;
import static io.github.childcarerules.testkit.Edits.CHILD;
import static io.github.childcarerules.testkit.Edits.OTHER;
import static io.github.childcarerules.testkit.Edits.PARENT;
import static io.github.childcarerules.testkit.Edits.RESPONSIBLE;
import static io.github.childcarerules.testkit.Edits.firstName;
import static io.github.childcarerules.testkit.Edits.lastName;
import static io.github.childcarerules.testkit.Edits.role;

import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.testkit.Edits.Field;
import io.github.childcarerules.testkit.Mutation.Broken;
import io.vavr.control.Option;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Single mutations of RULES.md §1–4: the child, the responsible adults, the parent, the address.
 */
final class IdentityMutations {
  private static final Field CHILD_LAST =
      CHILD.field("lastName", Child::lastName, Child::withLastName);
  private static final Field CHILD_FIRST =
      CHILD.field("firstName", Child::firstName, Child::withFirstName);
  private static final Field SEX = CHILD.field("sex", Child::sex, Child::withSex);
  private static final Field NIREC = CHILD.field("nirec", Child::nirec, Child::withNirec);
  private static final Field NECSG = CHILD.field("necsg", Child::necsg, Child::withNecsg);
  private static final Field CIVIC_NUMBER =
      ADDRESS.field("civicNumber", Address::civicNumber, Address::withCivicNumber);
  private static final Field STREET = ADDRESS.field("street", Address::street, Address::withStreet);
  private static final Field MUNICIPALITY =
      ADDRESS.field("municipality", Address::municipality, Address::withMunicipality);
  private static final Field POSTAL_CODE =
      ADDRESS.field("postalCode", Address::postalCode, Address::withPostalCode);

  private static final List<String> SEXES = List.of("Y", "U", "FEMALE", "f", "x", "?", "1");
  private static final List<String> ROLES =
      List.of("MOM", "mother", "Mother", "PARENT", "TUTOR", "GRANDMOTHER");
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

  private IdentityMutations() {}

  static List<Mutation> all() {
    Predicate<ParentChildRecord> always = record -> true;
    Predicate<ParentChildRecord> applies = Facts::parentSectionApplies;
    return List.of(
        // §1 the child
        set(
            "blank child last name",
            Rule.CHILD_LAST_NAME_REQUIRED,
            CHILD_LAST,
            Choices::blank,
            Facts::childNamesRequired),
        set(
            "blank child first name",
            Rule.CHILD_FIRST_NAME_REQUIRED,
            CHILD_FIRST,
            Choices::blank,
            Facts::childNamesRequired),
        set(
            "child last name too long",
            Rule.CHILD_LAST_NAME_TOO_LONG,
            CHILD_LAST,
            Choices::tooLong,
            always),
        set(
            "child first name too long",
            Rule.CHILD_FIRST_NAME_TOO_LONG,
            CHILD_FIRST,
            Choices::tooLong,
            always),
        set("blank sex", Rule.CHILD_SEX_REQUIRED, SEX, Choices::blank, always),
        set("sex other than F, M, X", Rule.VALUE_NOT_ALLOWED, SEX, c -> some(c.of(SEXES)), always),
        set("blank birth date", Rule.CHILD_BIRTH_DATE_REQUIRED, BIRTH_DATE, Choices::blank, always),
        new Mutation(
            "born outside Québec not answered, NIREC given",
            Rule.CHILD_BORN_OUTSIDE_QUEBEC_REQUIRED,
            (record, c) ->
                Optional.of(record)
                    .filter(r -> Facts.given(Facts.child(r).nirec()))
                    .map(
                        r ->
                            new Broken(
                                r,
                                CHILD.update(
                                    r, child -> child.withBornOutsideQuebec(Option.none())),
                                "child.bornOutsideQuebec"))),
        set(
            "blank NIREC of a child born in Québec",
            Rule.CHILD_NIREC_REQUIRED,
            NIREC,
            Choices::blank,
            r -> Facts.child(r).bornOutsideQuebec().contains(false)),
        set(
            "NECSG given to a child born in Québec",
            Rule.CHILD_NECSG_NOT_APPLICABLE,
            NECSG,
            c -> some(String.format("9%08d", c.below(100_000_000))),
            r -> Facts.child(r).bornOutsideQuebec().contains(false)),
        // §2 the responsible adults; the other responsible is made complete first
        set(
            "blank responsible last name",
            Rule.RESPONSIBLE_LAST_NAME_REQUIRED,
            lastName(RESPONSIBLE),
            Choices::blank,
            always),
        set(
            "blank responsible first name",
            Rule.RESPONSIBLE_FIRST_NAME_REQUIRED,
            firstName(RESPONSIBLE),
            Choices::blank,
            always),
        set(
            "responsible last name too long",
            Rule.RESPONSIBLE_LAST_NAME_TOO_LONG,
            lastName(RESPONSIBLE),
            Choices::tooLong,
            always),
        set(
            "responsible first name too long",
            Rule.RESPONSIBLE_FIRST_NAME_TOO_LONG,
            firstName(RESPONSIBLE),
            Choices::tooLong,
            always),
        set(
            "responsible role not given",
            Rule.RESPONSIBLE_ROLE_REQUIRED,
            role(RESPONSIBLE),
            Choices::blankOrChoose,
            always),
        set(
            "responsible role outside the roles",
            Rule.VALUE_NOT_ALLOWED,
            role(RESPONSIBLE),
            c -> some(c.of(ROLES)),
            always),
        other(
            "other responsible without last name",
            Rule.OTHER_RESPONSIBLE_LAST_NAME_REQUIRED,
            lastName(OTHER),
            Choices::blank,
            always),
        other(
            "other responsible without first name",
            Rule.OTHER_RESPONSIBLE_FIRST_NAME_REQUIRED,
            firstName(OTHER),
            Choices::blank,
            always),
        other(
            "other responsible last name too long",
            Rule.OTHER_RESPONSIBLE_LAST_NAME_TOO_LONG,
            lastName(OTHER),
            Choices::tooLong,
            always),
        other(
            "other responsible first name too long",
            Rule.OTHER_RESPONSIBLE_FIRST_NAME_TOO_LONG,
            firstName(OTHER),
            Choices::tooLong,
            always),
        other(
            "other responsible without role",
            Rule.OTHER_RESPONSIBLE_ROLE_REQUIRED,
            role(OTHER),
            Choices::blankOrChoose,
            IdentityMutations::parentSectionKeptWithoutOtherRole),
        other(
            "other responsible role outside the roles",
            Rule.VALUE_NOT_ALLOWED,
            role(OTHER),
            c -> some(c.of(ROLES)),
            always),
        // §3 the parent, where the section applies
        set(
            "blank parent last name",
            Rule.PARENT_LAST_NAME_REQUIRED,
            lastName(PARENT),
            Choices::blank,
            applies),
        set(
            "blank parent first name",
            Rule.PARENT_FIRST_NAME_REQUIRED,
            firstName(PARENT),
            Choices::blank,
            applies),
        set(
            "parent last name too long",
            Rule.PARENT_LAST_NAME_TOO_LONG,
            lastName(PARENT),
            Choices::tooLong,
            applies),
        set(
            "parent first name too long",
            Rule.PARENT_FIRST_NAME_TOO_LONG,
            firstName(PARENT),
            Choices::tooLong,
            applies),
        set(
            "parent role not given",
            Rule.PARENT_ROLE_REQUIRED,
            role(PARENT),
            Choices::blankOrChoose,
            applies),
        set(
            "parent role not a parent role",
            Rule.PARENT_ROLE_NOT_A_PARENT,
            role(PARENT),
            c -> some(c.of(Identities.OTHER_ROLES).name()),
            applies),
        set(
            "parent role outside the roles",
            Rule.VALUE_NOT_ALLOWED,
            role(PARENT),
            c -> some(c.of(ROLES)),
            applies),
        new Mutation(
            "parent given where the section does not apply",
            Rule.PARENT_NOT_APPLICABLE,
            (record, c) ->
                Optional.of(record)
                    .filter(applies.negate())
                    .map(r -> new Broken(r, r.withParent(Option.some(someParent(c))), "parent"))),
        new Mutation(
            "responsible becomes a parent",
            Rule.PARENT_NOT_APPLICABLE,
            (record, c) ->
                Optional.of(record)
                    .filter(applies)
                    .map(
                        r ->
                            new Broken(
                                r,
                                role(RESPONSIBLE)
                                    .set()
                                    .apply(r, some(c.of(Identities.PARENT_ROLES).name())),
                                "parent"))),
        // §4 the address
        new Mutation(
            "no address",
            Rule.ADDRESS_REQUIRED,
            (record, c) ->
                Broken.of(
                    record,
                    record.withAddress(
                        c.below(2) == 0
                            ? Option.none()
                            : Option.some(
                                Address.builder()
                                    .civicNumber(c.blank())
                                    .civicSuffix(c.blank())
                                    .street(c.blank())
                                    .municipality(c.blank())
                                    .postalCode(c.blank())
                                    .apartment(c.blank())
                                    .build())),
                    "address")),
        set("blank civic number", Rule.ADDRESS_INCOMPLETE, CIVIC_NUMBER, Choices::blank, always),
        set("blank street", Rule.ADDRESS_INCOMPLETE, STREET, Choices::blank, always),
        set("blank municipality", Rule.ADDRESS_INCOMPLETE, MUNICIPALITY, Choices::blank, always),
        set("blank postal code", Rule.ADDRESS_INCOMPLETE, POSTAL_CODE, Choices::blank, always),
        set(
            "civic number not 1 to 6 ASCII digits",
            Rule.ADDRESS_CIVIC_NUMBER_FORMAT,
            CIVIC_NUMBER,
            c -> some(c.of(CIVIC_NUMBERS)),
            always),
        new Mutation(
            "postal code not A1A 1A1",
            Rule.ADDRESS_POSTAL_CODE_FORMAT,
            (record, c) ->
                Broken.of(
                    record,
                    POSTAL_CODE
                        .set()
                        .apply(
                            record, some(badPostalCode(POSTAL_CODE.get().apply(record).get(), c))),
                    POSTAL_CODE.path())));
  }

  /** Sets {@code field} to a value breaking {@code rule} there, in records where {@code when}. */
  private static Mutation set(
      String name,
      Rule rule,
      Field field,
      Function<Choices, Option<String>> value,
      Predicate<ParentChildRecord> when) {
    return new Mutation(
        name,
        rule,
        (record, c) ->
            Optional.of(record)
                .filter(when)
                .map(r -> new Broken(r, field.set().apply(r, value.apply(c)), field.path())));
  }

  /** Like {@link #set}, once the record has a complete other responsible (of no parent role). */
  private static Mutation other(
      String name,
      Rule rule,
      Field field,
      Function<Choices, Option<String>> value,
      Predicate<ParentChildRecord> when) {
    Mutation set = set(name, rule, field, value, when);
    return new Mutation(name, rule, (record, c) -> set.change().apply(withOther(record, c), c));
  }

  private static ParentChildRecord withOther(ParentChildRecord record, Choices c) {
    Option<Person> other = record.otherResponsible();
    boolean complete =
        other.exists(
            p ->
                Facts.given(p.lastName())
                    && Facts.given(p.firstName())
                    && Facts.role(other).isPresent());
    return complete
        ? record
        : record.withOtherResponsible(
            Option.some(Person.of(c.name(), c.name(), c.of(Identities.OTHER_ROLES))));
  }

  /** Taking the other responsible's role away does not make the parent section apply. */
  private static boolean parentSectionKeptWithoutOtherRole(ParentChildRecord record) {
    return !(Facts.child(record).bornOutsideQuebec().contains(true)
        && !Facts.hasParentRole(record.responsible())
        && Facts.hasParentRole(record.otherResponsible()));
  }

  /** A parent with a last name, a first name, a parent role, or all three. */
  private static Person someParent(Choices c) {
    Person full = Person.of(c.name(), c.name(), c.of(Identities.PARENT_ROLES));
    return switch (c.below(4)) {
      case 0 -> Person.builder().lastName(full.lastName()).build();
      case 1 -> Person.builder().firstName(full.firstName()).build();
      case 2 -> Person.builder().role(full.role()).build();
      default -> full;
    };
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

  private static Option<String> some(String value) {
    return Option.some(value);
  }
}
