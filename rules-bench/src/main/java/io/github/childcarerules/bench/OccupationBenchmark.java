package io.github.childcarerules.bench;

import io.github.childcarerules.core.agreement.SpecialSchedule;
import io.github.childcarerules.core.internal.reading.PlannedOccupation;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.record.SpecialPeriod;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.occupation.Grouping;
import io.github.childcarerules.occupation.Occupation;
import io.github.childcarerules.occupation.OccupationCount;
import io.vavr.collection.List;
import java.time.LocalDate;
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
 * The occupation report of a record with one agreement of 1 or 40 years (two brackets, an ECP
 * period, a special schedule at Christmas), over the agreement's whole span: the closed form, from
 * the record to the count, beside a day-by-day loop over the same record; each also by month; and
 * the count alone on a record read once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OccupationBenchmark {
  @Param({"1", "40"})
  public int years;

  private ParentChildRecord record;
  private DatePeriod span;
  private Occupation prepared;
  private DayByDayOccupation.Read read;

  @Setup
  public void setUp() {
    record = record(years);
    span = PlannedOccupation.covered(record.agreements().head()).get();
    prepared = Occupation.of(record);
    read = DayByDayOccupation.read(record);
  }

  /** The typical record's child, with one agreement of {@code years} years. */
  static ParentChildRecord record(int years) {
    LocalDate start = LocalDate.of(2023, 3, 6);
    ParentChildRecord typical = Records.typical();
    return typical
        .withAgreements(
            List.of(
                typical
                    .agreements()
                    .head()
                    .withEnd(
                        io.vavr.control.Option.some(start.plusYears(years).minusDays(1).toString()))
                    .withSchedule(
                        io.vavr.control.Option.some(
                            Schedule.of(
                                Records.days(Day.MON, Day.TUE, Day.WED),
                                Records.days(Day.THU, Day.FRI))))
                    .withSpecialSchedules(
                        List.of(
                            SpecialSchedule.of(
                                LocalDate.of(2023, 12, 18),
                                LocalDate.of(2024, 1, 5),
                                Schedule.of(Records.days(Day.FRI)))))))
        .withEcpPeriods(
            List.of(SpecialPeriod.of(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 12, 31))))
        .withAgeBrackets(typical.ageBrackets().put(AgeBracket.MONTHS_18_59.name(), "2023-11-14"));
  }

  @Benchmark
  public OccupationCount closedForm() {
    return Occupation.of(record).count(span);
  }

  /** Counting alone, on a record read once (as when counting many ranges of one record). */
  @Benchmark
  public OccupationCount closedFormOnReadRecord() {
    return prepared.count(span);
  }

  /** The day-by-day loop alone, on the record's dates read once. */
  @Benchmark
  public long[] dayByDayOnReadRecord() {
    return DayByDayOccupation.count(read, span.startInclusive(), span.endInclusive().get(), false);
  }

  @Benchmark
  public OccupationCount closedFormByMonth() {
    return Occupation.of(record).count(span, Grouping.MONTH);
  }

  @Benchmark
  public long[] dayByDay() {
    return DayByDayOccupation.count(
        record, span.startInclusive(), span.endInclusive().get(), false);
  }

  @Benchmark
  public long[] dayByDayByMonth() {
    return DayByDayOccupation.count(record, span.startInclusive(), span.endInclusive().get(), true);
  }
}
