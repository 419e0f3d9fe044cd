package io.github.childcarerules.testkit;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Rule;
import java.util.Objects;

/**
 * A valid record and one mutation of it that breaks exactly one rule at one path: validating {@code
 * record} reports exactly one violation, of {@code rule} at {@code path}.
 *
 * @param mutation what was done, in words ({@code "blank child last name"})
 * @param valid the record before the mutation, which has no violation
 * @param record the mutated record
 * @param rule the one rule it breaks
 * @param path where that rule is reported (RULES.md "Where and how often")
 */
public record Mutated(
    String mutation, ParentChildRecord valid, ParentChildRecord record, Rule rule, String path) {
  public Mutated {
    Objects.requireNonNull(mutation, "mutation");
    Objects.requireNonNull(valid, "valid");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
  }

  /** The mutation, rule and path, then the mutated record. */
  @Override
  public String toString() {
    return mutation + " -> " + rule + " at '" + path + "' in " + record;
  }
}
