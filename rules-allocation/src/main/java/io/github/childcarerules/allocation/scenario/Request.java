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
  /** {@return the request's identifier, which board decisions name} */
  public abstract Option<String> id();

  /** {@return one of {@link RequestType}'s names, as entered} */
  public abstract Option<String> type();

  /** {@return the id of the provider making the request} */
  public abstract Option<String> provider();

  /** {@return the name of the sector the request is for} */
  public abstract Option<String> sector();

  /**
   * {@return the day the BC received the request, {@code YYYY-MM-DD}; its answer is due 30 days
   * later}
   */
  public abstract Option<String> receivedOn();

  /** {@return how many places are asked for or given back, a whole number} */
  public abstract Option<BigDecimal> places();

  /** {@return one of {@link DecreaseReason}'s names, as entered, for a {@code DECREASE}} */
  public abstract Option<String> reason();

  /** {@return the day a {@code DECREASE} should take effect, {@code YYYY-MM-DD}} */
  public abstract Option<String> requestedDate();

  /** {@return the last day of a suspension, {@code YYYY-MM-DD}} */
  public abstract Option<String> until();

  /**
   * {@return the date the BC sent its written answer, {@code YYYY-MM-DD}; absent while not
   * answered}
   */
  public abstract Option<String> answeredOn();

  /**
   * {@return whether a suspension is asked in an emergency: it then takes effect at its requested
   * date; false when not entered}
   */
  @Value.Default
  public boolean emergency() {
    return false;
  }

  /**
   * {@return a copy with {@link #id()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Request withId(@Nullable String value);

  /**
   * {@return a copy with {@link #type()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Request withType(@Nullable String value);

  /**
   * {@return a copy with {@link #provider()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Request withProvider(@Nullable String value);

  /**
   * {@return a copy with {@link #sector()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Request withSector(@Nullable String value);

  /**
   * {@return a copy with {@link #receivedOn()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Request withReceivedOn(@Nullable String value);

  /**
   * {@return a copy with {@link #places()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Request withPlaces(@Nullable BigDecimal value);

  /**
   * {@return a copy with {@link #reason()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Request withReason(@Nullable String value);

  /**
   * {@return a copy with {@link #requestedDate()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Request withRequestedDate(@Nullable String value);

  /**
   * {@return a copy with {@link #until()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Request withUntil(@Nullable String value);

  /**
   * {@return a copy with {@link #answeredOn()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Request withAnsweredOn(@Nullable String value);

  /**
   * {@return a copy with {@link #type()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public final Request withType(@Nullable RequestType value) {
    return withType(Option.of(value).map(RequestType::name));
  }

  /**
   * {@return a copy with {@link #receivedOn()} set to {@code date}}
   *
   * @param date the date; {@code null} means absent
   */
  public final Request withReceivedOn(@Nullable LocalDate date) {
    return withReceivedOn(Option.of(date).map(LocalDate::toString));
  }

  /**
   * {@return a copy with {@link #reason()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public final Request withReason(@Nullable DecreaseReason value) {
    return withReason(Option.of(value).map(DecreaseReason::name));
  }

  /**
   * {@return a copy with {@link #requestedDate()} set to {@code date}}
   *
   * @param date the date; {@code null} means absent
   */
  public final Request withRequestedDate(@Nullable LocalDate date) {
    return withRequestedDate(Option.of(date).map(LocalDate::toString));
  }

  /**
   * {@return a copy with {@link #until()} set to {@code date}}
   *
   * @param date the date; {@code null} means absent
   */
  public final Request withUntil(@Nullable LocalDate date) {
    return withUntil(Option.of(date).map(LocalDate::toString));
  }

  /**
   * {@return a copy with {@link #answeredOn()} set to {@code date}}
   *
   * @param date the date; {@code null} means absent
   */
  public final Request withAnsweredOn(@Nullable LocalDate date) {
    return withAnsweredOn(Option.of(date).map(LocalDate::toString));
  }

  /**
   * {@return a copy with {@link #emergency()} set to {@code value}}
   *
   * @param value whether a suspension is asked in an emergency; {@code null} means absent, that is
   *     false
   */
  public final Request withEmergency(@Nullable Boolean value) {
    return withEmergency(Boolean.TRUE.equals(value));
  }

  /** {@return a builder with every field absent (or at its default)} */
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
    /**
     * Sets {@link Request#emergency()} to {@code value}: a mapped {@code Boolean} may be {@code
     * null}.
     *
     * @param value whether a suspension is asked in an emergency; {@code null} means absent, that
     *     is false
     * @return this builder
     */
    public Builder emergency(@Nullable Boolean value) {
      return emergency(Boolean.TRUE.equals(value));
    }

    /**
     * Sets {@link Request#type()} to {@code value}; {@code null} means absent.
     *
     * @param value the value; {@code null} means absent
     * @return this builder
     */
    public Builder type(@Nullable RequestType value) {
      return type(Option.of(value).map(RequestType::name));
    }

    /**
     * Sets {@link Request#receivedOn()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder receivedOn(@Nullable LocalDate date) {
      return receivedOn(Option.of(date).map(LocalDate::toString));
    }

    /**
     * Sets {@link Request#places()} to a whole number.
     *
     * @param value the value; {@code null} means absent
     * @return this builder
     */
    public Builder places(long value) {
      return places(BigDecimal.valueOf(value));
    }

    /**
     * Sets {@link Request#reason()} to {@code value}; {@code null} means absent.
     *
     * @param value the value; {@code null} means absent
     * @return this builder
     */
    public Builder reason(@Nullable DecreaseReason value) {
      return reason(Option.of(value).map(DecreaseReason::name));
    }

    /**
     * Sets {@link Request#requestedDate()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder requestedDate(@Nullable LocalDate date) {
      return requestedDate(Option.of(date).map(LocalDate::toString));
    }

    /**
     * Sets {@link Request#until()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder until(@Nullable LocalDate date) {
      return until(Option.of(date).map(LocalDate::toString));
    }

    /**
     * Sets {@link Request#answeredOn()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder answeredOn(@Nullable LocalDate date) {
      return answeredOn(Option.of(date).map(LocalDate::toString));
    }
  }
}
