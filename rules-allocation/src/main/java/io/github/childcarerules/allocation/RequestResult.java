package io.github.childcarerules.allocation;

import io.github.childcarerules.core.rule.Rule;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What became of one request (RULES.md §9 "Request outcomes"): its status, the places the board
 * authorized, the places it still asks for in the register, the date its written answer is due
 * (received + 30 days, {@code ALLOC_DECISION_DELAY}) and whether that answer is late, whether it
 * stays in the register, and for a {@code DECREASE} the date it takes effect and the rule that
 * decided it.
 */
public record RequestResult(
    String id,
    RequestStatus status,
    int placesGranted,
    int placesRemaining,
    LocalDate decisionDue,
    boolean late,
    Option<Boolean> keptInRegister,
    Option<LocalDate> effectiveOn,
    Option<Rule> rule) {
  public RequestResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(decisionDue, "decisionDue");
    Objects.requireNonNull(keptInRegister, "keptInRegister");
    Objects.requireNonNull(effectiveOn, "effectiveOn");
    Objects.requireNonNull(rule, "rule");
  }
}
