package io.github.childcarerules.testkit;

import static io.github.childcarerules.testkit.Edits.BIRTH_DATE;
import static io.github.childcarerules.testkit.Edits.CHILD;
import static io.github.childcarerules.testkit.Places.only;
import static io.github.childcarerules.testkit.Shapes.DATE;
import static io.github.childcarerules.testkit.Shapes.FIELD;
import static io.github.childcarerules.testkit.Shapes.MALFORMED;
import static io.github.childcarerules.testkit.Shapes.at;
import static io.github.childcarerules.testkit.Shapes.to;

import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.testkit.Edits.Field;
import io.github.childcarerules.testkit.Places.DateField;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.Predicate;

/** The mutation table of RULES.md §1, the child's identification. */
final class ChildTable {
  private static final Field LAST = CHILD.field("lastName", Child::lastName, Child::withLastName);
  private static final Field FIRST =
      CHILD.field("firstName", Child::firstName, Child::withFirstName);
  private static final Field SEX = CHILD.field("sex", Child::sex, Child::withSex);
  private static final Field NIREC = CHILD.field("nirec", Child::nirec, Child::withNirec);
  private static final Field NECSG = CHILD.field("necsg", Child::necsg, Child::withNecsg);
  private static final List<String> SEXES = List.of("Y", "U", "FEMALE", "f", "x", "?", "1");
  private static final Predicate<ParentChildRecord> ALWAYS = record -> true;
  private static final Predicate<ParentChildRecord> BORN_IN_QUEBEC =
      record -> Facts.child(record).bornOutsideQuebec().contains(false);

  static final Seq<Row<?>> ROWS =
      List.of(
          new Row<>(
              "blank child last name",
              Rule.CHILD_LAST_NAME_REQUIRED,
              only(LAST, Facts::childNamesRequired),
              to(Choices::blank),
              FIELD),
          new Row<>(
              "blank child first name",
              Rule.CHILD_FIRST_NAME_REQUIRED,
              only(FIRST, Facts::childNamesRequired),
              to(Choices::blank),
              FIELD),
          new Row<>(
              "child last name too long",
              Rule.CHILD_LAST_NAME_TOO_LONG,
              only(LAST, ALWAYS),
              to(Choices::tooLong),
              FIELD),
          new Row<>(
              "child first name too long",
              Rule.CHILD_FIRST_NAME_TOO_LONG,
              only(FIRST, ALWAYS),
              to(Choices::tooLong),
              FIELD),
          new Row<>(
              "blank sex", Rule.CHILD_SEX_REQUIRED, only(SEX, ALWAYS), to(Choices::blank), FIELD),
          new Row<>(
              "sex other than F, M, X",
              Rule.VALUE_NOT_ALLOWED,
              only(SEX, ALWAYS),
              to(c -> Option.some(c.of(SEXES))),
              FIELD),
          new Row<>(
              "blank birth date",
              Rule.CHILD_BIRTH_DATE_REQUIRED,
              only(BIRTH_DATE, ALWAYS),
              to(Choices::blank),
              FIELD),
          new Row<>(
              "malformed birth date", Rule.DATE_FORMAT, ChildTable::birthDate, MALFORMED, DATE),
          new Row<>(
              "born outside Québec not answered, NIREC given",
              Rule.CHILD_BORN_OUTSIDE_QUEBEC_REQUIRED,
              only(CHILD, record -> Facts.given(Facts.child(record).nirec())),
              (record, child, c) ->
                  Option.some(child.update(record, ch -> ch.withBornOutsideQuebec(Option.none()))),
              at("child.bornOutsideQuebec")),
          new Row<>(
              "blank NIREC of a child born in Québec",
              Rule.CHILD_NIREC_REQUIRED,
              only(NIREC, BORN_IN_QUEBEC),
              to(Choices::blank),
              FIELD),
          new Row<>(
              "NECSG given to a child born in Québec",
              Rule.CHILD_NECSG_NOT_APPLICABLE,
              only(NECSG, BORN_IN_QUEBEC),
              to(c -> Option.some(String.format("9%08d", c.below(100_000_000)))),
              FIELD));

  private ChildTable() {}

  private static Seq<DateField> birthDate(ParentChildRecord record) {
    return List.of(new DateField(BIRTH_DATE.path(), Facts.birth(record), BIRTH_DATE.set()));
  }
}
