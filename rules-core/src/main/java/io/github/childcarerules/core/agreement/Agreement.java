package io.github.childcarerules.core.agreement;

import io.github.childcarerules.core.internal.NoNulls;
import io.github.childcarerules.core.internal.reading.Entered;
import io.github.childcarerules.core.schedule.Schedule;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A service agreement: a contract for a place with one provider, from its start to its end date
 * (both included), possibly terminated early. Its <em>effective end</em> is the termination date
 * when given, else the end date.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Agreement implements WithAgreement {
  /** {@return the first day of occupation, {@code YYYY-MM-DD}} */
  public abstract Option<String> start();

  /**
   * {@return the date of {@link #start()}: empty when absent or not a date {@code YYYY-MM-DD}
   * (validation reports the latter as {@code DATE_FORMAT})}
   */
  public Option<LocalDate> startAsDate() {
    return Entered.date(start());
  }

  /** {@return the last day of occupation planned by the agreement, {@code YYYY-MM-DD}} */
  public abstract Option<String> end();

  /**
   * {@return the date of {@link #end()}: empty when absent or not a date {@code YYYY-MM-DD}
   * (validation reports the latter as {@code DATE_FORMAT})}
   */
  public Option<LocalDate> endAsDate() {
    return Entered.date(end());
  }

  /**
   * {@return the last day of occupation when the agreement was terminated (date de résiliation),
   * {@code YYYY-MM-DD}; absent when it runs to its end}
   */
  public abstract Option<String> terminatedOn();

  /**
   * {@return the date of {@link #terminatedOn()}: empty when absent or not a date {@code
   * YYYY-MM-DD} (validation reports the latter as {@code DATE_FORMAT})}
   */
  public Option<LocalDate> terminatedOnAsDate() {
    return Entered.date(terminatedOn());
  }

  /**
   * {@return whether the place is at the reduced contribution (contribution réduite), that is
   * subsidized; false when not entered}
   */
  @Value.Default
  public boolean reducedContribution() {
    return false;
  }

  /**
   * {@return whether the child only replaces absent children (no planned occupation); false when
   * not entered}
   */
  @Value.Default
  public boolean replacement() {
    return false;
  }

  /** {@return whether the agreement is signed; false when not entered} */
  @Value.Default
  public boolean signed() {
    return false;
  }

  /** {@return the normal schedule (horaire normal); absent, the agreement plans no occupation} */
  public abstract Option<Schedule> schedule();

  /**
   * {@return the special schedules (horaires particuliers) replacing the normal one, in entered
   * order}
   */
  public abstract List<SpecialSchedule> specialSchedules();

  /**
   * {@return true when nothing was entered: no date, no schedule, no special schedule and every
   * flag false} An absent agreement takes part in no rule.
   */
  public boolean isAbsent() {
    return !Entered.given(start())
        && !Entered.given(end())
        && !Entered.given(terminatedOn())
        && schedule().isEmpty()
        && specialSchedules().isEmpty()
        && !reducedContribution()
        && !replacement()
        && !signed();
  }

  @Value.Check
  void noNullElements() {
    NoNulls.elements("specialSchedules", specialSchedules());
  }

  /**
   * {@return a copy with {@link #start()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Agreement withStart(@Nullable String value);

  /**
   * {@return a copy with {@link #end()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Agreement withEnd(@Nullable String value);

  /**
   * {@return a copy with {@link #terminatedOn()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Agreement withTerminatedOn(@Nullable String value);

  /**
   * {@return a copy with {@link #schedule()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Agreement withSchedule(@Nullable Schedule value);

  /**
   * {@return a copy with {@link #start()} set to {@code date}}
   *
   * @param date the date; {@code null} means absent
   */
  public final Agreement withStart(@Nullable LocalDate date) {
    return withStart(Option.of(date).map(LocalDate::toString));
  }

  /**
   * {@return a copy with {@link #end()} set to {@code date}}
   *
   * @param date the date; {@code null} means absent
   */
  public final Agreement withEnd(@Nullable LocalDate date) {
    return withEnd(Option.of(date).map(LocalDate::toString));
  }

  /**
   * {@return a copy with {@link #terminatedOn()} set to {@code date}}
   *
   * @param date the date; {@code null} means absent
   */
  public final Agreement withTerminatedOn(@Nullable LocalDate date) {
    return withTerminatedOn(Option.of(date).map(LocalDate::toString));
  }

  /**
   * {@return a copy with {@link #reducedContribution()} set to {@code value}}
   *
   * @param value whether the place is at the reduced contribution; {@code null} means absent, that
   *     is false
   */
  public final Agreement withReducedContribution(@Nullable Boolean value) {
    return withReducedContribution(Boolean.TRUE.equals(value));
  }

  /**
   * {@return a copy with {@link #replacement()} set to {@code value}}
   *
   * @param value whether the child only replaces absent children; {@code null} means absent, that
   *     is false
   */
  public final Agreement withReplacement(@Nullable Boolean value) {
    return withReplacement(Boolean.TRUE.equals(value));
  }

  /**
   * {@return a copy with {@link #signed()} set to {@code value}}
   *
   * @param value whether the agreement is signed; {@code null} means absent, that is false
   */
  public final Agreement withSigned(@Nullable Boolean value) {
    return withSigned(Boolean.TRUE.equals(value));
  }

  /** {@return a builder with every field absent (or at its default)} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The builder of {@link Agreement}: a plain value or {@code null} (absent) for each field, or a
   * Vavr {@code Option}; a flag takes a {@code boolean} or a {@code Boolean}, {@code null} being
   * absent, that is false (RULES.md).
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableAgreement.Builder {
    /**
     * Sets {@link Agreement#start()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder start(@Nullable LocalDate date) {
      return start(Option.of(date).map(LocalDate::toString));
    }

    /**
     * Sets {@link Agreement#end()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder end(@Nullable LocalDate date) {
      return end(Option.of(date).map(LocalDate::toString));
    }

    /**
     * Sets {@link Agreement#terminatedOn()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder terminatedOn(@Nullable LocalDate date) {
      return terminatedOn(Option.of(date).map(LocalDate::toString));
    }

    /**
     * Sets {@link Agreement#reducedContribution()} to {@code value}: a mapped {@code Boolean} may
     * be {@code null}.
     *
     * @param value whether the place is at the reduced contribution; {@code null} means absent,
     *     that is false
     * @return this builder
     */
    public Builder reducedContribution(@Nullable Boolean value) {
      return reducedContribution(Boolean.TRUE.equals(value));
    }

    /**
     * Sets {@link Agreement#replacement()} to {@code value}: a mapped {@code Boolean} may be {@code
     * null}.
     *
     * @param value whether the child only replaces absent children; {@code null} means absent, that
     *     is false
     * @return this builder
     */
    public Builder replacement(@Nullable Boolean value) {
      return replacement(Boolean.TRUE.equals(value));
    }

    /**
     * Sets {@link Agreement#signed()} to {@code value}: a mapped {@code Boolean} may be {@code
     * null}.
     *
     * @param value whether the agreement is signed; {@code null} means absent, that is false
     * @return this builder
     */
    public Builder signed(@Nullable Boolean value) {
      return signed(Boolean.TRUE.equals(value));
    }
  }
}
