package io.github.childcarerules.testkit;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A valid record and one mutation of it that breaks exactly one rule at one path: validating {@code
 * record} reports exactly one violation, of {@code rule} at {@code path}. For a {@linkplain
 * #isChange() change} (a rule of {@code validateChange}), {@code valid} is the saved record and
 * {@code record} the proposed one: both are free of violations on their own, and {@code
 * validateChange(valid, record)} reports exactly that one violation; {@link #report()} runs the
 * right validation either way.
 *
 * @param mutation what was done, in words ({@code "blank child last name"})
 * @param valid the record before the mutation, which has no violation (for a change: the saved
 *     record)
 * @param record the mutated record
 * @param rule the one rule it breaks
 * @param path where that rule is reported (RULES.md "Where and how often")
 * @since 0.1.0
 */
public record Mutated(
    String mutation, ParentChildRecord valid, ParentChildRecord record, Rule rule, String path) {
  /** The rules of {@code validateChange}, which compare two records. */
  private static final Set<Rule> CHANGE_RULES =
      EnumSet.of(
          Rule.CHILD_BIRTH_DATE_IMMUTABLE,
          Rule.CHILD_NIREC_IMMUTABLE,
          Rule.CHILD_NECSG_IMMUTABLE,
          Rule.SCHOOL_AGE_DATE_CHANGED,
          Rule.REDUCED_CONTRIBUTION_CHANGED);

  /**
   * Every component is required (not null).
   *
   * @param mutation what was done, in words ({@code "blank child last name"})
   * @param valid the record before the mutation, which has no violation (for a change: the saved
   *     record)
   * @param record the mutated record
   * @param rule the one rule it breaks
   * @param path where that rule is reported (RULES.md "Where and how often")
   */
  public Mutated {
    Objects.requireNonNull(mutation, "mutation");
    Objects.requireNonNull(valid, "valid");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
  }

  /**
   * Whether the rule compares a saved record with a proposed one ({@code validateChange}).
   *
   * @return true for a rule of {@code validateChange}, false for one of {@code validate}
   */
  public boolean isChange() {
    return CHANGE_RULES.contains(rule);
  }

  /**
   * The report that shows the mutation: {@code validateChange(valid, record)} for a change, else
   * {@code validate(record)}. It holds exactly one violation, of {@link #rule()} at {@link
   * #path()}.
   *
   * @return the report that holds the mutation's one violation
   */
  public ValidationReport report() {
    return isChange()
        ? RecordValidator.validateChange(valid, record)
        : RecordValidator.validate(record);
  }

  /** The mutation, rule and path, then the mutated record. */
  @Override
  public String toString() {
    return mutation + " -> " + rule + " at '" + path + "' in " + record;
  }
}
