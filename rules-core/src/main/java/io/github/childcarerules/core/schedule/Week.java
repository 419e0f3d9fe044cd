package io.github.childcarerules.core.schedule;

import io.github.childcarerules.core.internal.NoNulls;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.util.Arrays;
import org.immutables.value.Value;

/**
 * One week of a schedule: for each day key ({@link Day} names) the slots occupied ({@link Slot}
 * names). A day left out has no slot; a slot listed twice counts once. Keys and slots are kept as
 * entered so that a misspelt one is reported, never dropped.
 */
@Value.Immutable
public abstract class Week implements WithWeek {
  public abstract Map<String, List<String>> days();

  /**
   * Occupied slots per day, Monday first: the distinct valid slots of each valid day key. Keys and
   * slots outside their enumeration count for nothing here (validation reports them).
   */
  @Value.Lazy
  int[] slotCounts() {
    int[] counts = new int[7];
    for (var entry : days()) {
      Day.parse(entry._1)
          .forEach(
              day ->
                  counts[day.ordinal()] =
                      LinkedHashSet.ofAll(entry._2.flatMap(Slot::parse)).size());
    }
    return counts;
  }

  /** Distinct valid slots occupied on {@code day}. */
  public int slotsOn(Day day) {
    return slotCounts()[day.ordinal()];
  }

  /** Total occupied half-days of the week. */
  public int halfDays() {
    return Arrays.stream(slotCounts()).sum();
  }

  @Value.Check
  void noNullElements() {
    NoNulls.entries("days", days());
    days().forEach(day -> NoNulls.elements("days." + day._1, day._2));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** An empty week: no occupation. */
  public static Week empty() {
    return builder().build();
  }

  public static final class Builder extends ImmutableWeek.Builder {
    /** Occupies {@code slots} on {@code day}. */
    public Builder on(Day day, Slot... slots) {
      return putDays(day.name(), List.of(slots).map(Slot::name));
    }
  }
}
