package io.github.childcarerules.allocation.internal;

import io.github.childcarerules.allocation.LetterKind;
import io.github.childcarerules.allocation.NaturalOrder;
import io.github.childcarerules.allocation.scenario.AgeGroup;
import io.github.childcarerules.allocation.scenario.DecreaseReason;
import io.github.childcarerules.allocation.scenario.Origin;
import io.github.childcarerules.allocation.scenario.RequestType;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;

/**
 * A scenario that passed its checks, read once into typed values by {@link ScenarioReader}: dates,
 * enumerations, whole numbers, sets. Every step of the allocation and of the audit works on these;
 * none reads the entered strings again.
 *
 * @param asOf the date of the run
 * @param analyst the name of the analyst who fills the grids
 * @param priorities the needs and characteristics counted as ministerial priorities
 * @param sectors the sectors by name
 * @param suppliers the providers by id
 * @param batches the listed batches
 * @param asks the increase and obtention requests, each at its {@link Ask#index}
 * @param decreases the decrease requests
 * @param sectorOrder the analyst's order of the sectors that may receive places
 * @param board the board's decisions by batch and request
 * @param lettersSent the letters the coordinating office sent
 */
public record Reading(
    LocalDate asOf,
    Option<String> analyst,
    Set<String> priorities,
    Map<String, SectorFacts> sectors,
    Map<String, Supplier> suppliers,
    java.util.List<Place> batches,
    java.util.List<Ask> asks,
    java.util.List<Cut> decreases,
    java.util.List<String> sectorOrder,
    Map<Pair, Decision> board,
    java.util.List<Sent> lettersSent) {

  /** A batch and a request: the key of a board decision, of a recommendation, of an answer. */
  record Pair(String batch, String request) {}

  /**
   * A batch of places to allocate; a decrease granted becomes one.
   *
   * @param provider the provider the places came from, if known
   */
  record Place(
      String id,
      int places,
      String sector,
      LocalDate availableOn,
      Option<LocalDate> until,
      Origin origin,
      Option<Child> child,
      Option<String> provider) {
    /** By availability date, then id in natural order: the order batches are allocated in. */
    static final Comparator<Place> AVAILABILITY =
        Comparator.comparing(Place::availableOn).thenComparing(Place::id, NaturalOrder.IDS);

    boolean isUsed() {
      return child.isDefined();
    }

    boolean isTemporary() {
      return until.isDefined();
    }
  }

  /** The child of used places. */
  record Child(
      int ageMonths, Option<String> sex, List<String> needs, List<String> characteristics) {
    AgeGroup ageGroup() {
      return AgeGroup.ofMonths(ageMonths);
    }

    boolean hasNeedsOrCharacteristics() {
      return !needs.isEmpty() || !characteristics.isEmpty();
    }
  }

  /**
   * A sector's coverage: its places (home childcare and installations) over its children, compared
   * exactly by cross-multiplication.
   */
  record SectorFacts(String name, BigInteger children, BigInteger places, BigInteger needs) {
    private static final BigInteger SEVEN = BigInteger.valueOf(7);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Lowest coverage first, ties by name: the library's default order of step 1.3. */
    static final Comparator<SectorFacts> LOWEST_FIRST =
        ((Comparator<SectorFacts>)
                (a, b) -> a.places.multiply(b.children).compareTo(b.places.multiply(a.children)))
            .thenComparing(SectorFacts::name);

    boolean hasNeeds() {
      return needs.signum() > 0;
    }

    /** Below 70 %; false for a sector with no children, which has no rate. */
    boolean below70() {
      return children.signum() > 0
          && places.multiply(BigInteger.TEN).compareTo(children.multiply(SEVEN)) < 0;
    }

    /** Has a rate below 70 % and identified needs: may receive places leaving another sector. */
    boolean takesPlaces() {
      return hasNeeds() && below70();
    }

    /** The rate in percent, two decimals rounded half-up; none for a sector with no children. */
    Option<BigDecimal> coverage() {
      return children.signum() == 0
          ? Option.none()
          : Option.some(
              new BigDecimal(places)
                  .multiply(HUNDRED)
                  .divide(new BigDecimal(children), 2, RoundingMode.HALF_UP));
    }
  }

  /** The five conformity answers of step 2, by name. */
  record Conformity(
      boolean engagementFormsOnFile,
      boolean offerSuitsNeeds,
      boolean commitmentMatchesAgreements,
      boolean tenHourWeekdays,
      boolean meetsPlaceNeeds) {}

  /**
   * A provider's answers to one offer, as the run reads them.
   *
   * @param tenHourOfferPlannedOn the date of the ten-hour offer filed in annex 2, if any
   */
  record Verdict(
      boolean maintains,
      int placesWanted,
      boolean keeps,
      Conformity conformity,
      Option<LocalDate> tenHourOfferPlannedOn,
      Option<Boolean> complaintsOnFile,
      Option<String> complaintDetails,
      Option<String> followUp) {
    /** A usual ten-hour period offered, or planned in annex 2 ("offre ou offrira"). */
    boolean tenHoursOfferedOrPlanned() {
      return conformity.tenHourWeekdays() || tenHourOfferPlannedOn.isDefined();
    }

    /**
     * The names of the failed conformity checks, in FORMAT.md's order; a ten-hour period planned in
     * annex 2 passes the ten-hour check.
     */
    List<String> failedChecks() {
      List<String> failed = List.empty();
      if (!conformity.meetsPlaceNeeds()) {
        failed = failed.prepend("meetsPlaceNeeds");
      }
      if (!tenHoursOfferedOrPlanned()) {
        failed = failed.prepend("tenHourWeekdays");
      }
      if (!conformity.commitmentMatchesAgreements()) {
        failed = failed.prepend("commitmentMatchesAgreements");
      }
      if (!conformity.offerSuitsNeeds()) {
        failed = failed.prepend("offerSuitsNeeds");
      }
      if (!conformity.engagementFormsOnFile()) {
        failed = failed.prepend("engagementFormsOnFile");
      }
      return failed;
    }

    /** Grid item 4: the offer suits the needs, matches the agreements and meets the place's. */
    boolean needsConcordance() {
      return conformity.offerSuitsNeeds()
          && conformity.commitmentMatchesAgreements()
          && conformity.meetsPlaceNeeds();
    }
  }

  /** A provider: its offer and its answers, for every offer and by batch. */
  record Supplier(
      String id,
      Option<String> name,
      Option<String> address,
      Set<AgeGroup> ageGroups,
      Set<String> needs,
      Set<String> characteristics,
      Option<Verdict> answers,
      Map<String, Verdict> answersByBatch) {
    /** The offer serves the child's age group and holds every need and characteristic. */
    boolean serves(Child child) {
      return ageGroups.contains(child.ageGroup())
          && needs.containsAll(child.needs().toJavaList())
          && characteristics.containsAll(child.characteristics().toJavaList());
    }

    /** Its answers to the offer of {@code batch}: for that batch, else for every offer. */
    Option<Verdict> answersTo(String batch) {
      return Option.of(answersByBatch.get(batch)).orElse(answers);
    }
  }

  /**
   * An increase or obtention request.
   *
   * @param index its place in the reading's list of increase and obtention requests, from 0
   */
  record Ask(
      String id,
      RequestType type,
      String provider,
      String sector,
      LocalDate received,
      int places,
      Option<LocalDate> answeredOn,
      int index) {
    /** By date received, ties by id in natural order: the order of the register. */
    static final Comparator<Ask> CHRONOLOGICAL =
        (a, b) -> {
          int order = a.received().compareTo(b.received());
          return order != 0 ? order : NaturalOrder.IDS.compare(a.id(), b.id());
        };
  }

  /**
   * A {@code DECREASE} request.
   *
   * @param suspension the end and emergency of a suspension, none for another reason
   */
  record Cut(
      String id,
      String provider,
      String sector,
      LocalDate received,
      int places,
      Option<LocalDate> answeredOn,
      DecreaseReason reason,
      LocalDate requested,
      Option<Suspension> suspension) {}

  /** A suspension's last day, and whether it is an emergency (no notice needed). */
  record Suspension(LocalDate until, boolean emergency) {}

  /**
   * The board's decision on one recommendation.
   *
   * @param places the places an authorized decision authorized, when the scenario says
   * @param reason the analyst's reason, free text
   */
  record Decision(
      boolean authorized,
      LocalDate on,
      Option<LocalDate> confirmationSentOn,
      Option<Integer> places,
      Option<String> reason) {}

  /** A letter the coordinating office sent. */
  record Sent(String request, LetterKind letter, LocalDate sentOn) {}
}
