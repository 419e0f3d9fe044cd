package io.github.childcarerules.allocation;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The analysis grid of one batch (POL annex 6; RULES.md §9 "Analysis grid"), filled from the run
 * and from what the scenario records, never by deciding again: the heading (analyst and date), the
 * places (section A), their distribution (section B), the results, and for each request selected in
 * step 1 its identification, the items of step 2 and the confirmation. Every yes/no item is a
 * {@link YesNo}: yes, no, not applicable, or not reached (blank). {@link #text(Locale)} prints the
 * grid as the form reads; docs/grid.md names every item with its source.
 *
 * @param batch the batch's id
 * @param analyst the analyst who fills the grid (the scenario's {@code analyst})
 * @param date the date of the grid (the run's {@code asOf})
 * @param places section A
 * @param distribution section B
 * @param results places kept in the sector
 * @param selections each request selected in step 1, in the order of the run
 * @since 0.1.0
 */
public record AnalysisGrid(
    String batch,
    Option<String> analyst,
    LocalDate date,
    Places places,
    Distribution distribution,
    Results results,
    List<Selection> selections) {
  /**
   * Every component is required (an absent value is none, never null).
   *
   * @param batch the batch's id
   * @param analyst the analyst who fills the grid
   * @param date the date of the grid
   * @param places section A
   * @param distribution section B
   * @param results places kept in the sector
   * @param selections each request selected in step 1, in the order of the run
   */
  public AnalysisGrid {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(analyst, "analyst");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(places, "places");
    Objects.requireNonNull(distribution, "distribution");
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(selections, "selections");
  }

  /**
   * The grid as text, laid out as the form (heading, sections A and B, results, then for each
   * provider selected step 1, step 2 and the confirmation), in {@code locale}'s language (English
   * when asked, French otherwise): what {@code childcare-rules allocate --grid} prints for this
   * batch. A blank item is one the run did not reach.
   *
   * @param locale the language
   * @return the grid's lines, joined by the platform's line separator
   */
  public String text(Locale locale) {
    return String.join(
        System.lineSeparator(), GridText.lines(this, Objects.requireNonNull(locale, "locale")));
  }

  /**
   * The grid as text in French, the default language.
   *
   * @return {@code text(Locale.CANADA_FRENCH)}
   */
  @Override
  public String toString() {
    return text(Locale.CANADA_FRENCH);
  }

  /**
   * Section A, availability, particulars and status of the places.
   *
   * @param count places available
   * @param sector the batch's sector
   * @param availableOn the first day the places are available
   * @param usedPlaces places used by a child who keeps them (0 for free places)
   * @param child the child of used places: age, sex, the parents' needs, characteristics
   * @param freePlaces free places (0 for used places)
   * @param temporary yes for a temporary batch
   * @param permanent yes for a permanent batch
   * @param until the last day of a temporary batch
   */
  public record Places(
      int count,
      String sector,
      LocalDate availableOn,
      int usedPlaces,
      Option<Child> child,
      int freePlaces,
      YesNo temporary,
      YesNo permanent,
      Option<LocalDate> until) {
    /**
     * Every component is required (an absent value is none, never null).
     *
     * @param count places available
     * @param sector the batch's sector
     * @param availableOn the first day the places are available
     * @param usedPlaces places used by a child who keeps them (0 for free places)
     * @param child the child of used places
     * @param freePlaces free places (0 for used places)
     * @param temporary yes for a temporary batch
     * @param permanent yes for a permanent batch
     * @param until the last day of a temporary batch
     */
    public Places {
      Objects.requireNonNull(sector, "sector");
      Objects.requireNonNull(availableOn, "availableOn");
      Objects.requireNonNull(child, "child");
      Objects.requireNonNull(temporary, "temporary");
      Objects.requireNonNull(permanent, "permanent");
      Objects.requireNonNull(until, "until");
    }
  }

  /**
   * The child in used places.
   *
   * @param ageMonths the child's age in completed months
   * @param sex the child's sex as entered ({@code F}, {@code M}, {@code X}), when given
   * @param needs the parents' needs, as the batch names them
   * @param characteristics the child's particular characteristics, as the batch names them
   */
  public record Child(
      int ageMonths, Option<String> sex, List<String> needs, List<String> characteristics) {
    /**
     * Every component is required (an absent value is none, never null).
     *
     * @param ageMonths the child's age in completed months
     * @param sex the child's sex as entered, when given
     * @param needs the parents' needs, as the batch names them
     * @param characteristics the child's particular characteristics, as the batch names them
     */
    public Child {
      Objects.requireNonNull(sex, "sex");
      Objects.requireNonNull(needs, "needs");
      Objects.requireNonNull(characteristics, "characteristics");
    }
  }

  /**
   * Section B, distribution.
   *
   * @param waitingInSector 1. parents waiting in the same sector: yes when the places stay in their
   *     sector because it has identified needs (used places always), no when it is listed with none
   * @param otherSectors 1.1 the other sectors searched, in order, each with its coverage rate
   * @param coverageBelow70 2. the sector that receives the places is covered below 70 % (not
   *     reached when its rate is unknown)
   * @param ministerialPriorities 3. used places whose child's needs or characteristics hold one of
   *     the scenario's ministerial priorities; N/A for free places or when the scenario lists none
   * @param kindOfCare 4. respect of the parent's kind of care: N/A (filled by hand)
   * @param particularNeeds 5. for used places, whether the child has needs or characteristics; N/A
   *     for free places
   */
  public record Distribution(
      YesNo waitingInSector,
      List<SectorSearched> otherSectors,
      YesNo coverageBelow70,
      YesNo ministerialPriorities,
      YesNo kindOfCare,
      YesNo particularNeeds) {
    /**
     * Every component is required (an absent value is none, never null).
     *
     * @param waitingInSector 1. parents waiting in the same sector
     * @param otherSectors 1.1 the other sectors searched, in order, each with its coverage rate
     * @param coverageBelow70 2. the receiving sector is covered below 70 %
     * @param ministerialPriorities 3. ministerial priorities
     * @param kindOfCare 4. respect of the parent's kind of care
     * @param particularNeeds 5. particular needs
     */
    public Distribution {
      Objects.requireNonNull(waitingInSector, "waitingInSector");
      Objects.requireNonNull(otherSectors, "otherSectors");
      Objects.requireNonNull(coverageBelow70, "coverageBelow70");
      Objects.requireNonNull(ministerialPriorities, "ministerialPriorities");
      Objects.requireNonNull(kindOfCare, "kindOfCare");
      Objects.requireNonNull(particularNeeds, "particularNeeds");
    }
  }

  /**
   * A sector searched when the places left their own, with its coverage rate in percent.
   *
   * @param sector the id of the sector searched
   * @param coverage its coverage rate in percent, two decimals rounded half-up
   */
  public record SectorSearched(String sector, BigDecimal coverage) {
    /**
     * Every component is required (not null).
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
   * @param placesKept the places recommended to requests of the batch's own sector (and not refused
   *     by the board)
   */
  public record Results(YesNo keptInSector, int placesKept) {
    /**
     * Every component is required (not null).
     *
     * @param keptInSector the places stay in their sector
     * @param placesKept the places recommended to requests of the batch's own sector
     */
    public Results {
      Objects.requireNonNull(keptInSector, "keptInSector");
    }
  }

  /**
   * A provider selected in step 1: its identification, the items of step 2 and the confirmation.
   *
   * @param request the request's id
   * @param provider the provider's id
   * @param providerName the provider's name, when the scenario gives it
   * @param providerAddress the provider's address, when the scenario gives it
   * @param sector the request's sector
   * @param requestDate the date the request was received
   * @param increase yes for an increase request
   * @param obtention yes for an obtention request
   * @param complaintsOnFile complaints on file, as the provider's answers say (not reached without
   *     answers or when they do not say)
   * @param complaintDetails what the complaints are about, when the answers say
   * @param followUp the follow-up given to them, when the answers say
   * @param stepTwo the items of step 2
   * @param confirmation the confirmation
   */
  public record Selection(
      String request,
      String provider,
      Option<String> providerName,
      Option<String> providerAddress,
      String sector,
      LocalDate requestDate,
      YesNo increase,
      YesNo obtention,
      YesNo complaintsOnFile,
      Option<String> complaintDetails,
      Option<String> followUp,
      StepTwo stepTwo,
      Confirmation confirmation) {
    /**
     * Every component is required (an absent value is none, never null).
     *
     * @param request the request's id
     * @param provider the provider's id
     * @param providerName the provider's name, when given
     * @param providerAddress the provider's address, when given
     * @param sector the request's sector
     * @param requestDate the date the request was received
     * @param increase yes for an increase request
     * @param obtention yes for an obtention request
     * @param complaintsOnFile complaints on file
     * @param complaintDetails what the complaints are about
     * @param followUp the follow-up given to them
     * @param stepTwo the items of step 2
     * @param confirmation the confirmation
     */
    public Selection {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(providerName, "providerName");
      Objects.requireNonNull(providerAddress, "providerAddress");
      Objects.requireNonNull(sector, "sector");
      Objects.requireNonNull(requestDate, "requestDate");
      Objects.requireNonNull(increase, "increase");
      Objects.requireNonNull(obtention, "obtention");
      Objects.requireNonNull(complaintsOnFile, "complaintsOnFile");
      Objects.requireNonNull(complaintDetails, "complaintDetails");
      Objects.requireNonNull(followUp, "followUp");
      Objects.requireNonNull(stepTwo, "stepTwo");
      Objects.requireNonNull(confirmation, "confirmation");
    }
  }

  /**
   * Step 2, verification of the file: items 1 to 7; not reached where the run stopped before them.
   *
   * @param maintained 1. the provider maintains its request for this offer
   * @param usedPlacesAccepted 2. used places accepted (N/A for free places)
   * @param usedPlaces 2. how many: the least of the places wanted and the places left when the
   *     provider was called
   * @param freePlacesAccepted 3. free places accepted (N/A for used places)
   * @param freePlaces 3. how many, as for used places
   * @param needsConcordance 4. the offer suits the needs, matches the service agreements and meets
   *     the needs of the parent and child of the place
   * @param annex1Documents 5. engagement forms on file (annexes 1 and 3.1)
   * @param tenHourPeriod 6. a usual period of ten hours a day, Monday to Friday, offered
   * @param annex2OfferChange 7. an offer change filed in annex 2 (N/A when the period is offered)
   * @param offerPlannedOn 7. the planned date of that offer
   */
  public record StepTwo(
      YesNo maintained,
      YesNo usedPlacesAccepted,
      Option<Integer> usedPlaces,
      YesNo freePlacesAccepted,
      Option<Integer> freePlaces,
      YesNo needsConcordance,
      YesNo annex1Documents,
      YesNo tenHourPeriod,
      YesNo annex2OfferChange,
      Option<LocalDate> offerPlannedOn) {
    /**
     * Every component is required (an absent value is none, never null).
     *
     * @param maintained 1. the provider maintains its request for this offer
     * @param usedPlacesAccepted 2. used places accepted
     * @param usedPlaces 2. how many
     * @param freePlacesAccepted 3. free places accepted
     * @param freePlaces 3. how many
     * @param needsConcordance 4. concordance with the needs
     * @param annex1Documents 5. engagement forms on file
     * @param tenHourPeriod 6. a usual ten-hour period offered
     * @param annex2OfferChange 7. an offer change filed in annex 2
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
   * @param recommended recommended to the board (not reached while the answers are awaited)
   * @param places the places recommended (0 when not recommended)
   * @param boardDate the date of presentation to the board (the board decision's {@code on})
   * @param authorized the board authorized the places (not reached while it has not decided)
   * @param confirmationSentOn the date the written confirmation was sent, when recorded
   */
  public record Confirmation(
      YesNo recommended,
      int places,
      Option<LocalDate> boardDate,
      YesNo authorized,
      Option<LocalDate> confirmationSentOn) {
    /**
     * Every component is required (an absent value is none, never null).
     *
     * @param recommended recommended to the board
     * @param places the places recommended
     * @param boardDate the date of presentation to the board
     * @param authorized the board authorized the places
     * @param confirmationSentOn the date the written confirmation was sent
     */
    public Confirmation {
      Objects.requireNonNull(recommended, "recommended");
      Objects.requireNonNull(boardDate, "boardDate");
      Objects.requireNonNull(authorized, "authorized");
      Objects.requireNonNull(confirmationSentOn, "confirmationSentOn");
    }
  }
}
