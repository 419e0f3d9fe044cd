package io.github.childcarerules.core.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A timeline or a cycle is copied only when a function changes its values; a timeline built stays
 * as built while its builder goes on; timelines one after the other combine into the same days as
 * the sweep over overlapping ones.
 */
class TimelineCopiesTest {
  private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

  /** Two slots Monday to Friday, none at the weekend. */
  private static final Cycle FULL_DAYS = Cycle.of(MONDAY, new int[] {2, 2, 2, 2, 2, 0, 0});

  /** Three slots on Monday, one on Tuesday. */
  private static final Cycle LONG_MONDAY = Cycle.of(MONDAY, new int[] {3, 1, 0, 0, 0, 0, 0});

  private static LocalDate day(int offset) {
    return MONDAY.plusDays(offset);
  }

  @Test
  void aCycleIsCopiedOnlyWhenTheFunctionChangesAValue() {
    assertThat(FULL_DAYS.map(slots -> Math.min(slots, 2))).isSameAs(FULL_DAYS);

    Cycle units = LONG_MONDAY.map(slots -> Math.min(slots, 2));
    assertThat(units).isNotSameAs(LONG_MONDAY);
    assertThat(units.valueOn(day(0))).isEqualTo(2);
    assertThat(units.valueOn(day(1))).isEqualTo(1);
    assertThat(LONG_MONDAY.valueOn(day(0))).isEqualTo(3);
  }

  @Test
  void aTimelineIsCopiedOnlyWhenTheFunctionChangesAValue() {
    Timeline timeline =
        Timeline.builder().add(day(0), day(6), FULL_DAYS).add(day(7), day(13), LONG_MONDAY).build();

    assertThat(timeline.map(slots -> Math.min(slots, 3))).isSameAs(timeline);
    Timeline units = timeline.map(slots -> Math.min(slots, 2));
    assertThat(units).isNotSameAs(timeline);
    assertThat(units.segments().map(segment -> segment._3).get(0)).isSameAs(FULL_DAYS);
    assertThat(units.valueOn(day(7))).isEqualTo(2);
    assertThat(timeline.valueOn(day(7))).isEqualTo(3);
  }

  @Test
  void aCycleSharedBySegmentsThatFollowEachOtherIsMappedOnce() {
    Timeline timeline =
        Timeline.builder()
            .add(day(0), day(6), LONG_MONDAY)
            .add(day(7), day(13), LONG_MONDAY)
            .add(day(20), day(26), FULL_DAYS)
            .add(day(27), day(33), LONG_MONDAY)
            .build();

    List<Cycle> mapped =
        timeline.map(slots -> Math.min(slots, 2)).segments().map(s -> s._3).toList();

    assertThat(mapped.get(1)).isSameAs(mapped.get(0));
    assertThat(mapped.get(0).valueOn(day(0))).isEqualTo(2);
    assertThat(mapped.get(3).valueOn(day(29))).isEqualTo(1);
  }

