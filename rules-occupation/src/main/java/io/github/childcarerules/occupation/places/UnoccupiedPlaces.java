package io.github.childcarerules.occupation.places;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.occupation.internal.UnoccupiedSweep;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Places left unoccupied (RULES.md §8, POL "Places inoccupées"): a subsidized place without any
 * non-replacement, reduced-contribution agreement covering it for more than 90 consecutive days can
 * be withdrawn by the BC.
 *
 * <p>On each day the provider holds the sum of the counts of the entries covering it (its
 * subsidized places); each agreement that {@linkplain #occupiesSubsidizedPlace occupies a
 * subsidized place} and covers the day, from its start to its effective end, occupies one of them
 * (agreements whose dates are missing, malformed or inverted take no place; schedules do not
 * matter); the unoccupied places are the difference, never below zero. For every k from 1 up, each
 * maximal run of days of the window with at least k unoccupied places that lasts more than {@value
 * #MORE_THAN_DAYS} days is reported, sorted by k then start. The cost depends on the number of
 * entries and agreements (and on k), not on the number of days.
 *
 * @since 0.1.0
 */
public final class UnoccupiedPlaces {
  /** A run is reported when it lasts more than this many days (91 is, 90 is not). */
  public static final int MORE_THAN_DAYS = 90;

  private UnoccupiedPlaces() {}

  /**
   * True when {@code agreement} occupies a subsidized place: it is at the reduced contribution and
   * not a replacement. A child at the full contribution occupies an unsubsidized place (a home
   * provider has both), and a replacement child only fills in for absent children.
   *
   * @param agreement the agreement, as entered
   * @return whether it occupies a subsidized place
   */
  public static boolean occupiesSubsidizedPlace(Agreement agreement) {
    Objects.requireNonNull(agreement, "agreement");
    return agreement.reducedContribution() && !agreement.replacement();
  }

  /**
   * The runs of the closed {@code window} over every record's agreements.
   *
   * @param places the provider's subsidized places over time
   * @param records the records whose agreements occupy the places
   * @param window the days looked at, both ends included
   * @return the runs of more than {@value #MORE_THAN_DAYS} days, by number of places then start
   * @throws IllegalArgumentException when {@code window} has no end (an open window has no last
   *     run)
   */
  public static List<UnoccupiedRun> runs(
      Seq<PlaceEntry> places, Seq<ParentChildRecord> records, DatePeriod window) {
    Objects.requireNonNull(records, "records");
    return runsOfAgreements(places, records.flatMap(ParentChildRecord::agreements), window);
  }

  /**
   * The runs of the closed {@code window} over {@code agreements}.
   *
   * @param places the provider's subsidized places over time
   * @param agreements the agreements that occupy the places
   * @param window the days looked at, both ends included
   * @return the runs of more than {@value #MORE_THAN_DAYS} days, by number of places then start
   * @throws IllegalArgumentException when {@code window} has no end
   */
  public static List<UnoccupiedRun> runsOfAgreements(
      Seq<PlaceEntry> places, Seq<Agreement> agreements, DatePeriod window) {
    Objects.requireNonNull(places, "places");
    Objects.requireNonNull(agreements, "agreements");
    Objects.requireNonNull(window, "window");
    LocalDate to =
        window
            .endInclusive()
            .getOrElseThrow(() -> new IllegalArgumentException("window " + window + " has no end"));
    return UnoccupiedSweep.runs(places, agreements, window.startInclusive(), to, MORE_THAN_DAYS);
  }
}
