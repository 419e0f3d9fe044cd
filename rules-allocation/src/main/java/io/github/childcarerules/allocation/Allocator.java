package io.github.childcarerules.allocation;

import io.github.childcarerules.allocation.internal.Engine;
import io.github.childcarerules.allocation.internal.ScenarioReader;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.collection.List;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * The two-step allocation of subsidized places (RULES.md §9, POL "Étape 1" and "Étape 2"): the
 * scenario is checked first; a scenario with any {@code ERROR} allocates nothing.
 *
 * @since 0.1.0
 */
public final class Allocator {
  private Allocator() {}

  /**
   * The scenario checks of RULES.md §9, every problem at its path, sorted by path then rule id.
   *
   * @param scenario the scenario, as entered
   * @return the report; the scenario can be allocated when it is valid
   * @throws IllegalArgumentException when a request is received after 9999-12-01: its written
   *     answer would be due after 9999-12-31, a date no document writes (the message names its
   *     path)
   */
  public static ValidationReport check(Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    return ValidationReport.of(
        ScenarioReader.read(scenario).fold(found -> found, read -> List.empty()));
  }

  /**
   * The decisions of a run: {@code valid(result)} when the scenario has no {@code ERROR}, else
   * {@code invalid(report)} with every problem, and nothing allocated.
   *
   * @param scenario the scenario, as entered
   * @return the result, or the report of {@link #check} when it has an error
   * @throws IllegalArgumentException when a request is received after 9999-12-01 (see {@link
   *     #check})
   */
  public static Validation<ValidationReport, AllocationResult> allocate(Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    return ScenarioReader.read(scenario).bimap(ValidationReport::of, Engine::allocate);
  }
}
