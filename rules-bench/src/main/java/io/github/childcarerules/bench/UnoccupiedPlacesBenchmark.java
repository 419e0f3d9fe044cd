package io.github.childcarerules.bench;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.internal.reading.PlannedOccupation;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.occupation.places.PlaceEntry;
import io.github.childcarerules.occupation.places.UnoccupiedPlaces;
import io.github.childcarerules.occupation.places.UnoccupiedRun;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Unoccupied places of a provider with 6 places over 1 or 40 years, six children a year coming and
 * going with gaps of 2 to 8 months: the sweep over change points beside a day-by-day count (its
 * agreements' dates parsed once, in the set-up).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UnoccupiedPlacesBenchmark {
  private static final LocalDate START = LocalDate.of(2000, 9, 1);

  @Param({"1", "40"})
  public int years;

  private List<PlaceEntry> places;
  private List<Agreement> agreements;
  private java.util.List<DatePeriod> covered;
  private LocalDate end;

  @Setup
  public void setUp() {
    places = List.of(PlaceEntry.from(START, 6));
    end = START.plusYears(years).minusDays(1);
    List<Agreement> all = List.empty();
    for (int place = 0; place < 6; place++) {
      LocalDate from = START.plusDays(place * 17L);
      for (int i = 0; !from.isAfter(end); i++) {
        LocalDate to = from.plusDays(200 + (place * 37L + i * 53L) % 300);
        all = all.append(Agreement.builder().start(from).end(to).reducedContribution(true).build());
        from = to.plusDays(60 + (place * 29L + i * 41L) % 180);
      }
    }
    agreements = all;
    covered = all.flatMap(PlannedOccupation::covered).toJavaList();
  }

  @Benchmark
  public List<UnoccupiedRun> sweep() {
    return UnoccupiedPlaces.runsOfAgreements(places, agreements, DatePeriod.ofClosed(START, end));
  }

  @Benchmark
  public int dayByDay() {
    int days = (int) ChronoUnit.DAYS.between(START, end) + 1;
    int[] unoccupied = new int[days];
    for (int d = 0; d < days; d++) {
      LocalDate day = START.plusDays(d);
      int free = 0;
      for (PlaceEntry entry : places) {
        if (entry.days().contains(day)) {
          free += entry.count();
        }
      }
      for (DatePeriod agreement : covered) {
        if (agreement.contains(day)) {
          free--;
        }
      }
      unoccupied[d] = Math.max(0, free);
    }
    int runs = 0;
    for (int k = 1; k <= 6; k++) {
      int length = 0;
      for (int d = 0; d <= days; d++) {
        if (d < days && unoccupied[d] >= k) {
          length++;
        } else {
          runs += length > 90 ? 1 : 0;
          length = 0;
        }
      }
    }
    return runs;
  }
}
