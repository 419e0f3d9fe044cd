package io.github.childcarerules.allocation;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The analysis grid of one batch (POL annex 6; RULES.md §9 "Analysis grid"), filled from the run:
 * the places (section A), their distribution (section B), the results, and for each request
 * selected in step 1 its identification, the items of step 2 and the confirmation. A yes/no item is
 * an {@code Option<Boolean>}: none is blank (not reached by the run) or {@code N/A}.
 *
 * @param batch the batch's id
 * @param places section A
 * @param distribution section B
 * @param results places kept in the sector
 * @param selections each request selected in step 1, in the order of the run
 * @since 0.1.0
 */
public record AnalysisGrid(
    String batch,
    Places places,
    Distribution distribution,
    Results results,
    List<Selection> selections) {
  /**
   * Every component is required (an absent value is none, never null).
   *
   * @param batch the batch's id
   * @param places section A
   * @param distribution section B
   * @param results places kept in the sector
   * @param selections each request selected in step 1, in the order of the run
   */
  public AnalysisGrid {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(places, "places");
    Objects.requireNonNull(distribution, "distribution");
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(selections, "selections");
  }

  /**
   * Section A, availability and status of the places.
   *
   * @param count places available
   * @param usedPlaces places used by a child who keeps them (0 for free places)
   * @param child the child of used places: age in months, needs, characteristics
   * @param freePlaces free places (0 for used places)
   * @param temporary true for a temporary batch, false for a permanent one
   * @param until the last day of a temporary batch
   */
  public record Places(
      int count,
      String sector,
      LocalDate availableOn,
      int usedPlaces,
      Option<Child> child,
      int freePlaces,
      boolean temporary,
      Option<LocalDate> until) {
    /**
     * Every component is required (an absent value is none, never null).
     *
     * @param count places available
     * @param sector the id of the batch's sector
     * @param availableOn the first day the places are available
     * @param usedPlaces places used by a child who keeps them (0 for free places)
     * @param child the child of used places: age in months, needs, characteristics
     * @param freePlaces free places (0 for used places)
     * @param temporary true for a temporary batch, false for a permanent one
     * @param until the last day of a temporary batch
     */
    public Places {
      Objects.requireNonNull(sector, "sector");
      Objects.requireNonNull(availableOn, "availableOn");
      Objects.requireNonNull(child, "child");
      Objects.requireNonNull(until, "until");
    }
  }

  /** The child in used places. */
  public record Child(int ageMonths, List<String> needs, List<String> characteristics) {
    /**
     * Every component is required (an absent value is none, never null).
     *
     * @param ageMonths the child's age in completed months
     * @param needs the child's needs, as the batch names them
     * @param characteristics the child's characteristics, as the batch names them
     */
    public Child {
      Objects.requireNonNull(needs, "needs");
      Objects.requireNonNull(characteristics, "characteristics");
    }
  }

  /**
   * Section B, distribution.
   *
   * @param waitingInSector 1. the places stay in their sector, which has parent needs waiting
   * @param otherSectors 1.1 the other sectors searched, in order, each with its coverage rate
   * @param coverageBelow70 2. the sector that receives the places is covered below 70 % (blank when
   *     its rate is unknown)
   * @param ministerialPriorities 3. not known to the run: N/A
   * @param kindOfCare 4. not known to the run: N/A
   * @param particularNeeds 5. for used places, whether the child has needs or characteristics; N/A
   *     for free places
   */
  public record Distribution(
      boolean waitingInSector,
      List<SectorSearched> otherSectors,
      Option<Boolean> coverageBelow70,
      Option<Boolean> ministerialPriorities,
      Option<Boolean> kindOfCare,
      Option<Boolean> particularNeeds) {
    /**
     * Every component is required (an absent value is none, never null).
     *
     * @param waitingInSector 1. the places stay in their sector, which has parent needs waiting
     * @param otherSectors 1.1 the other sectors searched, in order, each with its coverage rate
     * @param coverageBelow70 2. the sector that receives the places is covered below 70 % (blank
     *     when its rate is unknown)
     * @param ministerialPriorities 3. not known to the run: N/A
     * @param kindOfCare 4. not known to the run: N/A
     * @param particularNeeds 5. for used places, whether the child has needs or characteristics;
     *     N/A for free places
     */
    public Distribution {
      Objects.requireNonNull(otherSectors, "otherSectors");
      Objects.requireNonNull(coverageBelow70, "coverageBelow70");
      Objects.requireNonNull(ministerialPriorities, "ministerialPriorities");
      Objects.requireNonNull(kindOfCare, "kindOfCare");
      Objects.requireNonNull(particularNeeds, "particularNeeds");
    }
  }

  /** A sector searched when the places left their own, with its coverage rate in percent. */
  public record SectorSearched(String sector, BigDecimal coverage) {
    /**
     * Every component is required (an absent value is none, never null).
     *
     * @param sector the id of the sector searched
     * @param coverage its coverage rate in percent, two decimals rounded half-up
     */
    public SectorSearched {
      Objects.requireNonNull(sector, "sector");
      Objects.requireNonNull(coverage, "coverage");
    }
  }

  /**
   * Results.
   *
   * @param keptInSector the places stay in their sector
   * @param placesKept the places recommended to requests of the batch's sector (and not refused by
   *     the board)
   */
  public record Results(boolean keptInSector, int placesKept) {}

  /**
   * A request selected in step 1: its identification (step 1), the items of step 2 and the
   * confirmation.
   *
   * @param request the request's id
   * @param provider the provider selected
   * @param sector the request's sector
   * @param requestDate the date the request was received
   * @param increase true for an increase request, false for an obtention request
   * @param complaintsOnFile complaints on file about parents' needs, as the provider's answers say
   */
  public record Selection(
      String request,
      String provider,
      String sector,
      LocalDate requestDate,
      boolean increase,
      Option<Boolean> complaintsOnFile,
      StepTwo stepTwo,
      Confirmation confirmation) {
    /**
     * Every component is required (an absent value is none, never null).
     *
     * @param request the request's id
     * @param provider the provider selected
     * @param sector the request's sector
     * @param requestDate the date the request was received
     * @param increase true for an increase request, false for an obtention request
     * @param complaintsOnFile complaints on file about parents' needs, as the provider's answers
     *     say
     * @param stepTwo the items of step 2
     * @param confirmation the confirmation of the recommendation
     */
    public Selection {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(sector, "sector");
      Objects.requireNonNull(requestDate, "requestDate");
      Objects.requireNonNull(complaintsOnFile, "complaintsOnFile");
      Objects.requireNonNull(stepTwo, "stepTwo");
      Objects.requireNonNull(confirmation, "confirmation");
    }
  }

  /**
   * Step 2, verification of the file: items 1 to 7; blank where the run did not reach them.
   *
   * @param maintained 1. the provider maintains its request for this offer
   * @param usedPlacesAccepted 2. used places accepted (N/A for free places)
   * @param usedPlaces 2. how many
   * @param freePlacesAccepted 3. free places accepted (N/A for used places)
   * @param freePlaces 3. how many
   * @param needsConcordance 4. the offer suits the needs, matches the service agreements and meets
   *     the needs of the parent and child of the place
   * @param annex1Documents 5. engagement forms on file (annexes 1 and 3.1)
   * @param tenHourPeriod 6. a usual period of ten hours a day, Monday to Friday, offered
   * @param annex2OfferChange 7. an offer change filed in annex 2 (N/A when the period is offered)
   * @param offerPlannedOn 7. the planned date of that offer
   */
  public record StepTwo(
      Option<Boolean> maintained,
      Option<Boolean> usedPlacesAccepted,
      Option<Integer> usedPlaces,
      Option<Boolean> freePlacesAccepted,
      Option<Integer> freePlaces,
      Option<Boolean> needsConcordance,
      Option<Boolean> annex1Documents,
      Option<Boolean> tenHourPeriod,
      Option<Boolean> annex2OfferChange,
      Option<LocalDate> offerPlannedOn) {
    /**
     * Every component is required (an absent value is none, never null).
     *
     * @param maintained 1. the provider maintains its request for this offer
     * @param usedPlacesAccepted 2. used places accepted (N/A for free places)
     * @param usedPlaces 2. how many
     * @param freePlacesAccepted 3. free places accepted (N/A for used places)
     * @param freePlaces 3. how many
     * @param needsConcordance 4. the offer suits the needs, matches the service agreements and
     *     meets the needs of the parent and child of the place
     * @param annex1Documents 5. engagement forms on file (annexes 1 and 3.1)
     * @param tenHourPeriod 6. a usual period of ten hours a day, Monday to Friday, offered
     * @param annex2OfferChange 7. an offer change filed in annex 2 (N/A when the period is offered)
     * @param offerPlannedOn 7. the planned date of that offer
     */
    public StepTwo {
      Objects.requireNonNull(maintained, "maintained");
      Objects.requireNonNull(usedPlacesAccepted, "usedPlacesAccepted");
      Objects.requireNonNull(usedPlaces, "usedPlaces");
      Objects.requireNonNull(freePlacesAccepted, "freePlacesAccepted");
      Objects.requireNonNull(freePlaces, "freePlaces");
      Objects.requireNonNull(needsConcordance, "needsConcordance");
      Objects.requireNonNull(annex1Documents, "annex1Documents");
      Objects.requireNonNull(tenHourPeriod, "tenHourPeriod");
      Objects.requireNonNull(annex2OfferChange, "annex2OfferChange");
      Objects.requireNonNull(offerPlannedOn, "offerPlannedOn");
    }
  }

  /**
   * Confirmation.
   *
   * @param recommended recommended to the board (blank while the provider's answers are awaited)
   * @param places the places recommended
   * @param boardDate the date of the board's decision
   * @param authorized the board authorized the places (blank while it has not decided)
   */
  public record Confirmation(
      Option<Boolean> recommended,
      int places,
      Option<LocalDate> boardDate,
      Option<Boolean> authorized) {
    /**
     * Every component is required (an absent value is none, never null).
     *
     * @param recommended recommended to the board (blank while the provider's answers are awaited)
     * @param places the places recommended
     * @param boardDate the date of the board's decision
     * @param authorized the board authorized the places (blank while it has not decided)
     */
    public Confirmation {
      Objects.requireNonNull(recommended, "recommended");
      Objects.requireNonNull(boardDate, "boardDate");
      Objects.requireNonNull(authorized, "authorized");
    }
  }
}
