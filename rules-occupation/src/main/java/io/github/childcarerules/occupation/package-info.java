/**
 * Planned occupation of records: exact half-day counts over any date range, by age bracket,
 * contribution type, ECP exemption, disability and period of the calendar (RULES.md §8). Start with
 * {@link io.github.childcarerules.occupation.Occupation#of}. Built on rules-core's typed reading of
 * a record and its closed-form timelines.
 */
@ResultStyle
@NullMarked
package io.github.childcarerules.occupation;

import io.github.childcarerules.occupation.internal.ResultStyle;
import org.jspecify.annotations.NullMarked;
