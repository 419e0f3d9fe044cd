package io.github.childcarerules.allocation.scenario;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A provider's answers to step 2 (POL "Étape 2"): whether it maintains its requests and how many
 * places it wants, whether it keeps them in the register otherwise, and the five conformity checks.
 * Every field is required when answers are given (SCENARIO_ANSWERS_INCONSISTENT).
 */
@Value.Immutable
public abstract class Answers {
  /** The five conformity fields, in the order of FORMAT.md's {@code answers} object. */
  public static final List<String> CONFORMITY =
      List.of(
          "engagementFormsOnFile",
          "offerSuitsNeeds",
          "commitmentMatchesAgreements",
          "tenHourWeekdays",
          "meetsPlaceNeeds");

  public abstract Option<Boolean> maintainsRequest();

  public abstract Option<BigDecimal> placesWanted();

  public abstract Option<Boolean> keepsRequest();

  public abstract Option<Boolean> engagementFormsOnFile();

  public abstract Option<Boolean> offerSuitsNeeds();

  public abstract Option<Boolean> commitmentMatchesAgreements();

  public abstract Option<Boolean> tenHourWeekdays();

  public abstract Option<Boolean> meetsPlaceNeeds();

  /**
   * The date of the offer of a usual ten-hour period the provider files in annex 2 ({@code
   * YYYY-MM-DD}): a well-formed date passes the ten-hour check when {@code tenHourWeekdays} is
   * false ("offre ou offrira").
   */
  public abstract Option<String> tenHourOfferPlannedOn();

  /** Whether complaints are on file: shown in the analysis grid, it decides nothing. */
  public abstract Option<Boolean> complaintsOnFile();

  /** The five conformity answers, in {@link #CONFORMITY} order. */
  public List<Option<Boolean>> conformity() {
    return List.of(
        engagementFormsOnFile(),
        offerSuitsNeeds(),
        commitmentMatchesAgreements(),
        tenHourWeekdays(),
        meetsPlaceNeeds());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Answers that maintain the request for {@code placesWanted} and pass every check. */
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

  public static final class Builder extends ImmutableAnswers.Builder {}
}
