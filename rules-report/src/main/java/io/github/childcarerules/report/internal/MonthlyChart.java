package io.github.childcarerules.report.internal;

import io.github.childcarerules.core.internal.reading.PlannedOccupation;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.occupation.Grouping;
import io.github.childcarerules.occupation.Occupation;
import io.github.childcarerules.occupation.OccupationCount;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The geometry of the bar chart of a record's planned half-days, split by contribution (reduced at
 * the bottom, full on top), month by month over the days its agreements cover ({@link
 * Grouping#MONTH} of rules-occupation); by reference year when that is more than 60 months, and not
 * drawn beyond 60 reference years. The template {@code monthly.jte} draws it.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param left the x of the value axis
 * @param right the x where the bars end
 * @param top the y of the highest value
 * @param bottom the y of zero
 * @param byMonth whether a bar is a month (else a reference year)
 * @param range the days counted
 * @param reduced the half-days at the reduced contribution over {@code range}
 * @param full the half-days at the full contribution over {@code range}
 * @param levels the value axis' ticks (y and label)
 * @param bars one per period
 */
public record MonthlyChart(
    int width,
    double height,
    double left,
    double right,
    double top,
    double bottom,
    boolean byMonth,
    DatePeriod range,
    long reduced,
    long full,
    List<Charts.Tick> levels,
    List<PeriodBar> bars) {
  private static final double LEFT = 46;
  private static final double RIGHT = 712;
  private static final double TOP = 14;
  private static final double BOTTOM = 164;
  private static final int MOST_BARS = 60;

  /**
   * One period's bar.
   *
   * @param x its left
   * @param width its width
   * @param reducedY the top of its reduced-contribution part
   * @param reducedHeight the height of that part
   * @param fullY the top of its full-contribution part
   * @param fullHeight the height of that part
   * @param total its half-days, printed above it when there is room (else empty)
   * @param label its period under it ({@code 09} for September, {@code 2024-25}); may be empty
   * @param year the year under January's label and the first bar's (else empty)
   * @param title its period and counts, for a reader hovering it
   */
  public record PeriodBar(
      double x,
      double width,
      double reducedY,
      double reducedHeight,
      double fullY,
      double fullHeight,
      String total,
      String label,
      String year,
      String title) {}

  /**
   * The chart of {@code record}'s planned occupation.
   *
   * @param record the record (counted as planned, whatever its violations)
   * @param words the page's words
   * @return the chart; on the left, why there is none (a sentence)
   */
  public static Either<String, MonthlyChart> of(ParentChildRecord record, Words words) {
    List<DatePeriod> covered = record.agreements().flatMap(PlannedOccupation::covered);
    if (covered.isEmpty()) {
      return Either.left(words.get("chart.none"));
    }
    LocalDate first = covered.map(DatePeriod::startInclusive).min().get();
    LocalDate last = covered.map(period -> period.endInclusive().get()).max().get();
    Grouping grouping = Grouping.MONTH;
    LocalDate from = grouping.periodStartOn(first);
    LocalDate to = grouping.nextPeriodStart(grouping.periodStartOn(last)).minusDays(1);
    if (ChronoUnit.MONTHS.between(from, to) + 1 > MOST_BARS) {
      grouping = Grouping.REFERENCE_YEAR;
      from = grouping.periodStartOn(first);
      LocalDate lastYear = grouping.periodStartOn(last);
      long years = ChronoUnit.YEARS.between(from, lastYear) + 1;
      if (years > MOST_BARS) {
        return Either.left(words.get("chart.tooLong", years));
      }
      to = grouping.nextPeriodStart(lastYear).minusDays(1);
    }
    OccupationCount count = Occupation.of(record).count(DatePeriod.ofClosed(from, to), grouping);
    return Either.right(draw(count, grouping == Grouping.MONTH, words));
  }

  private static MonthlyChart draw(OccupationCount count, boolean byMonth, Words words) {
    List<OccupationCount> periods = count.byPeriod();
    long most = periods.map(OccupationCount::halfDays).max().getOrElse(0L);
    long step = step(most);
    long scale = Math.max(step, (most + step - 1) / step * step);
    double slot = (RIGHT - LEFT) / periods.size();
    double barWidth = Charts.round(Math.max(1, slot * 0.7));
    double perHalfDay = (BOTTOM - TOP) / scale;
    java.util.List<PeriodBar> bars = new java.util.ArrayList<>();
    int labelEvery = (int) Math.ceil(18 / slot); // labels at least 18 units apart
    for (int i = 0; i < periods.size(); i++) {
      OccupationCount period = periods.get(i);
      LocalDate start = period.range().startInclusive();
      double x = Charts.round(LEFT + i * slot + (slot - barWidth) / 2);
      double reducedHeight = Charts.round(period.reducedContribution() * perHalfDay);
      double fullHeight = Charts.round(period.fullContribution() * perHalfDay);
      double reducedY = Charts.round(BOTTOM - reducedHeight);
      String label =
          i % labelEvery != 0
              ? ""
              : byMonth
                  ? String.format(java.util.Locale.ROOT, "%02d", start.getMonthValue())
                  : start.getYear()
                      + "-"
                      + String.format(java.util.Locale.ROOT, "%02d", (start.getYear() + 1) % 100);
      String year =
          byMonth && (i == 0 || start.getMonthValue() == 1) ? String.valueOf(start.getYear()) : "";
      bars.add(
          new PeriodBar(
              x,
              barWidth,
              reducedY,
              reducedHeight,
              Charts.round(reducedY - fullHeight),
              fullHeight,
              slot >= 16 && period.halfDays() > 0 ? String.valueOf(period.halfDays()) : "",
              label,
              year,
              words.get(
                  "chart.bar",
                  period.range().toString(),
                  period.reducedContribution(),
                  period.fullContribution())));
    }
    List<Charts.Tick> levels =
        List.rangeClosedBy(0L, scale, step)
            .map(
                value ->
                    new Charts.Tick(
                        Charts.round(BOTTOM - value * perHalfDay), String.valueOf(value), true));
    return new MonthlyChart(
        TimelineChart.WIDTH,
        BOTTOM + 34,
        LEFT,
        RIGHT,
        TOP,
        BOTTOM,
        byMonth,
        count.range(),
        count.reducedContribution(),
        count.fullContribution(),
        levels,
        List.ofAll(bars));
  }

  /** The value axis' step: 1, 2 or 5 times a power of ten, about a quarter of {@code most}. */
  static long step(long most) {
    long power = 1;
    while (true) {
      for (long factor : new long[] {1, 2, 5}) {
        if (factor * power * 4 >= most) {
          return factor * power;
        }
      }
      power *= 10;
    }
  }
}
