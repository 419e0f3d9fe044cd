package io.github.childcarerules.report.internal;

import io.github.childcarerules.allocation.AnalysisGrid;
import io.github.childcarerules.allocation.YesNo;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An analysis grid (annex 6) as the page lays it out, from {@link AnalysisGrid} alone (never
 * decided again): its heading, sections A and B and the results, then for each provider selected in
 * step 1 its identification, the items of step 2 and the confirmation. Each item carries the name
 * of its field in {@code allocate --grid --json} ({@code places.count}, {@code
 * selections[0].stepTwo.maintained}) and its value as that document writes it, so that a reader of
 * the page (or a test) finds every item by name; a yes/no item is shown as the form's boxes.
 *
 * <p>A grid is printed in blocks that each fit on a sheet: the heading, sections A and B, the
 * results and the first provider selected; then one block per further provider. When something is
 * printed with the heading (the audit's findings about the batch), every provider has a block of
 * its own.
 *
 * @param batch the batch's id
 * @param mark the prefix of its blocks' marks ({@code G02}: blocks {@code G02-A} for the heading,
 *     then {@code G02-2}… for the providers printed apart)
 * @param title its heading
 * @param heading the analyst and the date
 * @param places section A
 * @param distribution section B
 * @param results the results
 * @param selections each provider selected, in the run's order
 * @param outcome what became of the batch, in words (from the run's batch result); empty when the
 *     run has no result for it
 */
public record GridView(
    String batch,
    String mark,
    String title,
    List<Item> heading,
    Part places,
    Part distribution,
    Part results,
    List<Selection> selections,
    String outcome) {

  /** How an item is shown. */
  public enum Kind {
    /** A value written out. */
    TEXT,
    /** Yes, no and N/A boxes, the one that applies ticked (none when the item is blank). */
    BOXES,
    /** One box, ticked for yes (temporary, permanent, increase, obtention). */
    CHECK
  }

  /**
   * A box of a yes/no item.
   *
   * @param code the value it stands for ({@code YES}, {@code NO}, {@code N/A})
   * @param label its word on the page
   * @param on whether it is ticked
   */
  public record Choice(String code, String label, boolean on) {}

  /**
   * An item of the grid.
   *
   * @param path its field in the grid document ({@code distribution.coverageBelow70})
   * @param label its words on the form
   * @param kind how it is shown
   * @param value its value as the grid document writes it ({@code "YES"}, {@code "2"}, {@code
   *     "2016-03-01"}, control characters made visible); empty for {@code null}
   * @param shown its value as printed (a text item's; a dash for a blank text)
   * @param choices the boxes of a yes/no item (empty for a text item)
   */
  public record Item(
      String path, String label, Kind kind, String value, String shown, List<Choice> choices) {}

  /**
   * A titled part of the grid.
   *
   * @param title its title on the form
   * @param items its items, in the form's order
   */
  public record Part(String title, List<Item> items) {}

  /**
   * A provider selected in step 1: one block of the grid (the first is printed with the heading).
   *
   * @param mark its block's mark
   * @param request the request's id
   * @param title its heading ({@code Étape 1 — 2 de 3})
   * @param identification step 1, the provider's identification
   * @param stepTwo step 2, items 1 to 7
   * @param confirmation the confirmation
   */
  public record Selection(
      String mark,
      String request,
      String title,
      Part identification,
      Part stepTwo,
      Part confirmation) {}

  /**
   * The grid as the page lays it out.
   *
   * @param grid the grid of the run
   * @param number its place among the page's grids, from 1 (for its marks)
   * @param outcome what became of the batch, in words; empty when unknown
   * @param words the page's words
   * @return the grid laid out
   */
  public static GridView of(AnalysisGrid grid, int number, String outcome, Words words) {
    Items items = new Items(words);
    String mark = String.format(Locale.ROOT, "G%02d", number);
    AnalysisGrid.Places places = grid.places();
    Option<AnalysisGrid.Child> child = places.child();
    List<Item> heading =
        List.of(
            items.text("analyst", "grid.analyst", grid.analyst()),
            items.date("date", "grid.date", grid.date()));
    Part a =
        new Part(
            words.get("grid.a"),
            List.of(
                items.number("places.count", "grid.a.count", places.count()),
                items.text("places.sector", "grid.a.sector", Option.some(places.sector())),
                items.date("places.availableOn", "grid.a.availableOn", places.availableOn()),
                items.number("places.usedPlaces", "grid.a.used", places.usedPlaces()),
                items.list("places.child.needs", "grid.a.needs", child.map(c -> c.needs())),
                items.text(
                    "places.child.ageMonths",
                    "grid.a.age",
                    child.map(c -> String.valueOf(c.ageMonths()))),
                items.text("places.child.sex", "grid.a.sex", child.flatMap(c -> c.sex())),
                items.list(
                    "places.child.characteristics",
                    "grid.a.characteristics",
                    child.map(c -> c.characteristics())),
                items.number("places.freePlaces", "grid.a.free", places.freePlaces()),
                items.check("places.temporary", "grid.a.temporary", places.temporary()),
                items.date("places.until", "grid.a.until", places.until()),
                items.check("places.permanent", "grid.a.permanent", places.permanent())));
    AnalysisGrid.Distribution distribution = grid.distribution();
    java.util.List<Item> b = new java.util.ArrayList<>();
    b.add(items.boxes("distribution.waitingInSector", "grid.b.1", distribution.waitingInSector()));
    List<AnalysisGrid.SectorSearched> others = distribution.otherSectors();
    if (others.isEmpty()) {
      b.add(items.text("distribution.otherSectors", "grid.b.1.1", Option.none()));
    }
    for (int i = 0; i < others.size(); i++) {
      AnalysisGrid.SectorSearched other = others.get(i);
      String path = "distribution.otherSectors[" + i + "]";
      b.add(items.text(path + ".sector", i == 0 ? "grid.b.1.1" : "", Option.some(other.sector())));
      b.add(
          items.item(
              path + ".coverage",
              "",
              other.coverage().toPlainString(),
              words.get("grid.b.coverage", other.coverage().toPlainString())));
    }
    b.add(items.boxes("distribution.coverageBelow70", "grid.b.2", distribution.coverageBelow70()));
    b.add(
        items.boxes(
            "distribution.ministerialPriorities",
            "grid.b.3",
            distribution.ministerialPriorities()));
    b.add(items.boxes("distribution.kindOfCare", "grid.b.4", distribution.kindOfCare()));
    b.add(items.boxes("distribution.particularNeeds", "grid.b.5", distribution.particularNeeds()));
    Part results =
        new Part(
            words.get("grid.results"),
            List.of(
                items.boxes(
                    "results.keptInSector", "grid.results.kept", grid.results().keptInSector()),
                items.number(
                    "results.placesKept", "grid.results.count", grid.results().placesKept())));
    List<AnalysisGrid.Selection> selected = grid.selections();
    List<Selection> selections =
        selected
            .zipWithIndex()
            .map(
                pair ->
                    selection(
                        pair._1,
                        "selections[" + pair._2 + "]",
                        mark + "-" + (pair._2 + 1),
                        words.get("grid.step1.title", pair._2 + 1, selected.size()),
                        items,
                        words));
    return new GridView(
        grid.batch(),
        mark,
        words.get("grid.title", words.value(grid.batch())),
        heading,
        a,
        new Part(words.get("grid.b"), List.ofAll(b)),
        results,
        selections,
        outcome);
  }

  private static Selection selection(
      AnalysisGrid.Selection selection,
      String path,
      String mark,
      String title,
      Items items,
      Words words) {
    Part identification =
        new Part(
            words.get("grid.step1"),
            List.of(
                items.text(
                    path + ".provider", "grid.step1.provider", Option.some(selection.provider())),
                items.text(
                    path + ".request", "grid.step1.request", Option.some(selection.request())),
                items.text(path + ".providerName", "grid.step1.name", selection.providerName()),
                items.text(
                    path + ".providerAddress", "grid.step1.address", selection.providerAddress()),
                items.text(path + ".sector", "grid.step1.sector", Option.some(selection.sector())),
                items.date(path + ".requestDate", "grid.step1.date", selection.requestDate()),
                items.check(path + ".increase", "grid.step1.increase", selection.increase()),
                items.check(path + ".obtention", "grid.step1.obtention", selection.obtention()),
                items.boxes(
                    path + ".complaintsOnFile",
                    "grid.step1.complaints",
                    selection.complaintsOnFile()),
                items.text(
                    path + ".complaintDetails",
                    "grid.step1.complaintDetails",
                    selection.complaintDetails()),
                items.text(path + ".followUp", "grid.step1.followUp", selection.followUp())));
    AnalysisGrid.StepTwo two = selection.stepTwo();
    String step = path + ".stepTwo";
    Part stepTwo =
        new Part(
            words.get("grid.step2"),
            List.of(
                items.boxes(step + ".maintained", "grid.step2.1", two.maintained()),
                items.boxes(step + ".usedPlacesAccepted", "grid.step2.2", two.usedPlacesAccepted()),
                items.number(step + ".usedPlaces", "grid.step2.count", two.usedPlaces()),
                items.boxes(step + ".freePlacesAccepted", "grid.step2.3", two.freePlacesAccepted()),
                items.number(step + ".freePlaces", "grid.step2.count", two.freePlaces()),
                items.boxes(step + ".needsConcordance", "grid.step2.4", two.needsConcordance()),
                items.boxes(step + ".annex1Documents", "grid.step2.5", two.annex1Documents()),
                items.boxes(step + ".tenHourPeriod", "grid.step2.6", two.tenHourPeriod()),
                items.boxes(step + ".annex2OfferChange", "grid.step2.7", two.annex2OfferChange()),
                items.date(step + ".offerPlannedOn", "grid.step2.planned", two.offerPlannedOn())));
    AnalysisGrid.Confirmation confirmation = selection.confirmation();
    String confirm = path + ".confirmation";
    Part confirmationPart =
        new Part(
            words.get("grid.confirmation"),
            List.of(
                items.boxes(
                    confirm + ".recommended",
                    "grid.confirmation.recommended",
                    confirmation.recommended()),
                items.number(
                    confirm + ".places", "grid.confirmation.places", confirmation.places()),
                items.date(
                    confirm + ".boardDate", "grid.confirmation.board", confirmation.boardDate()),
                items.boxes(
                    confirm + ".authorized",
                    "grid.confirmation.authorized",
                    confirmation.authorized()),
                items.date(
                    confirm + ".confirmationSentOn",
                    "grid.confirmation.sent",
                    confirmation.confirmationSentOn())));
    return new Selection(
        mark, selection.request(), title, identification, stepTwo, confirmationPart);
  }

  /**
   * The first block's mark: the heading, sections A and B, the results (and, unless it is printed
   * apart, the first provider, whose own mark is then unused).
   *
   * @return the mark ({@code G02-A})
   */
  public String firstMark() {
    return mark + "-A";
  }

  /**
   * The providers printed in blocks of their own, after the first.
   *
   * @return every selection but the first
   */
  public List<Selection> laterSelections() {
    return selections.isEmpty() ? List.empty() : selections.tail();
  }

  /** Items built in the page's words. */
  private static final class Items {
    private final Words words;

    Items(Words words) {
      this.words = words;
    }

    private String label(String key) {
      return key.isEmpty() ? "" : words.get(key);
    }

    Item item(String path, String labelKey, String value, String shown) {
      return new Item(path, label(labelKey), Kind.TEXT, value, shown, List.empty());
    }

    /** Entered text: printed as entered (control characters made visible, a very long one cut). */
    Item text(String path, String labelKey, Option<String> value) {
      return item(path, labelKey, words.visible(value.getOrElse("")), words.entered(value));
    }

    Item date(String path, String labelKey, LocalDate date) {
      return date(path, labelKey, Option.some(date));
    }

    Item date(String path, String labelKey, Option<LocalDate> date) {
      return text(path, labelKey, date.map(LocalDate::toString));
    }

    Item number(String path, String labelKey, int value) {
      return item(path, labelKey, String.valueOf(value), String.valueOf(value));
    }

    Item number(String path, String labelKey, Option<Integer> value) {
      return text(path, labelKey, value.map(String::valueOf));
    }

    /** A list of the child of used places: "none" when it is empty, a dash without a child. */
    Item list(String path, String labelKey, Option<List<String>> values) {
      return values.isDefined() && values.get().isEmpty()
          ? item(path, labelKey, "", words.get("grid.nothing"))
          : text(path, labelKey, values.map(list -> list.mkString(", ")));
    }

    Item boxes(String path, String labelKey, YesNo answer) {
      List<Choice> choices =
          List.of(YesNo.YES, YesNo.NO, YesNo.NOT_APPLICABLE)
              .map(
                  choice ->
                      new Choice(
                          choice.code().getOrElse(""),
                          choice.label(words.locale()),
                          choice == answer));
      return new Item(path, label(labelKey), Kind.BOXES, answer.code().getOrElse(""), "", choices);
    }

    Item check(String path, String labelKey, YesNo answer) {
      return new Item(
          path,
          label(labelKey),
          Kind.CHECK,
          answer.code().getOrElse(""),
          "",
          List.of(new Choice("YES", "", answer == YesNo.YES)));
    }
  }
}
