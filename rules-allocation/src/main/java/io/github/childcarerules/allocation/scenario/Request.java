package io.github.childcarerules.allocation.scenario;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A request of a register (RULES.md §9 "Requests"): a modification request ({@code INCREASE} or
 * {@code DECREASE}) or an obtention request, from a provider, for a sector, received on a date, for
 * a number of places. A {@code DECREASE} also names its reason, its requested date and, for a
 * suspension, its end ({@code until}) and whether it is an emergency.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Request implements WithRequest {
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

  /** A copy with {@link #id()} set to {@code value}; {@code null} means absent. */
  public abstract Request withId(@Nullable String value);

  /** A copy with {@link #type()} set to {@code value}; {@code null} means absent. */
  public abstract Request withType(@Nullable String value);

  /** A copy with {@link #provider()} set to {@code value}; {@code null} means absent. */
  public abstract Request withProvider(@Nullable String value);

  /** A copy with {@link #sector()} set to {@code value}; {@code null} means absent. */
  public abstract Request withSector(@Nullable String value);

  /** A copy with {@link #receivedOn()} set to {@code value}; {@code null} means absent. */
  public abstract Request withReceivedOn(@Nullable String value);

  /** A copy with {@link #places()} set to {@code value}; {@code null} means absent. */
  public abstract Request withPlaces(@Nullable BigDecimal value);

  /** A copy with {@link #reason()} set to {@code value}; {@code null} means absent. */
  public abstract Request withReason(@Nullable String value);

  /** A copy with {@link #requestedDate()} set to {@code value}; {@code null} means absent. */
  public abstract Request withRequestedDate(@Nullable String value);

  /** A copy with {@link #until()} set to {@code value}; {@code null} means absent. */
  public abstract Request withUntil(@Nullable String value);

  /** A copy with {@link #answeredOn()} set to {@code value}; {@code null} means absent. */
  public abstract Request withAnsweredOn(@Nullable String value);

  /** A copy with {@link #type()} set to {@code value}; {@code null} means absent. */
  public final Request withType(@Nullable RequestType value) {
    return withType(Option.of(value).map(RequestType::name));
  }

  /** A copy with {@link #receivedOn()} set to {@code date}; {@code null} means absent. */
  public final Request withReceivedOn(@Nullable LocalDate date) {
    return withReceivedOn(Option.of(date).map(LocalDate::toString));
  }

  /** A copy with {@link #reason()} set to {@code value}; {@code null} means absent. */
  public final Request withReason(@Nullable DecreaseReason value) {
    return withReason(Option.of(value).map(DecreaseReason::name));
  }

  /** A copy with {@link #requestedDate()} set to {@code date}; {@code null} means absent. */
  public final Request withRequestedDate(@Nullable LocalDate date) {
    return withRequestedDate(Option.of(date).map(LocalDate::toString));
  }

  /** A copy with {@link #until()} set to {@code date}; {@code null} means absent. */
  public final Request withUntil(@Nullable LocalDate date) {
    return withUntil(Option.of(date).map(LocalDate::toString));
  }

  /** A copy with {@link #answeredOn()} set to {@code date}; {@code null} means absent. */
  public final Request withAnsweredOn(@Nullable LocalDate date) {
    return withAnsweredOn(Option.of(date).map(LocalDate::toString));
  }

  /** A builder with every field absent (or at its default). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Request}: a plain value or {@code null} (absent) for each field, or a
   * Vavr {@code Option}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableRequest.Builder {
    /** Sets {@link Request#type()} to {@code value}; {@code null} means absent. */
    public Builder type(@Nullable RequestType value) {
      return type(Option.of(value).map(RequestType::name));
    }

    /** Sets {@link Request#receivedOn()} to {@code date}; {@code null} means absent. */
    public Builder receivedOn(@Nullable LocalDate date) {
      return receivedOn(Option.of(date).map(LocalDate::toString));
    }

    /** Sets {@link Request#places()} to a whole number. */
    public Builder places(long value) {
      return places(BigDecimal.valueOf(value));
    }

    /** Sets {@link Request#reason()} to {@code value}; {@code null} means absent. */
    public Builder reason(@Nullable DecreaseReason value) {
      return reason(Option.of(value).map(DecreaseReason::name));
    }

    /** Sets {@link Request#requestedDate()} to {@code date}; {@code null} means absent. */
    public Builder requestedDate(@Nullable LocalDate date) {
      return requestedDate(Option.of(date).map(LocalDate::toString));
    }

    /** Sets {@link Request#until()} to {@code date}; {@code null} means absent. */
    public Builder until(@Nullable LocalDate date) {
      return until(Option.of(date).map(LocalDate::toString));
    }

    /** Sets {@link Request#answeredOn()} to {@code date}; {@code null} means absent. */
    public Builder answeredOn(@Nullable LocalDate date) {
      return answeredOn(Option.of(date).map(LocalDate::toString));
    }
  }
}
