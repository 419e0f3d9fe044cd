package io.github.childcarerules.testkit;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 */
public final class Mutations {
  private static final List<Mutation> OF_A_RECORD =
      Stream.concat(IdentityMutations.all().stream(), TimelineMutations.all().stream()).toList();
  private static final List<Mutation> ALL =
      Stream.concat(OF_A_RECORD.stream(), ChangeMutations.all().stream()).toList();
  private static final Map<Mutation, Arbitrary<Mutated>> ARBITRARIES =
      ALL.stream()
          .collect(
              Collectors.toMap(
                  mutation -> mutation, Mutations::arbitrary, (a, b) -> a, LinkedHashMap::new));
  private static final Arbitrary<Mutated> ANY =
      Arbitraries.oneOf(OF_A_RECORD.stream().map(ARBITRARIES::get).toList());
  private static final Arbitrary<Mutated> CHANGES =
      Arbitraries.oneOf(ChangeMutations.all().stream().map(ARBITRARIES::get).toList());

  private Mutations() {}

  /**
   * One mutation of one valid record, every kind of mutation as likely as any other: {@code
   * validate(mutated.record())} reports exactly its violation. Changes are not among them (see
   * {@link #changes()}).
   */
  public static Arbitrary<Mutated> any() {
    return ANY;
  }

  /**
   * One change of a saved valid record into a proposed valid record that {@code validateChange}
   * warns about ({@code SCHOOL_AGE_DATE_CHANGED}, {@code REDUCED_CONTRIBUTION_CHANGED}): {@code
   * validateChange(mutated.valid(), mutated.record())} reports exactly its violation ({@link
   * Mutated#report()}).
   */
  public static Arbitrary<Mutated> changes() {
    return CHANGES;
  }

  /**
   * Mutations that break {@code rule} (changes of a saved record for the rules of {@code
   * validateChange}: see {@link Mutated#isChange()}).
   *
   * @throws IllegalArgumentException when no mutation breaks it (see {@link #rules()})
   */
  public static Arbitrary<Mutated> breaking(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    List<Arbitrary<Mutated>> breaking =
        ALL.stream().filter(mutation -> mutation.rule() == rule).map(ARBITRARIES::get).toList();
    if (breaking.isEmpty()) {
      throw new IllegalArgumentException("No mutation breaks " + rule);
    }
    return Arbitraries.oneOf(breaking);
  }

  /** The rules some mutation breaks. */
  public static Set<Rule> rules() {
    EnumSet<Rule> rules = EnumSet.noneOf(Rule.class);
    ALL.forEach(mutation -> rules.add(mutation.rule()));
    return Set.copyOf(rules);
  }

  /** The kinds of mutation, by name. */
  static List<String> names() {
    return ALL.stream().map(Mutation::name).toList();
  }

  /** The mutations of one kind. */
  static Arbitrary<Mutated> named(String name) {
    return ALL.stream()
        .filter(mutation -> mutation.name().equals(name))
        .findFirst()
        .map(ARBITRARIES::get)
        .orElseThrow();
  }

  private static Arbitrary<Mutated> arbitrary(Mutation mutation) {
    return Combinators.combine(Records.valid(), Choices.drawn())
        .as(
            (ParentChildRecord valid, Choices.Drawn drawn) ->
                mutation.apply(valid, new Choices(drawn)))
        .filter(Optional::isPresent)
        .map(Optional::get);
  }
}
