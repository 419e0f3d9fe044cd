package io.github.childcarerules.report.internal;

import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * What the record page shows, the template {@code record.jte} lays it out: a heading, the timeline,
 * the chart of planned occupation, then one block per element with the violations pinned to it.
 * Every block of the printed page has a mark at its start and at its end (its {@code marker}), so
 * that a check of the printed page can tell whether a block was split.
 *
 * @param words the page's words
 * @param title the child's name, as entered (for the title and the heading)
 * @param valid whether the record has no {@code ERROR}
 * @param errors its errors
 * @param warnings its warnings
 * @param timeline the timeline, none without a well-formed date
 * @param chart the chart of planned occupation, or why there is none
 * @param legend the kinds of bars the timeline draws, each with its name
 * @param blocks one per element shown, in the form's order
 */
public record RecordPage(
    Words words,
    String title,
    boolean valid,
    int errors,
    int warnings,
    Option<TimelineChart> timeline,
    Either<String, MonthlyChart> chart,
    List<LegendItem> legend,
    List<Block> blocks) {

  /** The marks of the timeline's block. */
  public static final String TIMELINE_MARK = "B-T";

  /** The marks of the chart's block. */
  public static final String CHART_MARK = "B-C";

  /**
   * An element of the record and the violations about it.
   *
   * @param mark its block's mark ({@code B-E007})
   * @param element the element
   * @param pins the violations pinned to it, by number
   */
  public record Block(String mark, Element element, List<Pin> pins) {}

  /**
   * A kind of bar of the timeline, for its legend.
   *
   * @param style its CSS classes
   * @param label its name
   */
  public record LegendItem(String style, String label) {}

  /**
   * The page of {@code record}: it is validated and counted here, never judged otherwise.
   *
   * @param record the record as entered
   * @param words the page's words
   * @return the page's content
   */
  public static RecordPage of(ParentChildRecord record, Words words) {
    ValidationReport report = RecordValidator.validate(record);
    RecordElements elements = RecordElements.of(record, words);
    List<Pin> pins = Pins.of(record, report, elements, words);
    List<Element> shown = elements.all().filter(element -> shown(element, pins));
    List<Block> blocks =
        shown
            .zipWithIndex()
            .map(
                pair ->
                    new Block(
                        String.format(java.util.Locale.ROOT, "B-E%03d", pair._2 + 1),
                        pair._1,
                        pins.filter(pin -> pin.element().path().equals(pair._1.path()))));
    List<Element> lanes =
        shown.filter(
            element ->
                element.kind().dated()
                    || (element.kind() == ElementKind.RECORD
                        && pins.exists(
                            pin -> pin.referenceYear() && pin.element().equals(element))));
    Option<TimelineChart> timeline = TimelineChart.of(lanes, pins, words);
    return new RecordPage(
        words,
        title(record.child(), words),
        report.isValid(),
        report.errors().size(),
        report.warnings().size(),
        timeline,
        MonthlyChart.of(record, words),
        legend(timeline, words),
        blocks);
  }

  /**
   * An element is shown when a violation is about it, or when the record holds it and it is a dated
   * element or a part of the form with values (the child, an adult, the address).
   */
  private static boolean shown(Element element, List<Pin> pins) {
    boolean pinned = pins.exists(pin -> pin.element().path().equals(element.path()));
    boolean withValues =
        element.kind().dated()
            || element.kind() == ElementKind.CHILD
            || element.kind() == ElementKind.PERSON
            || element.kind() == ElementKind.ADDRESS;
    return pinned || (element.present() && withValues);
  }

  private static String title(Option<Child> child, Words words) {
    Option<String> last = child.flatMap(Child::lastName).filter(name -> !name.isBlank());
    Option<String> first = child.flatMap(Child::firstName).filter(name -> !name.isBlank());
    if (last.isEmpty() && first.isEmpty()) {
      return words.get("record.noName");
    }
    return List.of(last, first)
        .flatMap(name -> name)
        .map(name -> words.entered(Option.some(name)))
        .mkString(", ");
  }

  /** The kinds of bars and marks drawn, in a fixed order, each named once. */
  private static List<LegendItem> legend(Option<TimelineChart> timeline, Words words) {
    if (timeline.isEmpty()) {
      return List.empty();
    }
    Set<String> styles =
        timeline
            .get()
            .lanes()
            .flatMap(lane -> lane.bars().appendAll(lane.windows()))
            .flatMap(bar -> List.of(bar.style().split(" ")))
            .toSet();
    List<String> order =
        List.of(
            "reduced",
            "full",
            "replacement",
            "after",
            "special",
            "bracket",
            "cisss",
            "ecp",
            "disability",
            "transitional",
            "open",
            "point",
            "window");
    List<LegendItem> items =
        order
            .filter(styles::contains)
            .map(style -> new LegendItem(style, words.get("legend." + style)));
    return timeline.get().bands().isEmpty()
        ? items
        : items.append(new LegendItem("band", words.get("legend.band")));
  }
}
