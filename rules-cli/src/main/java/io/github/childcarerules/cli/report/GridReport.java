package io.github.childcarerules.cli.report;

import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.AnalysisGrid;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;

/**
 * {@code allocate FILE --grid}: the analysis grid (POL annex 6) of every batch, sorted by batch id,
 * as text laid out as the grid is (sections A and B, results, step 1, step 2, confirmation), or as
 * {@code {"grids": [...]}} (written by rules-json; field names: docs/grid.md). A blank item is one
 * the run did not reach; {@code N/A} one that does not apply to these places.
 */
public final class GridReport {
  private static final String NEW_LINE = System.lineSeparator();

  private GridReport() {}

  /** The grids as text, in {@code locale}'s language (French unless English is asked). */
  public static String text(AllocationResult result, Locale locale) {
    Labels labels = new Labels(locale);
    java.util.List<String> lines = new ArrayList<>();
    for (AnalysisGrid grid : result.grids()) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      grid(lines, labels, grid);
    }
    if (lines.isEmpty()) {
      lines.add(labels.text("grid.none"));
    }
    return String.join(NEW_LINE, lines);
  }

  private static void grid(java.util.List<String> lines, Labels labels, AnalysisGrid grid) {
    AnalysisGrid.Places places = grid.places();
    boolean used = places.usedPlaces() > 0;
    lines.add(labels.text("grid.title", grid.batch()));
    lines.add(labels.text("grid.a"));
    item(lines, labels, "grid.a.count", places.count());
    item(lines, labels, "grid.a.sector", places.sector());
    item(lines, labels, "grid.a.availableOn", places.availableOn().toString());
    item(lines, labels, "grid.a.used", places.usedPlaces());
    places
        .child()
        .forEach(
            child -> {
              item(lines, labels, "grid.a.age", child.ageMonths());
              item(lines, labels, "grid.a.needs", list(labels, child.needs()));
              item(lines, labels, "grid.a.characteristics", list(labels, child.characteristics()));
            });
    item(lines, labels, "grid.a.free", places.freePlaces());
    item(lines, labels, "grid.a.temporary", yesNo(labels, Option.some(places.temporary())));
    places.until().forEach(until -> item(lines, labels, "grid.a.until", until.toString()));
    item(lines, labels, "grid.a.permanent", yesNo(labels, Option.some(!places.temporary())));

    AnalysisGrid.Distribution distribution = grid.distribution();
    lines.add(labels.text("grid.b"));
    item(lines, labels, "grid.b.1", yesNo(labels, Option.some(distribution.waitingInSector())));
    item(
        lines,
        labels,
        "grid.b.1.1",
        distribution.otherSectors().isEmpty()
            ? ""
            : distribution
                .otherSectors()
                .map(s -> labels.text("grid.b.sector", s.sector(), s.coverage().toPlainString()))
                .mkString(", "));
    item(lines, labels, "grid.b.2", yesNo(labels, distribution.coverageBelow70()));
    item(lines, labels, "grid.b.3", labels.text("grid.na"));
    item(lines, labels, "grid.b.4", labels.text("grid.na"));
    item(
        lines,
        labels,
        "grid.b.5",
        used ? yesNo(labels, distribution.particularNeeds()) : labels.text("grid.na"));

    lines.add(labels.text("grid.results"));
    item(
        lines,
        labels,
        "grid.results.kept",
        yesNo(labels, Option.some(grid.results().keptInSector())));
    item(lines, labels, "grid.results.count", grid.results().placesKept());

    List<AnalysisGrid.Selection> selections = grid.selections();
    if (selections.isEmpty()) {
      lines.add(labels.text("grid.step1.none"));
    }
    for (int i = 0; i < selections.size(); i++) {
      selection(lines, labels, selections.get(i), i + 1, selections.size(), used);
    }
  }

  private static void selection(
      java.util.List<String> lines,
      Labels labels,
      AnalysisGrid.Selection selection,
      int number,
      int count,
      boolean used) {
    lines.add(labels.text("grid.step1", number, count));
    item(
        lines,
        labels,
        "grid.step1.provider",
        selection.provider() + " (" + selection.request() + ")");
    item(lines, labels, "grid.step1.sector", selection.sector());
    item(lines, labels, "grid.step1.date", selection.requestDate().toString());
    item(lines, labels, "grid.step1.increase", yesNo(labels, Option.some(selection.increase())));
    item(lines, labels, "grid.step1.obtention", yesNo(labels, Option.some(!selection.increase())));
    item(lines, labels, "grid.step1.complaints", yesNo(labels, selection.complaintsOnFile()));

    AnalysisGrid.StepTwo two = selection.stepTwo();
    boolean reached = two.needsConcordance().isDefined();
    lines.add(labels.text("grid.step2"));
    item(lines, labels, "grid.step2.1", yesNo(labels, two.maintained()));
    item(
        lines,
        labels,
        "grid.step2.2",
        used
            ? accepted(labels, two.usedPlacesAccepted(), two.usedPlaces())
            : labels.text("grid.na"));
    item(
        lines,
        labels,
        "grid.step2.3",
        used
            ? labels.text("grid.na")
            : accepted(labels, two.freePlacesAccepted(), two.freePlaces()));
    item(lines, labels, "grid.step2.4", yesNo(labels, two.needsConcordance()));
    item(lines, labels, "grid.step2.5", yesNo(labels, two.annex1Documents()));
    item(lines, labels, "grid.step2.6", yesNo(labels, two.tenHourPeriod()));
    item(
        lines,
        labels,
        "grid.step2.7",
        reached && two.tenHourPeriod().contains(true)
            ? labels.text("grid.na")
            : yesNo(labels, two.annex2OfferChange()));
    item(
        lines,
        labels,
        "grid.step2.planned",
        two.offerPlannedOn().map(LocalDate::toString).getOrElse(""));

    AnalysisGrid.Confirmation confirmation = selection.confirmation();
    lines.add(labels.text("grid.confirmation"));
    item(
        lines,
        labels,
        "grid.confirmation.recommended",
        yesNo(labels, confirmation.recommended())
            + (confirmation.places() > 0 ? labels.text("grid.count", confirmation.places()) : ""));
    item(
        lines,
        labels,
        "grid.confirmation.board",
        confirmation.boardDate().map(LocalDate::toString).getOrElse(""));
    item(lines, labels, "grid.confirmation.authorized", yesNo(labels, confirmation.authorized()));
  }

  private static String accepted(Labels labels, Option<Boolean> accepted, Option<Integer> count) {
    return yesNo(labels, accepted)
        + count.filter(n -> n > 0).map(n -> labels.text("grid.count", n)).getOrElse("");
  }

  private static void item(java.util.List<String> lines, Labels labels, String key, Object value) {
    lines.add(("  " + labels.text(key) + " " + value).stripTrailing());
  }

  private static String yesNo(Labels labels, Option<Boolean> answer) {
    return answer.map(yes -> labels.text(yes ? "grid.yes" : "grid.no")).getOrElse("");
  }

  private static String list(Labels labels, List<String> values) {
    return values.isEmpty() ? labels.text("grid.nothing") : values.mkString(", ");
  }
}
