package io.github.childcarerules.core.schedule;

import io.github.childcarerules.core.internal.NoNulls;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.util.Arrays;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One week of a schedule: for each day key ({@link Day} names) the slots occupied ({@link Slot}
 * names). A day left out has no slot; a slot listed twice counts once. Keys and slots are kept as
 * entered so that a misspelt one is reported, never dropped.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Week implements WithWeek {
  /**
   * The occupied slots of each day, as entered.
   *
   * @return day key ({@code "MON"} to {@code "SUN"}) to slot names; a day left out has no slot
   */
  public abstract Map<String, List<String>> days();

  private static final Day[] DAYS = Day.values();

  /** What a day key not in the map is looked up as: a list of its own, told by identity. */
  private static final List<String> NO_DAY = List.of("");

  /**
   * Occupied slots per day, Monday first: the distinct valid slots of each valid day key. Keys and
   * slots outside their enumeration count for nothing here (validation reports them).
   */
  @Value.Lazy
  int[] slotCounts() {
    int[] counts = new int[7];
    for (Day day : DAYS) { // looked up, not walked: the map walks by making a queue per step
      @Nullable List<String> slots = days().getOrElse(day.name(), null); // no Option made
      if (slots != null) {
        int occupied = 0; // one bit per distinct slot
        for (String slot : slots) {
          occupied |= Slot.parse(slot).fold(() -> 0, known -> 1 << known.ordinal());
        }
        counts[day.ordinal()] = Integer.bitCount(occupied);
      }
    }
    return counts;
  }

  /**
   * Distinct valid slots occupied on {@code day}.
   *
   * @param day the day of the week
   * @return 0 to 6 half-days; a misspelt slot counts for nothing
   */
  public int slotsOn(Day day) {
    return slotCounts()[day.ordinal()];
  }

  /**
   * Total occupied half-days of the week.
   *
   * @return the sum of {@link #slotsOn(Day)} over the seven days, in half-days
   */
  public int halfDays() {
    return Arrays.stream(slotCounts()).sum();
  }

  @Value.Check
  void noNullElements() {
    @Nullable Map<String, List<String>> days = days(); // null through withDays(null)
    if (days == null) {
      NoNulls.entries("days", days);
      return;
    }
    // the day keys are looked up; the map is walked (which makes a queue per step) only when it
    // holds another key or a null, to name the first null in the map's order
    int dayKeys = 0;
    boolean someNull = false;
    for (Day day : DAYS) {
      @Nullable List<String> slots = days.getOrElse(day.name(), NO_DAY);
      if (slots != NO_DAY) {
        dayKeys++;
        someNull |= slots == null || slots.contains(null);
      }
    }
    if (someNull || dayKeys < days.size()) {
      for (var day : days) { // the paths are made only for what is null
        if (day._1 == null || day._2 == null || day._2.contains(null)) {
          NoNulls.entries("days", days);
          NoNulls.elements("days." + day._1, day._2);
        }
      }
    }
  }

  /**
   * A builder of a week, no day occupied until set.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An empty week: no occupation.
   *
   * @return a week with no slot on any day
   */
  public static Week empty() {
    return builder().build();
  }

  /**
   * Builds a {@link Week}, with typed days and slots through {@link #on(Day, Slot...)} or entered
   * text through {@code putDays}.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableWeek.Builder {
    /**
     * Occupies {@code slots} on {@code day}.
     *
     * @param day the day of the week
     * @param slots the slots occupied that day
     * @return this builder
     * @throws NullPointerException naming the day, the slots or the slot ({@code days.MON[1]}) that
     *     is {@code null}
     */
    public Builder on(Day day, Slot... slots) {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(slots, "days." + day.name() + ": the slots");
      List<Slot> given = List.of(slots);
      NoNulls.elements("days." + day.name(), given);
      return putDays(day.name(), given.map(Slot::name));
    }
  }
}
