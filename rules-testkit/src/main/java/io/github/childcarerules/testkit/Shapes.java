package io.github.childcarerules.testkit;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.testkit.Edits.Field;
import io.github.childcarerules.testkit.Places.DateField;
import io.github.childcarerules.testkit.Places.Ends;
import io.github.childcarerules.testkit.Row.Setter;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The setters and paths many rows share, written once: a text field set to a drawn value, a date
 * field malformed or left blank, an end moved before its start; a field's own path, a fixed path.
 */
final class Shapes {
  private Shapes() {}

  /** The text field set to the value drawn by {@code value}. */
  static Setter<Field> to(Function<Choices, Option<String>> value) {
    return (record, field, c) -> Option.some(field.set().apply(record, value.apply(c)));
  }

  /** {@code DATE_FORMAT}: the date field set to a string that is not a real date near its own. */
  static final Setter<DateField> MALFORMED =
      (record, field, c) -> Option.some(field.with(record, Option.some(c.malformed(field.date()))));

  /** The required date field left blank (absent, empty or white space). */
  static final Setter<DateField> BLANK =
      (record, field, c) -> Option.some(field.with(record, c.blank()));

  /** The end set 1 to 30 days before its start. */
  static final Setter<Ends> BEFORE_START =
      (record, ends, c) ->
          Option.some(ends.end().with(record, date(ends.start().minusDays(c.days(30)))));

  /** The path of the text field. */
  static final BiFunction<ParentChildRecord, Field, String> FIELD = (record, field) -> field.path();

  /** The path of the date field. */
  static final BiFunction<ParentChildRecord, DateField, String> DATE =
      (record, field) -> field.path();

  /** The path of the end. */
  static final BiFunction<ParentChildRecord, Ends, String> END =
      (record, ends) -> ends.end().path();

  /** The same path wherever the row applies. */
  static <T> BiFunction<ParentChildRecord, T, String> at(String path) {
    return (record, place) -> path;
  }

  /** The path of the agreement at the index, then {@code suffix}. */
  static BiFunction<ParentChildRecord, Integer, String> agreementPath(String suffix) {
    return (record, index) -> Edits.agreement(index) + suffix;
  }

  static Option<String> date(LocalDate day) {
    return Option.some(day.toString());
  }
}
