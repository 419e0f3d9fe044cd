package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.core.period.IsoDate;
import io.github.childcarerules.core.rule.Rule;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Period;

/**
 * The written, reasoned answer due within 30 days of receipt for every request, in all cases (POL
 * "Demande d'ajout", "dans tous les cas"; {@code ALLOC_DECISION_DELAY}), and whether it is late.
 */
final class Delay {
  private static final Period DELAY = Rule.ALLOC_DECISION_DELAY.limit().get();

  private final LocalDate asOf;

  Delay(LocalDate asOf) {
    this.asOf = asOf;
  }

  /**
   * Refuses a receipt whose written answer would be due after 9999-12-31: no date past 9999 is
   * written (FORMAT.md dates are {@code YYYY-MM-DD}).
   *
   * @throws IllegalArgumentException naming {@code path}, when {@code received} plus the 30 days
   *     passes 9999-12-31
   */
  static void requireWritable(LocalDate received, String path) {
    if (!isWritable(received)) {
      throw new IllegalArgumentException(
          path + ": " + received + " plus the 30 days of the written answer passes " + IsoDate.MAX);
    }
  }

  /** Whether the written answer to a request received on {@code received} is due by 9999-12-31. */
  static boolean isWritable(LocalDate received) {
    return !received.plus(DELAY).isAfter(IsoDate.MAX);
  }

  /** The date the written answer is due. */
  LocalDate due(LocalDate received) {
    return received.plus(DELAY);
  }

  /** Answered after {@code due}, or not answered and the run is after {@code due}. */
  boolean late(LocalDate due, Option<LocalDate> answeredOn) {
    return answeredOn.getOrElse(asOf).isAfter(due);
  }
}
