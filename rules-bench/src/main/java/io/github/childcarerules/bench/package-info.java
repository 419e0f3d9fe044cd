/**
 * JMH benchmarks, each beside the way a user would otherwise do the same work: Bean Validation for
 * records, a day-by-day loop for care days, a filter-and-sort of the whole register per batch for
 * the allocation, a Guava {@code TreeRangeSet} for overlapping periods ({@code OverlapBenchmark},
 * in rules-core's internal package, whose mechanism it runs). Run {@code java -jar
 * rules-bench/target/benchmarks.jar}. Beside them, plain {@code main} classes for the whole-process
 * runs of {@code rules-bench/whole-process.sh}: the generators of its inputs ({@link
 * io.github.childcarerules.bench.GenerateRecords}, {@link
 * io.github.childcarerules.bench.GenerateScenario}) and the floors the command line is measured
 * against ({@link io.github.childcarerules.bench.JsonLinesFloor}, {@link
 * io.github.childcarerules.bench.ParseFloor}), run with {@code java -cp
 * rules-bench/target/benchmarks.jar io.github.childcarerules.bench.NAME}.
 */
package io.github.childcarerules.bench;
