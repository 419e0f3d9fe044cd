package io.github.childcarerules.testkit;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.testkit.Mutation.Broken;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One row of a mutation table: a mutation that breaks exactly one rule of a valid record. Its
 * columns read left to right: what it does ({@code name}), the {@code rule} it breaks, where it
 * applies ({@code target}: the places a valid record offers it, none when it has no place), how it
 * sets the value ({@code setter}: the mutated record, none when the drawn change does not fit), and
 * the {@code path} of the one violation expected. One place is drawn among the targets, then the
 * setter draws its values.
 *
 * @param <T> what a place is: a field, the index of an agreement, a schedule, a pair of dates...
 */
record Row<T>(
    String name,
    Rule rule,
    Function<ParentChildRecord, ? extends Seq<T>> target,
    Setter<T> setter,
    BiFunction<ParentChildRecord, T, String> path) {

  /** How a row changes one place of a valid record. */
  @FunctionalInterface
  interface Setter<T> {
    /** The record with {@code place} changed, or none when the drawn change does not fit. */
    Option<ParentChildRecord> set(ParentChildRecord record, T place, Choices choices);
  }

  /** The row as a mutation of a valid record: {@code valid} becomes the mutated record. */
  Mutation mutation() {
    return new Mutation(
        name,
        rule,
        (valid, choices) -> draw(valid, choices).map(made -> new Broken(valid, made._1, made._2)));
  }

  /**
   * The row as a change whose valid record is the proposed one: the setter gives the saved record
   * ({@code validateChange(saved, valid)} reports the rule).
   */
  Mutation savedBefore() {
    return new Mutation(
        name,
        rule,
        (proposed, choices) ->
            draw(proposed, choices).map(made -> new Broken(made._1, proposed, made._2)));
  }

  private Option<io.vavr.Tuple2<ParentChildRecord, String>> draw(
      ParentChildRecord record, Choices choices) {
    Seq<T> places = target.apply(record);
    if (places.isEmpty()) {
      return Option.none();
    }
    T place = choices.of(places);
    return setter
        .set(record, place, choices)
        .map(made -> io.vavr.Tuple.of(made, path.apply(record, place)));
  }
}
