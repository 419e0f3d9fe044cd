package io.github.childcarerules.report.internal;

import io.github.childcarerules.core.period.DatePeriod;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The geometry of a record's timeline (SVG user units, 720 wide: letter paper's width less its
 * margins, at 96 per inch): a line per dated element, its bars, the markers of the violations
 * pinned to it, the 28 days that trigger a care-day warning over its bar, and a band over every
 * line for a reference year over 261 care days. The template {@code timeline.jte} draws it.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param top the y where the lines start (the axis labels are above)
 * @param left the x where days start (the lines' names are on its left)
 * @param right the x where days end
 * @param span the first and last days drawn
 * @param ticks the time axis
 * @param lanes one per dated element, in the form's order
 * @param bands the reference years that trigger a warning
 */
public record TimelineChart(
    int width,
    double height,
    double top,
    double left,
    double right,
    DatePeriod span,
    List<Charts.Tick> ticks,
    List<Lane> lanes,
    List<Band> bands) {
  static final int WIDTH = 720;
  private static final double LEFT = 170;
  private static final double RIGHT = 712;
  private static final double TOP = 26;
  private static final int LONGEST_LABEL = 30;

  /**
   * A line of the timeline: an element's name, bars and markers.
   *
   * @param path the element's path
   * @param label the element's name (cut when long)
   * @param y the line's top
   * @param height the line's height
   * @param bars its bars (none when no date is readable)
   * @param windows the 28-day windows of a warning, over its bars
   * @param markers the violations pinned to it
   * @param noDates whether nothing could be drawn for lack of a well-formed date
   */
  public record Lane(
      String path,
      String label,
      double y,
      double height,
      List<Bar> bars,
      List<Bar> windows,
      List<Marker> markers,
      boolean noDates) {
    /**
     * The y of the line's middle.
     *
     * @return where markers and labels sit
     */
    public double middle() {
      return Charts.round(y + height / 2);
    }

    /**
     * The baseline of the line's name, and of a note written on it.
     *
     * @return the y of text centred on the line
     */
    public double textY() {
      return Charts.round(y + height / 2 + 3.5);
    }
  }

  /**
   * A bar: days of an element (or a window of a warning).
   *
   * @param x its left
   * @param y its top
   * @param width its width
   * @param height its height
   * @param style its CSS classes
   * @param title its days, for a reader hovering it
   * @param arrow the points of an arrow at its right end when it has no end; empty otherwise
   */
  public record Bar(
      double x, double y, double width, double height, String style, String title, String arrow) {}

  /**
   * A numbered marker of a violation.
   *
   * @param number the violation's number on the page
   * @param x its centre
   * @param y its centre
   * @param r its radius
   * @param style its CSS classes (severity; {@code undated} when the date could not be read)
   */
  public record Marker(int number, double x, double y, double r, String style) {
    /**
     * The baseline of the number, centred in the circle.
     *
     * @return the y of the number's baseline
     */
    public double textY() {
      return Charts.round(y + r * 0.45);
    }

    /**
     * The number's size.
     *
     * @return a font size that fits the circle
     */
    public double fontSize() {
      return Charts.round(r * (number < 10 ? 1.45 : number < 100 ? 1.2 : 0.9));
    }
  }

  /**
   * A reference year drawn across every line.
   *
   * @param x its left
   * @param width its width
   * @param label its label
   */
  public record Band(double x, double width, String label) {}

  /**
   * The timeline of {@code elements} with {@code pins}; none when no element has a well-formed
   * date.
   *
   * @param elements the dated elements shown, in the form's order (the record itself among them
   *     when a reference year is pinned to it)
   * @param pins every pin of the page
   * @param words the page's words
   * @return the geometry, or none
   */
  public static Option<TimelineChart> of(List<Element> elements, List<Pin> pins, Words words) {
    List<LocalDate> dates =
        elements
            .flatMap(Element::dates)
            .appendAll(
                pins.flatMap(Pin::window)
                    .flatMap(w -> w.endInclusive().toList().prepend(w.startInclusive())));
    if (dates.isEmpty() || elements.isEmpty()) {
      return Option.none();
    }
    Span span = Span.over(dates, LEFT, RIGHT);
    int count = elements.size();
    double laneHeight = count <= 28 ? 20 : count <= 45 ? 14 : 10;
    java.util.List<Lane> lanes = new java.util.ArrayList<>();
    double y = TOP;
    for (Element element : elements) {
      List<Pin> own = pins.filter(pin -> pin.element().path().equals(element.path()));
      lanes.add(lane(element, own, span, y, laneHeight, words));
      y += laneHeight;
    }
    double bottom = y;
    List<Band> bands =
        pins.filter(Pin::referenceYear)
            .flatMap(Pin::window)
            .distinct()
            .map(
                year -> {
                  double x = span.x(year.startInclusive());
                  return new Band(
                      x,
                      Charts.round(span.xAfter(year.endInclusive().get()) - x),
                      words.get(
                          "timeline.referenceYear",
                          year.startInclusive().getYear(),
                          year.endInclusive().get().getYear()));
                });
    return Option.some(
        new TimelineChart(
            WIDTH,
            Charts.round(bottom + 6),
            TOP,
            LEFT,
            RIGHT,
            DatePeriod.ofClosed(span.first(), span.last()),
            span.ticks(),
            List.ofAll(lanes),
            bands));
  }

  private static Lane lane(
      Element element, List<Pin> pins, Span span, double y, double height, Words words) {
    double barHeight = Charts.round(height * 0.5);
    double barY = Charts.round(y + (height - barHeight) / 2);
    List<Bar> bars = bars(element, span, barY, barHeight, words);
    List<Bar> windows =
        pins.filter(pin -> !pin.referenceYear())
            .flatMap(Pin::window)
            .map(
                window -> {
                  double x = span.x(window.startInclusive());
                  return new Bar(
                      x,
                      Charts.round(barY - 2),
                      Charts.round(span.xAfter(window.endInclusive().get()) - x),
                      barHeight + 4,
                      "window",
                      window.toString(),
                      "");
                });
    double r = Math.min(7, height / 2 - 1);
    java.util.List<Marker> markers = new java.util.ArrayList<>();
    double previous = Double.NEGATIVE_INFINITY;
    List<Pin> placed =
        pins.sortBy(pin -> pin.date().map(span::x).getOrElse(LEFT)); // undated ones first
    for (Pin pin : placed) {
      // on the day it is about; a warning's marker in the middle of the days that trigger it
      double x =
          pin.window()
              .map(
                  days ->
                      (span.x(days.startInclusive()) + span.xAfter(days.endInclusive().get())) / 2)
              .orElse(pin.date().map(day -> (span.x(day) + span.xAfter(day)) / 2))
              .getOrElse(LEFT + r + 1);
      x = Charts.round(Math.max(x, previous + 2 * r + 1));
      previous = x;
      markers.add(
          new Marker(
              pin.number(),
              x,
              Charts.round(y + height / 2),
              r,
              pin.style() + (pin.date().isEmpty() ? " undated" : "")));
    }
    return new Lane(
        element.path(),
        cut(element.label()),
        y,
        height,
        bars,
        windows,
        List.ofAll(markers),
        bars.isEmpty());
  }

  /** The bars of an element's readable dates. */
  private static List<Bar> bars(Element element, Span span, double y, double height, Words words) {
    String style = element.barStyle();
    Option<LocalDate> start = element.start();
    Option<LocalDate> end = element.end();
    if (start.isDefined() && end.isDefined() && !end.get().isBefore(start.get())) {
      Option<LocalDate> early =
          element
              .terminatedOn()
              .filter(day -> !day.isBefore(start.get()) && day.isBefore(end.get()));
      if (early.isDefined()) {
        return List.of(
            bar(span, start.get(), early.get(), y, height, style, words),
            bar(span, early.get().plusDays(1), end.get(), y, height, style + " after", words));
      }
      return List.of(bar(span, start.get(), end.get(), y, height, style, words));
    }
    if (start.isDefined() && element.openEnd()) {
      Bar open = bar(span, start.get(), span.last(), y, height, style + " open", words);
      double tip = span.right() + 0; // the arrow ends on the last day's right edge
      String arrow =
          Charts.round(tip - 6)
              + ","
              + Charts.round(y - 2)
              + " "
              + Charts.round(tip)
              + ","
              + Charts.round(y + height / 2)
              + " "
              + Charts.round(tip - 6)
              + ","
              + Charts.round(y + height + 2);
      return List.of(
          new Bar(
              open.x(), open.y(), open.width(), open.height(), open.style(), open.title(), arrow));
    }
    // one readable date, or an end before the start: a mark on each readable day
    return List.of(start, end)
        .flatMap(day -> day)
        .distinct()
        .map(day -> bar(span, day, day, y, height, style + " point", words));
  }

  private static Bar bar(
      Span span,
      LocalDate first,
      LocalDate last,
      double y,
      double height,
      String style,
      Words words) {
    double x = span.x(first);
    double width = Math.max(2, span.xAfter(last) - x);
    return new Bar(
        x,
        y,
        Charts.round(width),
        height,
        style,
        words.get("timeline.days", first.toString(), last.toString()),
        "");
  }

  private static String cut(String label) {
    int length = label.codePointCount(0, label.length());
    return length <= LONGEST_LABEL
        ? label
        : label.substring(0, label.offsetByCodePoints(0, LONGEST_LABEL - 1)) + "…";
  }
}
