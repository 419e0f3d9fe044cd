package io.github.childcarerules.occupation;

import io.github.childcarerules.core.period.DatePeriod;
import org.immutables.value.Value;

/** The half-days planned in one period of a {@link Grouping}, cut at the counted range's ends. */
@Value.Immutable
public abstract class PeriodCount implements WithPeriodCount {
  /** The period's days, both ends included. */
  @Value.Parameter
  public abstract DatePeriod period();

  @Value.Parameter
  public abstract long halfDays();

  public static PeriodCount of(DatePeriod period, long halfDays) {
    return ImmutablePeriodCount.of(period, halfDays);
  }
}