  @Test
  void aTimelineBuiltStaysAsBuiltWhileItsBuilderGoesOn() {
    Timeline.Builder builder = Timeline.builder().add(day(0), day(6), FULL_DAYS);
    Timeline one = builder.build();
    Timeline two = builder.add(day(7), day(13), LONG_MONDAY).build();
    Timeline three = builder.add(day(14), day(20), LONG_MONDAY).build();

    assertThat(one.segments()).hasSize(1);
    assertThat(one.sum(day(0), day(30))).isEqualTo(10);
    assertThat(two.segments()).hasSize(2);
    assertThat(two.sum(day(0), day(30))).isEqualTo(14);
    assertThat(three.sum(day(0), day(30))).isEqualTo(18);
    assertThat(Timeline.builder().build().isEmpty()).isTrue();
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Timeline.builder().add(day(0), day(6), FULL_DAYS).add(day(6), day(8), FULL_DAYS));
    assertThat(
            Timeline.builder()
                .add(day(0), day(6), FULL_DAYS)
                .add(day(7), day(8), FULL_DAYS)
                .build()
                .sum(day(0), day(8)))
        .isEqualTo(10 + 4);
  }

  @Test
  void timelinesOneAfterTheOtherCombineAsTheSweepDoes() {
    Timeline first = Timeline.builder().add(day(0), day(13), LONG_MONDAY).build();
    Timeline abutting = Timeline.builder().add(day(14), day(20), FULL_DAYS).build();
    Timeline later = Timeline.builder().add(day(30), day(40), LONG_MONDAY).build();
    Timeline overlapping = Timeline.builder().add(day(7), day(20), FULL_DAYS).build();

    Timeline joined =
        Timeline.combine(List.of(first, abutting, later), slots -> Math.min(slots, 2));
    assertThat(joined.segments().map(s -> s._1)).containsExactly(day(0), day(14), day(30));
    for (int d = -3; d <= 44; d++) {
      int expected =
          Math.min(first.valueOn(day(d)) + abutting.valueOn(day(d)) + later.valueOn(day(d)), 2);
      assertThat(joined.valueOn(day(d))).as("day %d", d).isEqualTo(expected);
    }

    Timeline swept = Timeline.combine(List.of(first, overlapping), slots -> slots);
    assertThat(swept.valueOn(day(7))).isEqualTo(3 + 2);
    for (int d = -3; d <= 24; d++) {
      assertThat(swept.valueOn(day(d)))
          .isEqualTo(first.valueOn(day(d)) + overlapping.valueOn(day(d)));
    }
    Timeline toMonday = Timeline.builder().add(day(0), day(7), LONG_MONDAY).build();
    Timeline fromMonday = Timeline.builder().add(day(7), day(10), LONG_MONDAY).build();
    Timeline oneDayTwice = Timeline.combine(List.of(toMonday, fromMonday), slots -> slots);
    assertThat(oneDayTwice.valueOn(day(7))).isEqualTo(3 + 3);
    for (int d = -3; d <= 14; d++) {
      assertThat(oneDayTwice.valueOn(day(d)))
          .as("day %d", d)
          .isEqualTo(toMonday.valueOn(day(d)) + fromMonday.valueOn(day(d)));
    }
    Timeline outOfOrder = Timeline.combine(List.of(abutting, first), slots -> slots);
    for (int d = -3; d <= 24; d++) {
      assertThat(outOfOrder.valueOn(day(d)))
          .isEqualTo(first.valueOn(day(d)) + abutting.valueOn(day(d)));
    }
  }

  @Test
  void theFirstAndLastDaysAreThoseOfTheSegments() {
    Timeline timeline =
        Timeline.builder().add(day(3), day(6), FULL_DAYS).add(day(9), day(12), FULL_DAYS).build();

    assertThat(timeline.firstDay()).isEqualTo(day(3));
    assertThat(timeline.lastDay()).isEqualTo(day(12));
    assertThatIllegalStateException().isThrownBy(() -> Timeline.empty().firstDay());
    assertThatIllegalStateException().isThrownBy(() -> Timeline.empty().lastDay());
  }

  @Test
  void theHeaviestWindowSumsWhatTheMaximumSays() {
    Timeline timeline =
        Timeline.builder()
            .add(day(0), day(20), FULL_DAYS)
            .add(day(21), day(60), LONG_MONDAY)
            .build();

    long dayByDay = 0;
    for (int start = 0; start + 27 <= 60; start++) {
      long sum = 0;
      for (int d = start; d < start + 28; d++) {
        sum += timeline.valueOn(day(d));
      }
      dayByDay = Math.max(dayByDay, sum);
    }

    long most = timeline.maxWindowSum(28, day(0), day(60));
    assertThat(most).isEqualTo(dayByDay);
    assertThat(most).isEqualTo(timeline.heaviestWindow(28, day(0), day(60)).get().sum());
    assertThat(timeline.maxWindowSum(28, day(0), day(26))).isZero();
    assertThat(timeline.heaviestWindow(28, day(0), day(26))).isEmpty();
  }
}
