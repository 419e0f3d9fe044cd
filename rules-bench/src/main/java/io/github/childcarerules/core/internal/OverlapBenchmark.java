package io.github.childcarerules.core.internal;

import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.Set;
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
 * Finding the overlapping periods among {@code n} closed periods, disjoint but for one overlapping
 * pair, in shuffled order: the mechanism behind every {@code *_OVERLAP} rule (one sort by start,
 * one sweep) beside what a Java team would otherwise write, a Guava {@link TreeRangeSet} asked
 * whether each period intersects those added before it. Both start from the same periods and find
 * the same pair (checked at setup).
 *
 * <p>The mechanism is not public API: this benchmark sits in its package to run it as validation
 * does, each period an element of a list with its place for the violation's path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OverlapBenchmark {
  @Param({"10", "1000", "100000"})
  public int n;

  private DatePeriod[] periods = new DatePeriod[0]; // set by setUp, before any measurement

  @Setup
  public void setUp() {
    periods = periods(n, new Random(20261207L));
    Set<Integer> library = pair(library());
    Set<Integer> guava = guavaPair();
    if (library.size() != 2 || !library.equals(guava)) {
      throw new IllegalStateException("not the same pair: " + library + " and " + guava);
    }
  }

  /** Periods of 6 days, 10 days apart, shuffled; the middle one ends 3 days into the next one. */
  static DatePeriod[] periods(int n, Random random) {
    LocalDate first = LocalDate.of(1900, 1, 1);
    ArrayList<DatePeriod> periods = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDate start = first.plusDays(10L * i);
      int days = i == n / 2 ? 12 : 5;
      periods.add(DatePeriod.ofClosed(start, start.plusDays(days)));
    }
    Collections.shuffle(periods, random);
    return periods.toArray(new DatePeriod[0]);
  }

  /** The library: the periods as elements of a list, then the one sort and sweep. */
  @Benchmark
  public List<Violation> library() {
    ArrayList<Overlaps.Element> elements = new ArrayList<>(periods.length);
    for (int i = 0; i < periods.length; i++) {
      elements.add(new Overlaps.Element(At.item("periods", i), periods[i]));
    }
    Findings findings = new Findings();
    Overlaps.check(elements, Rule.ECP_PERIODS_OVERLAP, findings);
    return findings.all();
  }

  /** Guava: each period is checked against the set of those before it, then added. */
  @Benchmark
  public int treeRangeSet() {
    RangeSet<LocalDate> seen = TreeRangeSet.create();
    int overlapping = -1;
    for (int i = 0; i < periods.length; i++) {
      Range<LocalDate> days = range(periods[i]);
      if (seen.intersects(days)) {
        overlapping = i;
      }
      seen.add(days);
    }
    return overlapping;
  }

  /** The indexes of the pair the library reports: the element and the one it overlaps. */
  private static Set<Integer> pair(List<Violation> violations) {
    return violations
        .flatMap(v -> v.arguments().prepend(v.path()))
        .map(path -> Integer.valueOf(path.substring("periods[".length(), path.length() - 1)))
        .toJavaSet();
  }

  /** The pair the Guava loop finds: the period that intersects, and the period it intersects. */
  private Set<Integer> guavaPair() {
    int found = treeRangeSet();
    RangeSet<LocalDate> before = TreeRangeSet.create();
    for (int i = 0; i < found; i++) {
      before.add(range(periods[i]));
    }
    Range<LocalDate> other = before.subRangeSet(range(periods[found])).span();
    for (int i = 0; i < found; i++) {
      if (range(periods[i]).isConnected(other)) {
        return Set.of(found, i);
      }
    }
    return Set.of(found);
  }

  private static Range<LocalDate> range(DatePeriod period) {
    return Range.closed(period.startInclusive(), period.endInclusive().get());
  }
}
