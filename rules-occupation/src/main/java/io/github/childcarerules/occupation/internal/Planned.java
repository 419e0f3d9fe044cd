package io.github.childcarerules.occupation.internal;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.agreement.PlannedOccupation;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.schedule.Timeline;
import java.util.Arrays;

/**
 * The agreements of a record that plan some occupation, each as its timeline of occupied half-days
 * ({@link PlannedOccupation#halfDays(Agreement)}: covered days only, special schedules, week 1
 * anchored on the calendar week of the start; replacements and agreements with unusable dates plan
 * nothing and are left out) with its contribution type.
 */
public final class Planned {
  private final Timeline[] timelines;
  private final boolean[] reduced;

  private Planned(Timeline[] timelines, boolean[] reduced) {
    this.timelines = timelines;
    this.reduced = reduced;
  }

  public static Planned of(ParentChildRecord record) {
    int size = record.agreements().size();
    Timeline[] timelines = new Timeline[size];
    boolean[] reduced = new boolean[size];
    int count = 0;
    for (Agreement agreement : record.agreements()) {
      Timeline halfDays = PlannedOccupation.halfDays(agreement);
      if (!halfDays.isEmpty()) {
        timelines[count] = halfDays;
        reduced[count] = agreement.reducedContribution();
        count++;
      }
    }
    return count == size
        ? new Planned(timelines, reduced)
        : new Planned(Arrays.copyOf(timelines, count), Arrays.copyOf(reduced, count));
  }

  /** Number of agreements that plan some occupation. */
  public int size() {
    return timelines.length;
  }

  public Timeline halfDays(int i) {
    return timelines[i];
  }

  /** True when agreement {@code i} is at the reduced contribution. */
  public boolean reducedContribution(int i) {
    return reduced[i];
  }
}
