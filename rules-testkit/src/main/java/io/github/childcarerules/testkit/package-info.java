/**
 * jqwik generators for property-based tests of the rules of RULES.md §1–7: {@link
 * io.github.childcarerules.testkit.Records#valid()} gives valid parent-child records (no violation
 * at all), and {@link io.github.childcarerules.testkit.Mutations#any()} gives {@link
 * io.github.childcarerules.testkit.Mutated} records, each broken by one mutation at exactly one
 * rule and path. Everything else in the package is how they are made.
 */
@NullMarked
package io.github.childcarerules.testkit;

import org.jspecify.annotations.NullMarked;
