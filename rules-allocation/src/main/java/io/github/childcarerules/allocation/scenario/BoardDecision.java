package io.github.childcarerules.allocation.scenario;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The board's decision on the recommendation a run makes for one batch and one request (POL
 * "Modalités administratives": the board allocates the places): authorized or refused, on a date.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class BoardDecision implements WithBoardDecision {
  /** {@return the id of the batch the recommendation is for} */
  public abstract Option<String> batch();

  /** {@return the id of the recommended request} */
  public abstract Option<String> request();

  /** {@return true when the board authorizes the places, false when it refuses them} */
  public abstract Option<Boolean> authorized();

  /** {@return the date of the decision, {@code YYYY-MM-DD}} */
  public abstract Option<String> on();

  /**
   * {@return the date the written confirmation was sent, {@code YYYY-MM-DD} (shown in the grid)}
   *
   * @since 0.1.0
   */
  public abstract Option<String> confirmationSentOn();

  /**
   * {@return the places an authorized decision authorized (read by the audit; absent means the
   * places the policy recommends; the allocation ignores it)}
   *
   * @since 0.1.0
   */
  public abstract Option<BigDecimal> places();

  /**
   * {@return the analyst's reason for the decision, free text (the audit shows it beside the
   * departures about this pair, without judging it)}
   *
   * @since 0.1.0
   */
  public abstract Option<String> reason();

  /**
   * {@return a copy with {@link #batch()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract BoardDecision withBatch(@Nullable String value);

  /**
   * {@return a copy with {@link #request()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract BoardDecision withRequest(@Nullable String value);

  /**
   * {@return a copy with {@link #authorized()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract BoardDecision withAuthorized(@Nullable Boolean value);

  /**
   * {@return a copy with {@link #on()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract BoardDecision withOn(@Nullable String value);

  /**
   * {@return a copy with {@link #confirmationSentOn()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract BoardDecision withConfirmationSentOn(@Nullable String value);

  /**
   * {@return a copy with {@link #reason()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract BoardDecision withReason(@Nullable String value);

  /**
   * {@return a copy with {@link #places()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract BoardDecision withPlaces(@Nullable BigDecimal value);

  /**
   * {@return a copy with {@link #on()} set to {@code date}}
   *
   * @param date the date; {@code null} means absent
   */
  public final BoardDecision withOn(@Nullable LocalDate date) {
    return withOn(Option.of(date).map(LocalDate::toString));
  }

  /** {@return a builder with every field absent (or at its default)} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The board's decision on {@code request}'s recommendation for {@code batch}.
   *
   * @param batch the batch's id
   * @param request the request's id
   * @param authorized true when the board authorizes the places, false when it refuses them; {@code
   *     null} means absent (the scenario check reports it)
   * @param on the date of the decision, {@code YYYY-MM-DD} as entered
   * @return the decision
   */
  public static BoardDecision of(
      String batch, String request, @Nullable Boolean authorized, String on) {
    return builder().batch(batch).request(request).authorized(Option.of(authorized)).on(on).build();
  }

  /**
   * The board's decision on {@code request}'s recommendation for {@code batch}, taken on {@code
   * on}.
   *
   * @param batch the batch's id
   * @param request the request's id
   * @param authorized true when the board authorizes the places, false when it refuses them; {@code
   *     null} means absent (the scenario check reports it)
   * @param on the date of the decision; {@code null} means absent
   * @return the decision
   */
  public static BoardDecision of(
      String batch, String request, @Nullable Boolean authorized, @Nullable LocalDate on) {
    return builder().batch(batch).request(request).authorized(Option.of(authorized)).on(on).build();
  }

  /**
   * The builder of {@link BoardDecision}: a plain value or {@code null} (absent) for each field, or
   * a Vavr {@code Option}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableBoardDecision.Builder {
    /**
     * Sets {@link BoardDecision#on()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder on(@Nullable LocalDate date) {
      return on(Option.of(date).map(LocalDate::toString));
    }

    /**
     * Sets {@link BoardDecision#confirmationSentOn()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder confirmationSentOn(@Nullable LocalDate date) {
      return confirmationSentOn(Option.of(date).map(LocalDate::toString));
    }

    /**
     * Sets {@link BoardDecision#places()} to {@code value}.
     *
     * @param value the places authorized
     * @return this builder
     */
    public Builder places(long value) {
      return places(BigDecimal.valueOf(value));
    }
  }
}
