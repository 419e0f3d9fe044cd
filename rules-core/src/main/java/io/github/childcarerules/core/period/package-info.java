/**
 * Closed date periods, the one period type shared by every kind of period of a record, and strict
 * {@code YYYY-MM-DD} dates.
 */
@CoreStyle
@NullMarked
package io.github.childcarerules.core.period;

import io.github.childcarerules.core.internal.CoreStyle;
import org.jspecify.annotations.NullMarked;
