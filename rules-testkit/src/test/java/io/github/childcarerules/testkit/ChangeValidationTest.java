package io.github.childcarerules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.RecordValidator;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** RULES.md §1: birth date, NIREC and NECSG may not change once a record is saved. */
class ChangeValidationTest {
  /** One of the three fields that may not change: its rule, its path, how to read and set it. */
  enum Frozen {
    BIRTH_DATE(
        Rule.CHILD_BIRTH_DATE_IMMUTABLE, "child.birthDate", Child::birthDate, Child::withBirthDate),
    NIREC(Rule.CHILD_NIREC_IMMUTABLE, "child.nirec", Child::nirec, Child::withNirec),
    NECSG(Rule.CHILD_NECSG_IMMUTABLE, "child.necsg", Child::necsg, Child::withNecsg);

    final Rule rule;
    final String path;
    final Function<Child, Option<String>> get;
    final BiFunction<Child, Option<String>, Child> set;

    Frozen(
        Rule rule,
        String path,
        Function<Child, Option<String>> get,
        BiFunction<Child, Option<String>, Child> set) {
      this.rule = rule;
      this.path = path;
      this.get = get;
      this.set = set;
    }

    Option<String> of(ParentChildRecord record) {
      return get.apply(Facts.child(record));
    }

    ParentChildRecord with(ParentChildRecord record, Option<String> value) {
      return Edits.CHILD.update(record, child -> set.apply(child, value));
    }

    /** As compared: surrounding white space removed, blank counting as absent. */
    Option<String> entered(ParentChildRecord record) {
      return of(record).map(String::strip).filter(text -> !text.isEmpty());
    }
  }

  @Property
  void validatingARecordAgainstItselfAddsNothing(@ForAll("anyRecords") ParentChildRecord record) {
    assertThat(RecordValidator.validateChange(record, record).violations())
        .isEqualTo(RecordValidator.validate(record).violations());
  }

  @Property
  void changingOneFrozenFieldOfAValidRecordAddsExactlyItsImmutableRule(
      @ForAll("valid") ParentChildRecord saved,
      @ForAll Frozen field,
      @ForAll("otherValues") String other,
      @ForAll @IntRange(min = 1, max = 900) int daysEarlier) {
    Assume.that(field != Frozen.NIREC || Facts.given(field.of(saved)));
    // an NECSG on a child born in Québec is a warning of its own (CHILD_NECSG_NOT_APPLICABLE)
    Assume.that(field != Frozen.NECSG || !Facts.child(saved).bornOutsideQuebec().contains(false));
    // the same value drawn again would clear the field instead of changing it
    Assume.that(field == Frozen.BIRTH_DATE || !field.of(saved).contains(other));
    Option<String> value =
        Option.some(
            field == Frozen.BIRTH_DATE
                ? Facts.birth(saved).minusDays(daysEarlier).toString()
                : other);
    ParentChildRecord proposed = field.with(saved, value);

    assertThat(RecordValidator.validateChange(saved, proposed).violations())
        .extracting(Violation::rule, Violation::path)
        .containsExactly(tuple(field.rule, field.path));
  }

  @Property
  void aChangeAddsTheChangeRulesOfWhatItChangesAndNothingElse(
      @ForAll("changes") List<ParentChildRecord> savedAndProposed) {
    ParentChildRecord saved = savedAndProposed.get(0);
    ParentChildRecord proposed = savedAndProposed.get(1);
    List<Found> expected =
        new ArrayList<>(
            RecordValidator.validate(proposed).violations().map(Found::of).toJavaList());
    for (Frozen field : Frozen.values()) {
      if (!field.entered(saved).equals(field.entered(proposed))) {
        expected.add(new Found(field.path, field.rule.name()));
      }
    }
    if (!entered(saved.ageBrackets().get("SCHOOL_AGE"))
        .equals(entered(proposed.ageBrackets().get("SCHOOL_AGE")))) {
      expected.add(new Found("ageBrackets.SCHOOL_AGE", "SCHOOL_AGE_DATE_CHANGED"));
    }
    for (int i = 0; i < Math.min(saved.agreements().size(), proposed.agreements().size()); i++) {
      var before = saved.agreements().get(i);
      if (!before.isAbsent()
          && !before.reducedContribution()
          && proposed.agreements().get(i).reducedContribution()) {
        expected.add(
            new Found("agreements[" + i + "].reducedContribution", "REDUCED_CONTRIBUTION_CHANGED"));
      }
    }
    expected.sort(Comparator.comparing(Found::path).thenComparing(Found::rule));

    assertThat(RecordValidator.validateChange(saved, proposed).violations().map(Found::of))
        .containsExactlyElementsOf(expected);
  }

