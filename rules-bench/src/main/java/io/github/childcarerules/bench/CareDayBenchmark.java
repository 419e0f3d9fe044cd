package io.github.childcarerules.bench;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
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
 * The two care-day warnings on one agreement of 1 or 40 years: the whole validation (closed form,
 * whose cost does not grow with the years) beside a day-by-day loop computing only the warnings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CareDayBenchmark {
  @Param({"1", "40"})
  public int years;

  private ParentChildRecord record;
  private Agreement agreement;

  @Setup
  public void setUp() {
    record = Records.longAgreement(years);
    agreement = record.agreements().head();
  }

  @Benchmark
  public ValidationReport validationWithClosedFormWarnings() {
    return RecordValidator.validate(record);
  }

  @Benchmark
  public long[] dayByDayWarningsOnly() {
    return DayByDayCareDays.maxima(agreement);
  }
}
