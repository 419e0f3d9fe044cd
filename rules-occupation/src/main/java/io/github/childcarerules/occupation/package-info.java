/**
 * Planned occupation of records: exact half-day counts over any date range, by age bracket,
 * contribution type and period (RULES.md §8). Built on {@code core.schedule}'s closed-form
 * timelines.
 */
@NullMarked
package io.github.childcarerules.occupation;

import org.jspecify.annotations.NullMarked;