  /** As compared: surrounding white space removed, blank counting as absent. */
  private static String entered(Option<String> value) {
    return value.map(String::strip).getOrElse("");
  }

  /** A violation by its path and rule id, the order of every report. */
  record Found(String path, String rule) {
    static Found of(Violation violation) {
      return new Found(violation.path(), violation.rule().name());
    }
  }

  @Property
  void whiteSpaceAroundAnUnchangedValueAddsNothing(
      @ForAll("valid") ParentChildRecord saved,
      @ForAll("padding") String before,
      @ForAll("padding") String after) {
    ParentChildRecord proposed = saved;
    for (Frozen field : Frozen.values()) {
      proposed = field.with(proposed, Option.some(before + field.of(saved).getOrElse("") + after));
    }

    assertThat(RecordValidator.validateChange(saved, proposed).violations())
        .isEqualTo(RecordValidator.validate(proposed).violations());
  }

  @Provide
  Arbitrary<ParentChildRecord> valid() {
    return Records.valid();
  }

  @Provide
  Arbitrary<ParentChildRecord> anyRecords() {
    return Arbitraries.oneOf(Records.valid(), Junk.records());
  }

  @Provide
  Arbitrary<String> otherValues() {
    return Arbitraries.oneOf(Texts.nirec(), Texts.necsg());
  }

  @Provide
  Arbitrary<String> padding() {
    return Arbitraries.of("", " ", "  ", "\t", "\n", "\u2003");
  }

  /**
   * A saved record and a proposed one: a valid record and the same with junk (either way round), or
   * a valid record whose frozen fields are changed, blanked, padded or malformed, whose school-age
   * date is changed likewise and whose agreements' contributions are flipped now and then.
   */
  @Provide
  Arbitrary<List<ParentChildRecord>> changes() {
    Arbitrary<List<ParentChildRecord>> junk =
        Combinators.combine(Junk.validAndJunk(), Arbitraries.of(true, false))
            .as((pair, validFirst) -> validFirst ? pair : List.of(pair.get(1), pair.get(0)));
    Arbitrary<Option<String>> values =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(2, Arbitraries.just(Option.<String>none())),
            net.jqwik.api.Tuple.of(2, Texts.blank()),
            net.jqwik.api.Tuple.of(2, Texts.nirec().map(Option::some)),
            net.jqwik.api.Tuple.of(1, Texts.necsg().map(Option::some)),
            net.jqwik.api.Tuple.of(
                2,
                Arbitraries.of("2020-02-29", "2013-02-29", " 2021-05-01 ", "2021-05-01")
                    .map(Option::some)));
    Arbitrary<List<ParentChildRecord>> changed =
        Combinators.combine(
                Records.valid(),
                values.optional(0.5).list().ofSize(4),
                Arbitraries.of(true, false).list().ofSize(4))
            .as(
                (saved, changes, flips) -> {
                  ParentChildRecord proposed = saved;
                  for (Frozen field : Frozen.values()) {
                    var change = changes.get(field.ordinal());
                    if (change.isPresent()) {
                      proposed = field.with(proposed, change.get());
                    }
                  }
                  var schoolAge = changes.get(3);
                  if (schoolAge.isPresent()) {
                    proposed =
                        proposed.withAgeBrackets(
                            schoolAge.get().isEmpty()
                                ? proposed.ageBrackets().remove("SCHOOL_AGE")
                                : proposed.ageBrackets().put("SCHOOL_AGE", schoolAge.get().get()));
                  }
                  for (int i = 0; i < proposed.agreements().size(); i++) {
                    if (flips.get(i)) {
                      proposed =
                          proposed.withAgreements(
                              proposed
                                  .agreements()
                                  .update(
                                      i, a -> a.withReducedContribution(!a.reducedContribution())));
                    }
                  }
                  return List.of(saved, proposed);
                });
    return Arbitraries.oneOf(junk, changed);
  }
}
