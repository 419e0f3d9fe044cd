package io.github.childcarerules.testkit;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Single mutations of valid records: each breaks exactly one rule of RULES.md §1–7 at one known
 * path, following its conventions ("Where and how often", no cascade from a malformed date, a value
 * outside its enumeration, blank counting as absent).
 *
 * <pre>{@code
 * @Property
 * void everyMutationIsReportedAlone(@ForAll("mutations") Mutated mutated) {
 *   assertThat(RecordValidator.validate(mutated.record()).violations())
 *       .extracting(Violation::rule, Violation::path)
 *       .containsExactly(tuple(mutated.rule(), mutated.path()));
 * }
 *
 * @Provide
 * Arbitrary<Mutated> mutations() {
 *   return Mutations.any();
 * }
 * }</pre>
 *
 * <p>Every error rule that one change can reach is covered, and every warning ({@link #rules()}),
 * the two warnings of {@code validateChange} as changes of a saved record ({@link #changes()});
 * only the {@code *_IMMUTABLE} rules are left out. Mutations are picked evenly, each applied to a
 * valid record that has a place for it (a parent section, a transitional measure, a second age
 * bracket...).
 *
 * <p>The mutations are read from tables, one a section of the record (the child, the responsible
 * adults and the parent, the address, the age brackets, the special periods, the agreements, the
 * schedules, the changes of a saved record): each row names a mutation, the rule it breaks, where
 * it applies, how it sets the value and the path expected, so that adding a mutation is adding a
 * row.
 *
 * @since 0.1.0
 */
public final class Mutations {
  /** The tables of single mutations of a record, one a section. */
  private static final Seq<Row<?>> TABLES =
      List.<Row<?>>empty()
          .appendAll(ChildTable.ROWS)
          .appendAll(ResponsibleTable.ROWS)
          .appendAll(AddressTable.ROWS)
          .appendAll(BracketTable.ROWS)
          .appendAll(PeriodTable.ROWS)
          .appendAll(AgreementTable.ROWS)
          .appendAll(ScheduleTable.ROWS);

  private static final Seq<Mutation> OF_A_RECORD = TABLES.map(Row::mutation);
  private static final Seq<Mutation> ALL = OF_A_RECORD.appendAll(ChangeTable.MUTATIONS);
  private static final Map<String, Arbitrary<Mutated>> ARBITRARIES =
      LinkedHashMap.ofEntries(
          ALL.map(mutation -> io.vavr.Tuple.of(mutation.name(), arbitrary(mutation))));
  private static final Arbitrary<Mutated> ANY = oneOf(OF_A_RECORD);
  private static final Arbitrary<Mutated> CHANGES = oneOf(ChangeTable.MUTATIONS);

  private Mutations() {}

  /**
   * One mutation of one valid record, every kind of mutation as likely as any other: {@code
   * validate(mutated.record())} reports exactly its violation. Changes are not among them (see
   * {@link #changes()}).
   *
   * @return mutated records, each with the one rule it breaks and the path of its violation
   */
  public static Arbitrary<Mutated> any() {
    return ANY;
  }

  /**
   * One change of a saved valid record into a proposed valid record that {@code validateChange}
   * warns about ({@code SCHOOL_AGE_DATE_CHANGED}, {@code REDUCED_CONTRIBUTION_CHANGED}): {@code
   * validateChange(mutated.valid(), mutated.record())} reports exactly its violation ({@link
   * Mutated#report()}).
   *
   * @return changes, {@code valid} the saved record and {@code record} the proposed one
   */
  public static Arbitrary<Mutated> changes() {
    return CHANGES;
  }

  /**
   * Mutations that break {@code rule} (changes of a saved record for the rules of {@code
   * validateChange}: see {@link Mutated#isChange()}).
   *
   * @param rule the rule to break
   * @return mutated records breaking that rule alone
   * @throws IllegalArgumentException when no mutation breaks it (see {@link #rules()})
   */
  public static Arbitrary<Mutated> breaking(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    Seq<Mutation> breaking = ALL.filter(mutation -> mutation.rule() == rule);
    if (breaking.isEmpty()) {
      throw new IllegalArgumentException("No mutation breaks " + rule);
    }
    return oneOf(breaking);
  }

  /**
   * The rules some mutation breaks.
   *
   * @return those rules, unmodifiable
   */
  public static Set<Rule> rules() {
    EnumSet<Rule> rules = EnumSet.noneOf(Rule.class);
    ALL.forEach(mutation -> rules.add(mutation.rule()));
    return Set.copyOf(rules);
  }

  /** The kinds of mutation, by name. */
  static java.util.List<String> names() {
    return ALL.map(Mutation::name).toJavaList();
  }

  /** The mutations of one kind. */
  static Arbitrary<Mutated> named(String name) {
    return ARBITRARIES.get(name).get();
  }

  /** The rows of the tables of single mutations of a record (the changes are not rows of them). */
  static Seq<Row<?>> rows() {
    return TABLES;
  }

  private static Arbitrary<Mutated> oneOf(Seq<Mutation> mutations) {
    return Arbitraries.oneOf(
        mutations.map(mutation -> ARBITRARIES.get(mutation.name()).get()).toJavaList());
  }

  private static Arbitrary<Mutated> arbitrary(Mutation mutation) {
    return Combinators.combine(Records.valid(), Choices.drawn())
        .as(
            (ParentChildRecord valid, Choices.Drawn drawn) ->
                mutation.apply(valid, new Choices(drawn)))
        .filter(Option::isDefined)
        .map(Option::get);
  }
}
