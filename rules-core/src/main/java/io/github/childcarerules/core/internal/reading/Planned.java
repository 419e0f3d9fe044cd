package io.github.childcarerules.core.internal.reading;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.vavr.collection.IndexedSeq;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Arrays;

/**
 * The agreements of a record that plan some occupation, each as its timeline of occupied half-days
 * ({@link PlannedOccupation#halfDays(Agreement)}: covered days only, special schedules, week 1
 * anchored on the calendar week of the start; replacements and agreements with unusable dates plan
 * nothing and are left out) with its contribution type.
 *
 * @since 0.1.0
 */
public final class Planned {
  private final Timeline[] timelines;
  private final boolean[] reduced;
  private final int[] indexes;

  private Planned(Timeline[] timelines, boolean[] reduced, int[] indexes) {
    this.timelines = timelines;
    this.reduced = reduced;
    this.indexes = indexes;
  }

  /**
   * Reads the agreements of {@code record}.
   *
   * @param record any record
   * @return its agreements that plan some occupation, in the record's order
   */
  public static Planned of(ParentChildRecord record) {
    return of(record.agreements());
  }

  /**
   * Reads {@code agreements}.
   *
   * @param agreements a record's agreements
   * @return those that plan some occupation, in the list's order
   */
  public static Planned of(Seq<Agreement> agreements) {
    return of(agreements, agreements.toArray().map(PlannedOccupation::covered));
  }

  /**
   * Reads {@code agreements} whose covered days are already read (validation reads them once).
   *
   * @param agreements a record's agreements
   * @param covered the {@link PlannedOccupation#covered} days of each agreement, by index
   * @return those that plan some occupation, in the list's order
   */
  public static Planned of(Seq<Agreement> agreements, IndexedSeq<Option<DatePeriod>> covered) {
    int size = agreements.size();
    Timeline[] timelines = new Timeline[size];
    boolean[] reduced = new boolean[size];
    int[] indexes = new int[size];
    int count = 0;
    int index = 0;
    for (Agreement agreement : agreements) {
      Timeline halfDays = PlannedOccupation.halfDays(agreement, covered.get(index));
      if (!halfDays.isEmpty()) {
        timelines[count] = halfDays;
        reduced[count] = agreement.reducedContribution();
        indexes[count] = index;
        count++;
      }
      index++;
    }
    return count == size
        ? new Planned(timelines, reduced, indexes)
        : new Planned(
            Arrays.copyOf(timelines, count),
            Arrays.copyOf(reduced, count),
            Arrays.copyOf(indexes, count));
  }

  /**
   * Number of agreements that plan some occupation.
   *
   * @return how many timelines there are
   */
  public int size() {
    return timelines.length;
  }

  /**
   * The occupied half-days of agreement {@code i}.
   *
   * @param i from 0 to {@link #size()} excluded
   * @return its timeline, never empty
   */
  public Timeline halfDays(int i) {
    return timelines[i];
  }

  /**
   * The occupied slots of all reduced-contribution agreements together, day by day: where care days
   * are counted (RCR art. 6 and 20; replacement agreements plan nothing).
   *
   * @return the day-by-day sum of their timelines; empty when there is none
   */
  public Timeline reducedContributionHalfDays() {
    List<Timeline> parts = List.empty();
    for (int i = timelines.length - 1; i >= 0; i--) {
      if (reduced[i]) {
        parts = parts.prepend(timelines[i]);
      }
    }
    return Timeline.combine(parts, slots -> slots);
  }

  /**
   * Where agreement {@code i} is in the list read.
   *
   * @param i from 0 to {@link #size()} excluded
   * @return its index in the record's agreements (its path is {@code agreements[index]})
   */
  public int index(int i) {
    return indexes[i];
  }

  /**
   * True when agreement {@code i} is at the reduced contribution.
   *
   * @param i from 0 to {@link #size()} excluded
   * @return its contribution type
   */
  public boolean reducedContribution(int i) {
    return reduced[i];
  }
}
