/**
 * JMH benchmarks, each beside the way a user would otherwise do the same work: Bean Validation for
 * records, a day-by-day loop for care days, a filter-and-sort of the whole register per batch for
 * the allocation, a Guava {@code TreeRangeSet} for overlapping periods ({@code OverlapBenchmark},
 * in rules-core's internal package, whose mechanism it runs). Run {@code java -jar
 * rules-bench/target/benchmarks.jar}.
 */
package io.github.childcarerules.bench;
