package io.github.childcarerules.bench;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import io.github.childcarerules.occupation.attestation.Attestation;
import io.github.childcarerules.occupation.coverage.CoverageAudit;
import io.github.childcarerules.occupation.coverage.CoverageRow;
import io.github.childcarerules.occupation.coverage.CoverageTables;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bounds of hostile input (docs/decisions.md, "Hostile input"): a record of 40,000 one-day
 * agreements on consecutive days (4.8 MB as JSON; it took 40–80 s when combining was quadratic),
 * validated and attested, each under a second; a coverage table of 100,000 sector rows and a total,
 * audited under two seconds (the CSV reader and the process are measured in BENCHMARKS.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class HostileInputBenchmark {
  static final int AGREEMENTS = 40_000;
  static final int ROWS = 100_000;

  private ParentChildRecord manyAgreements;
  private LocalDate asOf;
  private List<CoverageRow> table;

  @Setup
  public void setUp() {
    LocalDate first = LocalDate.of(2023, 3, 6);
    Schedule weekdays = Schedule.of(Records.days(Day.MON, Day.TUE, Day.WED, Day.THU, Day.FRI));
    java.util.List<Agreement> agreements = new ArrayList<>(AGREEMENTS);
    for (int i = 0; i < AGREEMENTS; i++) {
      String day = first.plusDays(i).toString();
      agreements.add(
          Agreement.builder()
              .start(day)
              .end(day)
              .reducedContribution(true)
              .signed(true)
              .schedule(weekdays)
              .build());
    }
    manyAgreements = Records.typical().withAgreements(List.ofAll(agreements));
    asOf = first.plusDays(AGREEMENTS / 2);
    java.util.List<CoverageRow> rows = new ArrayList<>(ROWS + 1);
    for (int i = 0; i < ROWS; i++) {
      rows.add(
          CoverageRow.builder()
              .sector("S" + i)
              .areaKm2(new BigDecimal("137.07"))
              .children(BigDecimal.valueOf(75 + i % 50))
              .providers(BigDecimal.valueOf(3))
              .places(BigDecimal.valueOf(17))
              .statedRate(new BigDecimal("22.6"))
              .places0To17(BigDecimal.valueOf(6))
              .places18To59(BigDecimal.valueOf(11))
              .places60Plus(BigDecimal.ZERO)
              .build());
    }
    rows.add(
        CoverageRow.builder()
            .sector(CoverageTables.TOTAL)
            .children(BigDecimal.valueOf(ROWS))
            .places(BigDecimal.valueOf(17L * ROWS))
            .build());
    table = List.ofAll(rows);
  }

  @Benchmark
  public ValidationReport validateFortyThousandAgreements() {
    return RecordValidator.validate(manyAgreements);
  }

  @Benchmark
  public Attestation attestFortyThousandAgreements() {
    return Attestation.of(manyAgreements, asOf);
  }

  @Benchmark
  public CoverageAudit auditHundredThousandRows() {
    return CoverageTables.audit(table);
  }
}
