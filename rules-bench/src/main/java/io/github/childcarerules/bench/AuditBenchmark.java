package io.github.childcarerules.bench;

import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.allocation.AuditResult;
import io.github.childcarerules.allocation.Auditor;
import io.github.childcarerules.allocation.scenario.Scenario;
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
 * The audit of a coordinating office's decisions (RULES.md §10) on {@link AllocationBenchmark}'s
 * register, 1,000 batches against 100,000 requests over 50 sectors (same seed), as an office that
 * followed the policy leaves it: the board authorized every recommendation of a first run and every
 * letter was sent on its due date. The audit replays §9's walk of each batch and judges every grant
 * and letter; {@link #allocate} runs the allocation on the very same scenario, so that one run
 * compares the two. The setup checks that the audit finds no departure about a grant and nothing
 * pending.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class AuditBenchmark {
  private Scenario scenario;

  @Setup
  public void setUp() {
    scenario =
        AllocationScenarios.followed(AllocationScenarios.register(1_000, 100_000, 20_160_104L));
    AuditResult audit = Auditor.audit(scenario).get();
    int grants = audit.departures().count(departure -> departure.batch().isDefined());
    if (grants != 0 || !audit.pending().isEmpty()) {
      throw new IllegalStateException(
          "a board that followed §9 departs from it: "
              + grants
              + " departures about grants, "
              + audit.pending().size()
              + " recommendations pending");
    }
  }

  @Benchmark
  public AllocationResult allocate() {
    return Allocator.allocate(scenario).get();
  }

  @Benchmark
  public AuditResult audit() {
    return Auditor.audit(scenario).get();
  }
}
