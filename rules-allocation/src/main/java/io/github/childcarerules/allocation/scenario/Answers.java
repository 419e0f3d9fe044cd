package io.github.childcarerules.allocation.scenario;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A provider's answers to step 2 (POL "Étape 2"): whether it maintains its requests and how many
 * places it wants, whether it keeps them in the register otherwise, and the five conformity checks.
 * An answers object that is given is checked whole: its eight required fields (all but the annex-2
 * date and the complaints) must be there (SCENARIO_ANSWERS_INCONSISTENT).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Answers implements WithAnswers {
  /** The five conformity fields, in the order of FORMAT.md's {@code answers} object. */
  public static final List<String> CONFORMITY =
      List.of(
          "engagementFormsOnFile",
          "offerSuitsNeeds",
          "commitmentMatchesAgreements",
          "tenHourWeekdays",
          "meetsPlaceNeeds");

  /** {@return whether the provider still wants places, given their status, kind and date} */
  public abstract Option<Boolean> maintainsRequest();

  /** {@return how many of the offered places the provider accepts; at least 1 when it maintains} */
  public abstract Option<BigDecimal> placesWanted();

  /**
   * {@return whether the provider, when it does not maintain its request, keeps it in the register
   * (else it is withdrawn)}
   */
  public abstract Option<Boolean> keepsRequest();

  /** {@return whether the engagement forms are on file (conformity; annexes 1 and 3.1)} */
  public abstract Option<Boolean> engagementFormsOnFile();

  /**
   * {@return whether the offer suits the needs of its clients and of the sector's parents
   * (conformity)}
   */
  public abstract Option<Boolean> offerSuitsNeeds();

  /**
   * {@return whether the subsidy commitment matches the provider's service agreements (conformity)}
   */
  public abstract Option<Boolean> commitmentMatchesAgreements();

  /**
   * {@return whether a usual period of ten hours a day, Monday to Friday, is offered (conformity)}
   */
  public abstract Option<Boolean> tenHourWeekdays();

  /**
   * {@return whether the provider can meet the needs of the parent and child of the place
   * (conformity)}
   */
  public abstract Option<Boolean> meetsPlaceNeeds();

  /**
   * {@return the date of the offer of a usual ten-hour period the provider files in annex 2 ({@code
   * YYYY-MM-DD}): a well-formed date passes the ten-hour check when {@code tenHourWeekdays} is
   * false ("offre ou offrira")}
   */
  public abstract Option<String> tenHourOfferPlannedOn();

  /** {@return whether complaints are on file: shown in the analysis grid, it decides nothing} */
  public abstract Option<Boolean> complaintsOnFile();

  /**
   * {@return what the complaints on file are about, as the analyst wrote it (shown in the grid)}
   *
   * @since 0.1.0
   */
  public abstract Option<String> complaintDetails();

  /**
   * {@return the follow-up given to the complaints on file, as the analyst wrote it (shown in the
   * grid)}
   *
   * @since 0.1.0
   */
  public abstract Option<String> followUp();

  /** {@return the five conformity answers, in {@link #CONFORMITY} order} */
  public List<Option<Boolean>> conformity() {
    return List.of(
        engagementFormsOnFile(),
        offerSuitsNeeds(),
        commitmentMatchesAgreements(),
        tenHourWeekdays(),
        meetsPlaceNeeds());
  }

  /**
   * {@return a copy with {@link #complaintDetails()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Answers withComplaintDetails(@Nullable String value);

  /**
   * {@return a copy with {@link #followUp()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Answers withFollowUp(@Nullable String value);

  /**
   * {@return a copy with {@link #maintainsRequest()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Answers withMaintainsRequest(@Nullable Boolean value);

  /**
   * {@return a copy with {@link #placesWanted()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Answers withPlacesWanted(@Nullable BigDecimal value);

  /**
   * {@return a copy with {@link #keepsRequest()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Answers withKeepsRequest(@Nullable Boolean value);

  /**
   * {@return a copy with {@link #engagementFormsOnFile()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Answers withEngagementFormsOnFile(@Nullable Boolean value);

  /**
   * {@return a copy with {@link #offerSuitsNeeds()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Answers withOfferSuitsNeeds(@Nullable Boolean value);

  /**
   * {@return a copy with {@link #commitmentMatchesAgreements()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Answers withCommitmentMatchesAgreements(@Nullable Boolean value);

  /**
   * {@return a copy with {@link #tenHourWeekdays()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Answers withTenHourWeekdays(@Nullable Boolean value);

  /**
   * {@return a copy with {@link #meetsPlaceNeeds()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Answers withMeetsPlaceNeeds(@Nullable Boolean value);

  /**
   * {@return a copy with {@link #tenHourOfferPlannedOn()} set to {@code value}}
   *
   * @param value the value as entered; {@code null} means absent
   */
  public abstract Answers withTenHourOfferPlannedOn(@Nullable String value);

  /**
   * {@return a copy with {@link #complaintsOnFile()} set to {@code value}}
   *
   * @param value the value; {@code null} means absent
   */
  public abstract Answers withComplaintsOnFile(@Nullable Boolean value);

  /**
   * {@return a copy with {@link #tenHourOfferPlannedOn()} set to {@code date}}
   *
   * @param date the date; {@code null} means absent
   */
  public final Answers withTenHourOfferPlannedOn(@Nullable LocalDate date) {
    return withTenHourOfferPlannedOn(Option.of(date).map(LocalDate::toString));
  }

  /** {@return a builder with every field absent (or at its default)} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Answers that maintain the request for {@code placesWanted} and pass every check.
   *
   * @param placesWanted how many of the offered places the provider accepts
   * @return the answers, every field given
   */
  public static Answers conforming(int placesWanted) {
    return builder()
        .maintainsRequest(true)
        .placesWanted(BigDecimal.valueOf(placesWanted))
        .keepsRequest(true)
        .engagementFormsOnFile(true)
        .offerSuitsNeeds(true)
        .commitmentMatchesAgreements(true)
        .tenHourWeekdays(true)
        .meetsPlaceNeeds(true)
        .build();
  }

  /**
   * The builder of {@link Answers}: a plain value or {@code null} (absent) for each field, or a
   * Vavr {@code Option}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableAnswers.Builder {
    /**
     * Sets {@link Answers#placesWanted()} to a whole number.
     *
     * @param value the value; {@code null} means absent
     * @return this builder
     */
    public Builder placesWanted(long value) {
      return placesWanted(BigDecimal.valueOf(value));
    }

    /**
     * Sets {@link Answers#tenHourOfferPlannedOn()} to {@code date}; {@code null} means absent.
     *
     * @param date the date; {@code null} means absent
     * @return this builder
     */
    public Builder tenHourOfferPlannedOn(@Nullable LocalDate date) {
      return tenHourOfferPlannedOn(Option.of(date).map(LocalDate::toString));
    }
  }
}
