package io.github.childcarerules.allocation.scenario;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A batch of places to allocate (RULES.md §9 "Places to allocate"): a count, a sector, an
 * availability date, a kind ({@link BatchKind}, with {@code until} when temporary), a status
 * ({@link BatchStatus}, with the child's profile when used) and an origin ({@link Origin}).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Batch implements WithBatch {
  /** {@return the batch's identifier, which board decisions and answers by batch name} */
  public abstract Option<String> id();

  /** {@return how many places, a whole number} */
  public abstract Option<BigDecimal> places();

  /** {@return the name of the sector the places are in} */
  public abstract Option<String> sector();

  /** {@return the first day the places can be occupied, {@code YYYY-MM-DD}} */
  public abstract Option<String> availableOn();

  /** {@return one of {@link BatchKind}'s names, as entered} */
  public abstract Option<String> kind();

  /** {@return the last day of a temporary batch, {@code YYYY-MM-DD}} */
  public abstract Option<String> until();

  /** {@return one of {@link BatchStatus}'s names, as entered} */
  public abstract Option<String> status();

  /** {@return one of {@link Origin}'s names, as entered} */
  public abstract Option<String> origin();

  /** {@return the child who keeps a used place} */
  public abstract Option<ChildProfile> child();

  /**
   * {@return the id of the provider the places came from (the one that gave them back, lost them or
   * left them unoccupied); they never go back to it}
   *
   * @since 0.1.0
   */
  public abstract Option<String> provider();

  /**
   * {@return a copy with {@link #id()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Batch withId(@Nullable String value);

  /**
   * {@return a copy with {@link #places()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Batch withPlaces(@Nullable BigDecimal value);

  /**
   * {@return a copy with {@link #sector()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Batch withSector(@Nullable String value);

  /**
   * {@return a copy with {@link #availableOn()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Batch withAvailableOn(@Nullable String value);

  /**
   * {@return a copy with {@link #kind()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Batch withKind(@Nullable String value);

  /**
   * {@return a copy with {@link #until()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Batch withUntil(@Nullable String value);

  /**
   * {@return a copy with {@link #status()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Batch withStatus(@Nullable String value);

  /**
   * {@return a copy with {@link #origin()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Batch withOrigin(@Nullable String value);

  /**
   * {@return a copy with {@link #child()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Batch withChild(@Nullable ChildProfile value);

  /**
   * {@return a copy with {@link #provider()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Batch withProvider(@Nullable String value);

  /**
   * {@return a copy with {@link #availableOn()} set to {@code date}}
   *
   * @param date the date; {@code null} means absent
   */
  public final Batch withAvailableOn(@Nullable LocalDate date) {
    return withAvailableOn(Option.of(date).map(LocalDate::toString));
  }

  /**
   * {@return a copy with {@link #kind()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public final Batch withKind(@Nullable BatchKind value) {
    return withKind(Option.of(value).map(BatchKind::name));
  }

  /**
   * {@return a copy with {@link #until()} set to {@code date}}
   *
   * @param date the date; {@code null} means absent
   */
  public final Batch withUntil(@Nullable LocalDate date) {
    return withUntil(Option.of(date).map(LocalDate::toString));
  }

  /**
   * {@return a copy with {@link #status()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public final Batch withStatus(@Nullable BatchStatus value) {
    return withStatus(Option.of(value).map(BatchStatus::name));
  }

  /**
   * {@return a copy with {@link #origin()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public final Batch withOrigin(@Nullable Origin value) {
    return withOrigin(Option.of(value).map(Origin::name));
  }

  /** {@return a builder with every field absent (or at its default)} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Batch}: a plain value or {@code null} (absent) for each field, or a Vavr
   * {@code Option}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableBatch.Builder {
    /**
     * Sets {@link Batch#places()} to a whole number.
     *
     * @param value the value; {@code null} means absent
     * @return this builder
     */
    public Builder places(long value) {
      return places(BigDecimal.valueOf(value));
    }

    /**
     * Sets {@link Batch#availableOn()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder availableOn(@Nullable LocalDate date) {
      return availableOn(Option.of(date).map(LocalDate::toString));
    }

    /**
     * Sets {@link Batch#kind()} to {@code value}; {@code null} means absent.
     *
     * @param value the value; {@code null} means absent
     * @return this builder
     */
    public Builder kind(@Nullable BatchKind value) {
      return kind(Option.of(value).map(BatchKind::name));
    }

    /**
     * Sets {@link Batch#until()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder until(@Nullable LocalDate date) {
      return until(Option.of(date).map(LocalDate::toString));
    }

    /**
     * Sets {@link Batch#status()} to {@code value}; {@code null} means absent.
     *
     * @param value the value; {@code null} means absent
     * @return this builder
     */
    public Builder status(@Nullable BatchStatus value) {
      return status(Option.of(value).map(BatchStatus::name));
    }

    /**
     * Sets {@link Batch#origin()} to {@code value}; {@code null} means absent.
     *
     * @param value the value; {@code null} means absent
     * @return this builder
     */
    public Builder origin(@Nullable Origin value) {
      return origin(Option.of(value).map(Origin::name));
    }
  }
}
