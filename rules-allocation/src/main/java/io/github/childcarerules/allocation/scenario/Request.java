package io.github.childcarerules.allocation.scenario;

import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A request of a register (RULES.md §9 "Requests"): a modification request ({@code INCREASE} or
 * {@code DECREASE}) or an obtention request, from a provider, for a sector, received on a date, for
 * a number of places. A {@code DECREASE} also names its reason, its requested date and, for a
 * suspension, its end ({@code until}) and whether it is an emergency.
 */
@Value.Immutable
public abstract class Request {
  public abstract Option<String> id();

  /** {@link RequestType}. */
  public abstract Option<String> type();

  public abstract Option<String> provider();

  public abstract Option<String> sector();

  public abstract Option<String> receivedOn();

  public abstract Option<BigDecimal> places();

  /** {@link DecreaseReason}, for a {@code DECREASE}. */
  public abstract Option<String> reason();

  public abstract Option<String> requestedDate();

  /** The last day of a suspension. */
  public abstract Option<String> until();

  /** The date the BC sent its written answer, {@code YYYY-MM-DD}; absent while not answered. */
  public abstract Option<String> answeredOn();

  /** A suspension asked in an emergency takes effect at its requested date (absent is false). */
  @Value.Default
  public boolean emergency() {
    return false;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableRequest.Builder {
    /** Sets a whole number of places. */
    public final Builder places(long places) {
      return (Builder) places(BigDecimal.valueOf(places));
    }
  }
}
