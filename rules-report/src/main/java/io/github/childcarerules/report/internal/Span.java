package io.github.childcarerules.report.internal;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The days a chart spans, whole months from the first of the earliest month to the last of the
 * latest, mapped onto a horizontal extent of the drawing; and the ticks of its time axis.
 *
 * @param first the first day drawn
 * @param last the last day drawn
 * @param left the x of the first day's left edge
 * @param right the x of the last day's right edge
 */
record Span(LocalDate first, LocalDate last, double left, double right) {
  /** The month steps between labelled ticks, the smallest that gives at most 8 of them. */
  private static final List<Integer> STEPS =
      List.of(1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000, 24000, 60000);

  private static final int MOST_LABELS = 8;

  /**
   * The whole months around {@code dates} (not empty), drawn from {@code left} to {@code right}.
   */
  static Span over(List<LocalDate> dates, double left, double right) {
    LocalDate min = dates.min().get();
    LocalDate max = dates.max().get();
    return new Span(
        min.withDayOfMonth(1), max.with(TemporalAdjusters.lastDayOfMonth()), left, right);
  }

  /** The x of {@code day}'s left edge. */
  double x(LocalDate day) {
    double days = ChronoUnit.DAYS.between(first, last) + 1;
    return Charts.round(left + ChronoUnit.DAYS.between(first, day) * (right - left) / days);
  }

  /** The x of the left edge of the day after {@code day}: a bar's right end. */
  double xAfter(LocalDate day) {
    return day.equals(LocalDate.MAX) ? right : x(day.plusDays(1));
  }

  /** Months from the first to the last day, both counted. */
  long months() {
    return ChronoUnit.MONTHS.between(first, last) + 1;
  }

  /**
   * The ticks of the time axis: labelled ones every {@code step} months (on months whose index from
   * year 0 is a multiple of the step, so years fall on January), light ones every month when the
   * span has at most 36 months, every year up to 40 years.
   */
  List<Charts.Tick> ticks() {
    long months = months();
    int step = STEPS.find(s -> months / s <= MOST_LABELS).getOrElse(STEPS.last());
    int minor = months <= 36 ? 1 : months <= 480 ? 12 : step;
    java.util.List<Charts.Tick> ticks = new java.util.ArrayList<>();
    long from = monthIndex(first);
    long to = monthIndex(last);
    for (long m = ceil(from, minor); m <= to; m += minor) {
      LocalDate day = LocalDate.of((int) Math.floorDiv(m, 12L), (int) Math.floorMod(m, 12L) + 1, 1);
      boolean major = m % step == 0;
      String label =
          !major ? "" : step < 12 ? day.toString().substring(0, 7) : String.valueOf(day.getYear());
      ticks.add(new Charts.Tick(x(day), label, major));
    }
    return List.ofAll(ticks);
  }

  private static long monthIndex(LocalDate day) {
    return day.getYear() * 12L + day.getMonthValue() - 1;
  }

  private static long ceil(long value, int step) {
    return Math.floorDiv(value + step - 1, (long) step) * step;
  }
}
