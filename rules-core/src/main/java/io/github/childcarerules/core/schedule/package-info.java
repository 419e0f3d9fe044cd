/**
 * Weekly schedules of half-day slots, as entered: a {@link
 * io.github.childcarerules.core.schedule.Schedule} of one to four {@link
 * io.github.childcarerules.core.schedule.Week}s, each naming the {@link
 * io.github.childcarerules.core.schedule.Slot}s occupied on each {@link
 * io.github.childcarerules.core.schedule.Day}.
 */
@CoreStyle
@NullMarked
package io.github.childcarerules.core.schedule;

import io.github.childcarerules.core.internal.CoreStyle;
import org.jspecify.annotations.NullMarked;
