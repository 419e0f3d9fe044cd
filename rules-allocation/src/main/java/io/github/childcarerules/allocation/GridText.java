package io.github.childcarerules.allocation;

import io.github.childcarerules.core.internal.TextEscapes;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The analysis grid as text, laid out as annex 6 reads (heading, sections A and B, results, then
 * for each provider selected step 1, step 2 and the confirmation): each item's label, then its
 * value; a blank value is an item the run did not reach. Values entered by people (names, ids,
 * addresses, needs) are escaped: none can start or hide a line.
 */
final class GridText {
  private final Locale locale;
  private final Consumer<String> lines;

  private GridText(Locale locale, Consumer<String> lines) {
    this.locale = locale;
    this.lines = lines;
  }

  static java.util.List<String> lines(AnalysisGrid grid, Locale locale) {
    java.util.List<String> lines = new ArrayList<>();
    write(grid, locale, lines::add);
    return lines;
  }

  /** Gives {@code lines} the grid's lines one by one, without their ends. */
  static void write(AnalysisGrid grid, Locale locale, Consumer<String> lines) {
    new GridText(locale, lines).grid(grid);
  }

  private void grid(AnalysisGrid grid) {
    AnalysisGrid.Places places = grid.places();
    lines.accept(text("grid.title", grid.batch()));
    item("grid.analyst", grid.analyst().getOrElse(""));
    item("grid.date", grid.date().toString());
    lines.accept(text("grid.a"));
    item("grid.a.count", places.count());
    item("grid.a.sector", places.sector());
    item("grid.a.availableOn", places.availableOn().toString());
    item("grid.a.used", places.usedPlaces());
    for (AnalysisGrid.Child child : places.child()) {
      item("grid.a.needs", list(child.needs()));
      item("grid.a.age", child.ageMonths());
      item("grid.a.sex", child.sex().getOrElse(""));
      item("grid.a.characteristics", list(child.characteristics()));
    }
    item("grid.a.free", places.freePlaces());
    item("grid.a.temporary", places.temporary().label(locale));
    places.until().forEach(until -> item("grid.a.until", until.toString()));
    item("grid.a.permanent", places.permanent().label(locale));

    AnalysisGrid.Distribution distribution = grid.distribution();
    lines.accept(text("grid.b"));
    item("grid.b.1", distribution.waitingInSector().label(locale));
    item(
        "grid.b.1.1",
        distribution
            .otherSectors()
            .map(s -> text("grid.b.sector", s.sector(), s.coverage().toPlainString()))
            .mkString(", "));
    item("grid.b.2", distribution.coverageBelow70().label(locale));
    item("grid.b.3", distribution.ministerialPriorities().label(locale));
    item("grid.b.4", distribution.kindOfCare().label(locale));
    item("grid.b.5", distribution.particularNeeds().label(locale));

    lines.accept(text("grid.results"));
    item("grid.results.kept", grid.results().keptInSector().label(locale));
    item("grid.results.count", grid.results().placesKept());

    List<AnalysisGrid.Selection> selections = grid.selections();
    if (selections.isEmpty()) {
      lines.accept(text("grid.step1.none"));
    }
    for (int i = 0; i < selections.size(); i++) {
      selection(selections.get(i), i + 1, selections.size());
    }
  }

  private void selection(AnalysisGrid.Selection selection, int number, int count) {
    lines.accept(text("grid.step1", number, count));
    item("grid.step1.provider", selection.provider() + " (" + selection.request() + ")");
    selection.providerName().forEach(name -> item("grid.step1.name", name));
    selection.providerAddress().forEach(address -> item("grid.step1.address", address));
    item("grid.step1.sector", selection.sector());
    item("grid.step1.date", selection.requestDate().toString());
    item("grid.step1.increase", selection.increase().label(locale));
    item("grid.step1.obtention", selection.obtention().label(locale));
    item("grid.step1.complaints", selection.complaintsOnFile().label(locale));
    selection.complaintDetails().forEach(details -> item("grid.step1.complaintDetails", details));
    selection.followUp().forEach(followUp -> item("grid.step1.followUp", followUp));

    AnalysisGrid.StepTwo two = selection.stepTwo();
    lines.accept(text("grid.step2"));
    item("grid.step2.1", two.maintained().label(locale));
    item("grid.step2.2", accepted(two.usedPlacesAccepted(), two.usedPlaces()));
    item("grid.step2.3", accepted(two.freePlacesAccepted(), two.freePlaces()));
    item("grid.step2.4", two.needsConcordance().label(locale));
    item("grid.step2.5", two.annex1Documents().label(locale));
    item("grid.step2.6", two.tenHourPeriod().label(locale));
    item("grid.step2.7", two.annex2OfferChange().label(locale));
    item("grid.step2.planned", date(two.offerPlannedOn()));

    AnalysisGrid.Confirmation confirmation = selection.confirmation();
    lines.accept(text("grid.confirmation"));
    item(
        "grid.confirmation.recommended",
        confirmation.recommended().label(locale)
            + (confirmation.places() > 0 ? text("grid.count", confirmation.places()) : ""));
    item("grid.confirmation.board", date(confirmation.boardDate()));
    item("grid.confirmation.authorized", confirmation.authorized().label(locale));
    item("grid.confirmation.sent", date(confirmation.confirmationSentOn()));
  }

  private String accepted(YesNo accepted, Option<Integer> count) {
    return accepted.label(locale)
        + count.filter(n -> n > 0).map(n -> text("grid.count", n)).getOrElse("");
  }

  private void item(String key, Object value) {
    lines.accept(
        ("  " + text(key) + " " + TextEscapes.escape(String.valueOf(value))).stripTrailing());
  }

  private String list(List<String> values) {
    return values.isEmpty() ? text("grid.nothing") : values.mkString(", ");
  }

  private static String date(Option<LocalDate> date) {
    return date.map(LocalDate::toString).getOrElse("");
  }

  private String text(String key, Object... arguments) {
    return AllocationTexts.text(locale, key, arguments);
  }
}
