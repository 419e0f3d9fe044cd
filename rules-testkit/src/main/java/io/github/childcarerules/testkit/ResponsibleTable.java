package io.github.childcarerules.testkit;

import static io.github.childcarerules.testkit.Edits.OTHER;
import static io.github.childcarerules.testkit.Edits.PARENT;
import static io.github.childcarerules.testkit.Edits.RESPONSIBLE;
import static io.github.childcarerules.testkit.Edits.firstName;
import static io.github.childcarerules.testkit.Edits.lastName;
import static io.github.childcarerules.testkit.Edits.role;
import static io.github.childcarerules.testkit.Places.only;
import static io.github.childcarerules.testkit.Shapes.FIELD;
import static io.github.childcarerules.testkit.Shapes.at;
import static io.github.childcarerules.testkit.Shapes.to;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.Person;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.testkit.Edits.Field;
import io.github.childcarerules.testkit.Row.Setter;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The mutation table of RULES.md §2 and §3: the responsible adults and, where the section applies,
 * the parent. Rows of the other responsible first make that person complete (names and a role that
 * is not a parent role), then set the field.
 */
final class ResponsibleTable {
  private static final List<String> ROLES =
      List.of("MOM", "mother", "Mother", "PARENT", "TUTOR", "GRANDMOTHER");
  private static final Predicate<ParentChildRecord> ALWAYS = record -> true;
  private static final Predicate<ParentChildRecord> APPLIES = Facts::parentSectionApplies;
  private static final Function<Choices, Option<String>> UNKNOWN_ROLE =
      c -> Option.some(c.of(ROLES));

  static final Seq<Row<?>> ROWS =
      List.of(
          // §2 the responsible
          new Row<>(
              "blank responsible last name",
              Rule.RESPONSIBLE_LAST_NAME_REQUIRED,
              only(lastName(RESPONSIBLE), ALWAYS),
              to(Choices::blank),
              FIELD),
          new Row<>(
              "blank responsible first name",
              Rule.RESPONSIBLE_FIRST_NAME_REQUIRED,
              only(firstName(RESPONSIBLE), ALWAYS),
              to(Choices::blank),
              FIELD),
          new Row<>(
              "responsible last name too long",
              Rule.RESPONSIBLE_LAST_NAME_TOO_LONG,
              only(lastName(RESPONSIBLE), ALWAYS),
              to(Choices::tooLong),
              FIELD),
          new Row<>(
              "responsible first name too long",
              Rule.RESPONSIBLE_FIRST_NAME_TOO_LONG,
              only(firstName(RESPONSIBLE), ALWAYS),
              to(Choices::tooLong),
              FIELD),
          new Row<>(
              "responsible role not given",
              Rule.RESPONSIBLE_ROLE_REQUIRED,
              only(role(RESPONSIBLE), ALWAYS),
              to(Choices::blankOrChoose),
              FIELD),
          new Row<>(
              "responsible role outside the roles",
              Rule.VALUE_NOT_ALLOWED,
              only(role(RESPONSIBLE), ALWAYS),
              to(UNKNOWN_ROLE),
              FIELD),
          // §2 the other responsible, made complete first
          new Row<>(
              "other responsible without last name",
              Rule.OTHER_RESPONSIBLE_LAST_NAME_REQUIRED,
              only(lastName(OTHER), ALWAYS),
              other(Choices::blank, ALWAYS),
              FIELD),
          new Row<>(
              "other responsible without first name",
              Rule.OTHER_RESPONSIBLE_FIRST_NAME_REQUIRED,
              only(firstName(OTHER), ALWAYS),
              other(Choices::blank, ALWAYS),
              FIELD),
          new Row<>(
              "other responsible last name too long",
              Rule.OTHER_RESPONSIBLE_LAST_NAME_TOO_LONG,
              only(lastName(OTHER), ALWAYS),
              other(Choices::tooLong, ALWAYS),
              FIELD),
          new Row<>(
              "other responsible first name too long",
              Rule.OTHER_RESPONSIBLE_FIRST_NAME_TOO_LONG,
              only(firstName(OTHER), ALWAYS),
              other(Choices::tooLong, ALWAYS),
              FIELD),
          new Row<>(
              "other responsible without role",
              Rule.OTHER_RESPONSIBLE_ROLE_REQUIRED,
              only(role(OTHER), ALWAYS),
              other(Choices::blankOrChoose, ResponsibleTable::parentSectionKeptWithoutOtherRole),
              FIELD),
          new Row<>(
              "other responsible role outside the roles",
              Rule.VALUE_NOT_ALLOWED,
              only(role(OTHER), ALWAYS),
              other(UNKNOWN_ROLE, ALWAYS),
              FIELD),
          // §3 the parent, where the section applies
          new Row<>(
              "blank parent last name",
              Rule.PARENT_LAST_NAME_REQUIRED,
              only(lastName(PARENT), APPLIES),
              to(Choices::blank),
              FIELD),
          new Row<>(
              "blank parent first name",
              Rule.PARENT_FIRST_NAME_REQUIRED,
              only(firstName(PARENT), APPLIES),
              to(Choices::blank),
              FIELD),
          new Row<>(
              "parent last name too long",
              Rule.PARENT_LAST_NAME_TOO_LONG,
              only(lastName(PARENT), APPLIES),
              to(Choices::tooLong),
              FIELD),
          new Row<>(
              "parent first name too long",
              Rule.PARENT_FIRST_NAME_TOO_LONG,
              only(firstName(PARENT), APPLIES),
              to(Choices::tooLong),
              FIELD),
          new Row<>(
              "parent role not given",
              Rule.PARENT_ROLE_REQUIRED,
              only(role(PARENT), APPLIES),
              to(Choices::blankOrChoose),
              FIELD),
          new Row<>(
              "parent role not a parent role",
              Rule.PARENT_ROLE_NOT_A_PARENT,
              only(role(PARENT), APPLIES),
              to(c -> Option.some(c.of(Identities.OTHER_ROLES).name())),
              FIELD),
          new Row<>(
              "parent role outside the roles",
              Rule.VALUE_NOT_ALLOWED,
              only(role(PARENT), APPLIES),
              to(UNKNOWN_ROLE),
              FIELD),
          new Row<>(
              "parent given where the section does not apply",
              Rule.PARENT_NOT_APPLICABLE,
              only(PARENT, APPLIES.negate()),
              (record, parent, c) -> Option.some(record.withParent(Option.some(someParent(c)))),
              at("parent")),
          new Row<>(
              "responsible becomes a parent",
              Rule.PARENT_NOT_APPLICABLE,
              only(role(RESPONSIBLE), APPLIES),
              to(c -> Option.some(c.of(Identities.PARENT_ROLES).name())),
              at("parent")));

  private ResponsibleTable() {}

  /**
   * The other responsible made complete (when it is not), then the field set to the value drawn,
   * when {@code when} holds of the completed record.
   */
  private static Setter<Field> other(
      Function<Choices, Option<String>> value, Predicate<ParentChildRecord> when) {
    return (record, field, c) ->
        Option.some(withOther(record, c))
            .filter(when)
            .map(complete -> field.set().apply(complete, value.apply(c)));
  }

  private static ParentChildRecord withOther(ParentChildRecord record, Choices c) {
    Option<Person> other = record.otherResponsible();
    boolean complete =
        other.exists(
            p ->
                Facts.given(p.lastName())
                    && Facts.given(p.firstName())
                    && Facts.roleOf(other).isDefined());
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
}
