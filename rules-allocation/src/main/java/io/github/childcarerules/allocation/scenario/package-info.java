/**
 * The allocation scenario as entered (FORMAT.md "Allocation scenario"): sectors, batches of places,
 * requests and providers with their answers. Values are kept as entered (dates and enumerations as
 * text, numbers as decimals) so that the scenario checks can report every problem at once.
 */
@AllocationStyle
@NullMarked
package io.github.childcarerules.allocation.scenario;

import io.github.childcarerules.allocation.internal.AllocationStyle;
import org.jspecify.annotations.NullMarked;
