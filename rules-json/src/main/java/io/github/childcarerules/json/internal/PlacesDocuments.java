package io.github.childcarerules.json.internal;

import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.period.IsoDate;
import io.github.childcarerules.core.rule.ViolationPaths;
import io.github.childcarerules.json.ProviderPlaces;
import io.github.childcarerules.occupation.places.PlaceEntry;
import io.vavr.control.Option;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * FORMAT.md's document of {@code unoccupied-places}: {@code {"places": [...], "records": [...]}}.
 * Records are read as {@code validate} reads them; a {@code places} entry with a missing or
 * malformed date, an end before its start, or a count that is not a whole number from 0 to {@link
 * #MAX_PLACES} is unusable input naming its JSON path, and so is the first entry whose count brings
 * the document's total past {@link #MAX_TOTAL_PLACES}.
 */
public final class PlacesDocuments {
  /**
   * The most places one entry may hold (docs/decisions.md): far above any provider's permit, low
   * enough that the runs of every level of unoccupied places stay a small report.
   */
  public static final BigDecimal MAX_PLACES = BigDecimal.valueOf(10_000);

  /**
   * The most places all the entries of one document may add up to, overlapping or not
   * (docs/limits.md): the runs of unoccupied places are at most this many plus one per agreement,
   * so the report stays of the size of the document. Entries that overlap would otherwise pass
   * {@link #MAX_PLACES} on a day, entries one after the other multiply the runs.
   */
  public static final long MAX_TOTAL_PLACES = 10_000;

  private PlacesDocuments() {}

  /**
   * The document of {@code document} (UTF-8).
   *
   * @param document the bytes of a places document
   * @return the provider's places and records it holds
   * @throws UnusableInputException if the input cannot be read or is not such a document
   */
  public static ProviderPlaces read(InputStream document) {
    Node root = Node.root(JsonRecords.tree(document));
    if (!root.value().isObject()) {
      throw new UnusableInputException(
          "", "expected an object with \"places\" and \"records\", found " + kind(root));
    }
    io.vavr.collection.List<PlaceEntry> entries =
        root.field("places").elements().map(PlacesDocuments::entry);
    long total = 0;
    int index = 0;
    for (PlaceEntry entry : entries) {
      total += entry.count();
      if (total > MAX_TOTAL_PLACES) {
        throw new UnusableInputException(
            ViolationPaths.key(ViolationPaths.index("places", index), "count"),
            "the places entries add up to "
                + total
                + " places here, over "
                + MAX_TOTAL_PLACES
                + " in all for one document (overlapping or not), not a provider's");
      }
      index++;
    }
    return new ProviderPlaces(entries, root.field("records").elements().map(RecordMapping::record));
  }

  private static PlaceEntry entry(Node entry) {
    if (!entry.value().isObject()) {
      throw new UnusableInputException(
          entry.path(), "expected a places entry (a JSON object), found " + kind(entry));
    }
    LocalDate from =
        date(entry.field("from"))
            .getOrElseThrow(
                () -> new UnusableInputException(entry.path() + ".from", "missing date"));
    Option<LocalDate> to = date(entry.field("to"));
    if (to.exists(end -> end.isBefore(from))) {
      throw new UnusableInputException(
          entry.path() + ".to", "ends on " + to.get() + ", before its start " + from);
    }
    return PlaceEntry.of(DatePeriod.of(from, to), count(entry.field("count")));
  }

  /** A date {@code YYYY-MM-DD}; none when absent, null or blank. */
  private static Option<LocalDate> date(Node date) {
    Option<String> text = date.text().filter(t -> !t.isBlank());
    if (text.isEmpty()) {
      return Option.none();
    }
    return Option.some(
        IsoDate.parse(text.get())
            .getOrElseThrow(
                () ->
                    new UnusableInputException(
                        date.path(), "malformed date '" + text.get() + "', expected YYYY-MM-DD")));
  }

  private static int count(Node count) {
    BigDecimal places =
        count
            .number()
            .getOrElseThrow(() -> new UnusableInputException(count.path(), "missing count"));
    if (places.signum() < 0) {
      throw new UnusableInputException(count.path(), "negative count " + places);
    }
    if (places.compareTo(MAX_PLACES) > 0) {
      throw new UnusableInputException(
          count.path(), "count " + places + " over " + MAX_PLACES + " places, not a provider's");
    }
    if (places.stripTrailingZeros().scale() > 0) {
      throw new UnusableInputException(
          count.path(), "expected a whole number of places, found " + places);
    }
    return places.intValueExact();
  }

  private static String kind(Node node) {
    return node.value().isNull()
        ? "null"
        : node.value().getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
