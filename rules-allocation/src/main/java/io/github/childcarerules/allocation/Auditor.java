package io.github.childcarerules.allocation;

import io.github.childcarerules.allocation.internal.Audit;
import io.github.childcarerules.allocation.internal.ScenarioReader;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * The audit of a coordinating office's actual decisions against its policy (RULES.md §10): the
 * scenario's {@code boardDecisions} are what the board decided and its {@code lettersSent} the
 * letters sent; the audit replays §9 batch by batch on the real state of the register and tells
 * where what was done departs from it. The scenario is checked first, as for {@link Allocator}.
 *
 * @since 0.1.0
 */
public final class Auditor {
  private Auditor() {}

  /**
   * The departures of a scenario's decisions from the policy: {@code valid(result)} when the
   * scenario has no {@code ERROR}, else {@code invalid(report)} with every problem, and nothing
   * audited.
   *
   * @param scenario the scenario, as entered
   * @return the audit, or the report of {@link Allocator#check} when it has an error
   * @throws IllegalArgumentException when a request is received after 9999-12-01 (see {@link
   *     Allocator#check})
   */
  public static Validation<ValidationReport, AuditResult> audit(Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    return ScenarioReader.read(scenario).bimap(ValidationReport::of, Audit::of);
  }
}
