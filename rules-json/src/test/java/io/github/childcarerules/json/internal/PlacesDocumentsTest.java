package io.github.childcarerules.json.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.childcarerules.json.ProviderPlaces;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A places document whose shape or entries are unusable names where and what: the document and each
 * entry must be objects (what was found is named), a date is blank or absent (none) or {@code
 * YYYY-MM-DD}, a count is required.
 */
class PlacesDocumentsTest {
  private static ProviderPlaces read(String json) {
    return PlacesDocuments.read(new ByteArrayInputStream(json.getBytes(UTF_8)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "[]| expected an object with \"places\" and \"records\", found array",
        "null| expected an object with \"places\" and \"records\", found null",
        "\"x\"| expected an object with \"places\" and \"records\", found string",
        "{\"places\": [3]}| places[0]: expected a places entry (a JSON object), found number",
        "{\"places\": [null]}| places[0]: expected a places entry (a JSON object), found null",
        "{\"places\": [{\"from\": \" \", \"count\": 1}]}| places[0].from: missing date",
        "{\"places\": [{\"from\": \"2024-1-01\", \"count\": 1}]}"
            + "| places[0].from: malformed date '2024-1-01', expected YYYY-MM-DD",
        "{\"places\": [{\"from\": \"2024-01-01\", \"to\": \"2024-02-30\", \"count\": 1}]}"
            + "| places[0].to: malformed date '2024-02-30', expected YYYY-MM-DD",
        "{\"places\": [{\"from\": \"2024-01-01\"}]}| places[0].count: missing count",
        "{\"places\": [{\"from\": \"2024-01-01\", \"count\": null}]}| places[0].count: missing count"
      })
  void anUnusableDocumentNamesWhereAndWhat(String json, String message) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage(message.strip());
  }

  @Test
  void aBlankOrNullEndIsOpenEnded() {
    for (String to : new String[] {"\" \"", "\"\"", "null"}) {
      ProviderPlaces places =
          read("{\"places\": [{\"from\": \"2024-01-01\", \"to\": " + to + ", \"count\": 2}]}");

      assertThat(places.places().head().days().startInclusive())
          .isEqualTo(LocalDate.of(2024, 1, 1));
      assertThat(places.places().head().days().endInclusive()).isEqualTo(Option.none());
      assertThat(places.places().head().count()).isEqualTo(2);
      assertThat(places.records()).isEmpty();
    }
  }
}
