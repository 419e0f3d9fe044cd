package io.github.childcarerules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Severity;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Example;

/**
 * The mutation tables against the rule catalogue: every rule a single mutation of a record (or of a
 * saved record, for {@code validateChange}) can produce has at least one row; the rules that have
 * none are named here with the reason.
 */
class TablesTest {
  /** Why a rule of the catalogue has no row, or none when it must have one. */
  private static Option<String> whyNoRow(Rule rule) {
    return switch (rule) {
      case CHILD_BIRTH_DATE_IMMUTABLE, CHILD_NIREC_IMMUTABLE, CHILD_NECSG_IMMUTABLE ->
          Option.some(
              "an error of validateChange on a frozen field: the saved record must stay valid"
                  + " and the change is of every kind of value, which ChangeValidationTest draws"
                  + " for each frozen field");
      default ->
          rule.name().startsWith("SCENARIO_")
              ? Option.some("a rule of an allocation scenario (RULES.md §9), not of a record")
              : rule.severity() == Severity.INFO
                  ? Option.some("an event of the allocation trail, never reported on a record")
                  : Option.none();
    };
  }

  private static Set<Rule> rulesWithARow() {
    EnumSet<Rule> rules = EnumSet.noneOf(Rule.class);
    Mutations.rows().forEach(row -> rules.add(row.rule()));
    ChangeTable.MUTATIONS.forEach(mutation -> rules.add(mutation.rule()));
    return rules;
  }

  @Example
  void everyRuleOfTheCatalogueHasARowOrAReasonForNone() {
    Set<Rule> withRow = rulesWithARow();
    for (Rule rule : Rule.values()) {
      assertThat(withRow.contains(rule) || whyNoRow(rule).isDefined())
          .as("%s has no row and no reason for none", rule)
          .isTrue();
    }
  }

  @Example
  void noRuleWithARowIsListedAsHavingNone() {
    assertThat(rulesWithARow()).allSatisfy(rule -> assertThat(whyNoRow(rule)).isEmpty());
  }

  @Example
  void theRowsAreTheRecordMutationsAndEachNamesItsOwn() {
    Seq<String> names = Mutations.rows().map(Row::name);
    assertThat(names.distinct()).hasSameSizeAs(names);
    assertThat(Mutations.names())
        .containsExactlyElementsOf(names.appendAll(ChangeTable.MUTATIONS.map(Mutation::name)));
  }

  @Example
  void everySectionHasItsTable() {
    assertThat(
            List.of(
                ChildTable.ROWS,
                ResponsibleTable.ROWS,
                AddressTable.ROWS,
                BracketTable.ROWS,
                PeriodTable.ROWS,
                AgreementTable.ROWS,
                ScheduleTable.ROWS))
        .allSatisfy(table -> assertThat(table).isNotEmpty());
    assertThat(Mutations.rows())
        .hasSize(
            ChildTable.ROWS.size()
                + ResponsibleTable.ROWS.size()
                + AddressTable.ROWS.size()
                + BracketTable.ROWS.size()
                + PeriodTable.ROWS.size()
                + AgreementTable.ROWS.size()
                + ScheduleTable.ROWS.size());
  }
}
