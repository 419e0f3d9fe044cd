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
 *
 * @param id the request's id
 * @param status what the run made of it
 * @param placesGranted the places the board authorized for it
 * @param placesRemaining the places it still asks for and keeps in the register: 0 once withdrawn
 *     in the run, and 0 for a {@code DECREASE}
 * @param decisionDue the last day its written answer may be sent
 * @param late whether that answer is late
 * @param keptInRegister {@code false} once it was withdrawn in the run, {@code true} when it was
 *     not maintained but kept; none when neither happened (the table of RULES.md §9 "Request
 *     outcomes")
 * @param effectiveOn the day a {@code DECREASE} takes effect, none for other requests
 * @param rule the rule that decided a {@code DECREASE}, none for other requests
 * @since 0.1.0
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
  /**
   * What became of a request; every argument is required (absent values are none, never null).
   *
   * @param id the request's id
   * @param status what the run made of it
   * @param placesGranted the places the board authorized for it
   * @param placesRemaining the places it still asks for and keeps in the register: 0 once withdrawn
   *     in the run, and 0 for a {@code DECREASE}
   * @param decisionDue the last day its written answer may be sent
   * @param late whether that answer is late
   * @param keptInRegister {@code false} once it was withdrawn in the run, {@code true} when it was
   *     not maintained but kept; none when neither happened (the table of RULES.md §9 "Request
   *     outcomes")
   * @param effectiveOn the day a {@code DECREASE} takes effect, none for other requests
   * @param rule the rule that decided a {@code DECREASE}, none for other requests
   */
  public RequestResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(decisionDue, "decisionDue");
    Objects.requireNonNull(keptInRegister, "keptInRegister");
    Objects.requireNonNull(effectiveOn, "effectiveOn");
    Objects.requireNonNull(rule, "rule");
  }
}
