package io.github.childcarerules.occupation.internal;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.internal.reading.PlannedOccupation;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.occupation.places.PlaceEntry;
import io.github.childcarerules.occupation.places.UnoccupiedPlaces;
import io.github.childcarerules.occupation.places.UnoccupiedRun;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The sweep behind {@code UnoccupiedPlaces}: places minus occupied agreements changes only where an
 * entry or an agreement starts or ends, so the window is cut at those change points into segments
 * of constant unoccupied places; runs are then read off the segments for each k until a k has none.
 * Cost: O(n log n) for n entries and agreements, plus O(k × segments), never a step per day.
 *
 * @since 0.1.0
 */
public final class UnoccupiedSweep {
  /** Days of the window with a constant number of unoccupied places. */
  private record Segment(LocalDate from, LocalDate to, long unoccupied) {}

  private UnoccupiedSweep() {}

  /**
   * The runs of unoccupied places in the window {@code from} to {@code to}, both included.
   *
   * @param places the subsidized places and when they are available
   * @param agreements the agreements whose days may occupy a place
   * @param from the window's first day
   * @param to the window's last day
   * @param moreThanDays a run is reported only when it lasts more than this many days (90)
   * @return the runs, sorted by k then start
   */
  public static List<UnoccupiedRun> runs(
      Seq<PlaceEntry> places,
      Seq<Agreement> agreements,
      LocalDate from,
      LocalDate to,
      int moreThanDays) {
    TreeMap<LocalDate, Long> changes = new TreeMap<>();
    changes.put(from, 0L);
    for (PlaceEntry entry : places) {
      change(changes, entry.days(), entry.count(), from, to);
    }
    for (Agreement agreement : agreements) {
      if (UnoccupiedPlaces.occupiesSubsidizedPlace(agreement)) {
        PlannedOccupation.covered(agreement).forEach(days -> change(changes, days, -1, from, to));
      }
    }
    java.util.List<Segment> segments = segments(changes, to);
    long most = segments.stream().mapToLong(Segment::unoccupied).max().orElse(0);

    java.util.List<UnoccupiedRun> runs = new ArrayList<>();
    for (long k = 1; k <= most; k++) {
      int before = runs.size();
      runsOfAtLeast(runs, segments, k, from, to, moreThanDays);
      if (runs.size() == before) {
        break; // the days with k + 1 places free lie within those with k: no longer run either
      }
    }
    return List.ofAll(runs);
  }

  /** Adds {@code delta} to places minus occupied over {@code days} clipped to the window. */
  private static void change(
      TreeMap<LocalDate, Long> changes, DatePeriod days, long delta, LocalDate from, LocalDate to) {
    LocalDate start = days.startInclusive();
    LocalDate end = days.endInclusive().getOrElse(to);
    if (start.isAfter(to) || end.isBefore(from) || delta == 0) {
      return;
    }
    changes.merge(start.isBefore(from) ? from : start, delta, Long::sum);
    if (end.isBefore(to)) {
      changes.merge(end.plusDays(1), -delta, Long::sum);
    }
  }

  private static java.util.List<Segment> segments(TreeMap<LocalDate, Long> changes, LocalDate to) {
    java.util.List<Segment> segments = new ArrayList<>();
    long net = 0;
    Map.@Nullable Entry<LocalDate, Long> change = changes.firstEntry();
    while (change != null) {
      net += change.getValue();
      Map.@Nullable Entry<LocalDate, Long> next = changes.higherEntry(change.getKey());
      LocalDate last = next == null ? to : next.getKey().minusDays(1);
      segments.add(new Segment(change.getKey(), last, Math.max(0, net)));
      change = next;
    }
    return segments;
  }

  private static void runsOfAtLeast(
      java.util.List<UnoccupiedRun> runs,
      java.util.List<Segment> segments,
      long k,
      LocalDate from,
      LocalDate to,
      int moreThanDays) {
    @Nullable LocalDate start = null;
    for (Segment segment : segments) {
      if (segment.unoccupied() >= k) {
        if (start == null) {
          start = segment.from();
        }
      } else if (start != null) {
        add(runs, k, start, segment.from().minusDays(1), from, to, moreThanDays);
        start = null;
      }
    }
    if (start != null) {
      add(runs, k, start, to, from, to, moreThanDays);
    }
  }

  private static void add(
      java.util.List<UnoccupiedRun> runs,
      long k,
      LocalDate start,
      LocalDate end,
      LocalDate from,
      LocalDate to,
      int moreThanDays) {
    if (ChronoUnit.DAYS.between(start, end) + 1 <= moreThanDays) {
      return;
    }
    runs.add(UnoccupiedRun.of(Math.toIntExact(k), start, end, start.equals(from), end.equals(to)));
  }
}
