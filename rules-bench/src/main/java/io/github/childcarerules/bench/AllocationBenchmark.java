package io.github.childcarerules.bench;

import io.github.childcarerules.allocation.Allocation;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.allocation.BatchResult;
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
 * One allocation run of 1,000 batches against 100,000 requests over 50 sectors (fixed seed), with
 * per-offer answers and the board's decisions on half of the recommendations: the library (scenario
 * checks, per-sector queues, full trail, letters and grids) beside a naive peer that filters and
 * sorts the whole register for each batch. The setup checks that both give the same number of
 * places.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class AllocationBenchmark {
  private Scenario scenario;

  @Setup
  public void setUp() {
    scenario =
        AllocationScenarios.decided(AllocationScenarios.register(1_000, 100_000, 20_160_104L));
    int library =
        Allocator.allocate(scenario)
            .get()
            .batches()
            .flatMap(BatchResult::allocations)
            .map(Allocation::places)
            .sum()
            .intValue();
    int naive = NaiveAllocation.allocate(scenario);
    if (library != naive) {
      throw new IllegalStateException(
          "the peer gives " + naive + " places, the library " + library);
    }
  }

  @Benchmark
  public AllocationResult library() {
    return Allocator.allocate(scenario).get();
  }

  @Benchmark
  public int naivePeer() {
    return NaiveAllocation.allocate(scenario);
  }
}
