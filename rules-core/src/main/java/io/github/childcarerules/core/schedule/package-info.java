/**
 * Weekly schedules of half-day slots, and the closed-form arithmetic that turns them into planned
 * occupation: {@link io.github.childcarerules.core.schedule.Timeline} counts any date range in time
 * that depends on the number of schedule changes, never on the number of days.
 */
@CoreStyle
@NullMarked
package io.github.childcarerules.core.schedule;

import io.github.childcarerules.core.internal.CoreStyle;
import org.jspecify.annotations.NullMarked;
