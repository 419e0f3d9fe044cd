package io.github.childcarerules.json;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.occupation.places.PlaceEntry;
import io.vavr.collection.List;
import java.util.Objects;

/**
 * FORMAT.md's document of {@code unoccupied-places}: a provider's subsidized places and the records
 * of its children ({@code {"places": [...], "records": [...]}}).
 *
 * @param places the places entries, in document order
 * @param records the records, in document order
 * @since 0.1.0
 */
public record ProviderPlaces(List<PlaceEntry> places, List<ParentChildRecord> records) {
  /**
   * The places and records given.
   *
   * @param places the places entries
   * @param records the records
   */
  public ProviderPlaces {
    Objects.requireNonNull(places, "places");
    Objects.requireNonNull(records, "records");
  }
}
