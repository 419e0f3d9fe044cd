package io.github.childcarerules.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.childcarerules.allocation.Allocation;
import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.allocation.Letter;
import io.github.childcarerules.allocation.scenario.BoardDecision;
import io.github.childcarerules.allocation.scenario.Scenario;
import io.github.childcarerules.json.ChildcareJson;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Reports#allocation}: the grids, letters and sector chart of a run, read back with jsoup.
 */
class AllocationPageTest {
  private static final String GIROUETTE = "allocation/girouette.json";

  static Stream<Arguments> scenariosInBothLanguages() {
    return Stream.of(GIROUETTE, "allocation/scenario.json")
        .flatMap(name -> Stream.of(Arguments.of(name, "fr"), Arguments.of(name, "en")));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("scenariosInBothLanguages")
  void eachGridHoldsTheValuesOfTheGridDocumentItemByItem(String name, String lang)
      throws Exception {
    Scenario scenario = Examples.scenario(name);
    AllocationResult result = Allocator.allocate(scenario).get();
    Document page = Jsoup.parse(Reports.allocation(result, scenario, Locale.forLanguageTag(lang)));
    JsonNode grids = new ObjectMapper().readTree(ChildcareJson.writeGrids(result)).get("grids");

    assertThat(grids).hasSize(result.grids().size());
    assertThat(page.select("section.document[data-grid]")).hasSize(grids.size());
    int compared = 0;
    for (JsonNode grid : grids) {
      Element section = gridSection(page, grid.get("batch").asText());
      Map<String, String> expected = new LinkedHashMap<>();
      java.util.List<String> absent = new java.util.ArrayList<>();
      flatten("", grid, expected, absent);
      expected.remove("batch");
      Map<String, String> shown = new LinkedHashMap<>();
      for (Element item : section.select("[data-item]")) {
        assertThat(shown.put(item.attr("data-item"), item.attr("data-value")))
            .as("item %s shown once", item.attr("data-item"))
            .isNull();
      }
      for (Map.Entry<String, String> entry : expected.entrySet()) {
        assertThat(shown)
            .as("batch %s", grid.get("batch").asText())
            .containsEntry(entry.getKey(), entry.getValue());
        compared++;
      }
      // the items under an absent object (a free batch's child) are blank, and nothing else is
      // shown
      for (Map.Entry<String, String> entry : shown.entrySet()) {
        if (!expected.containsKey(entry.getKey())) {
          assertThat(absent).anyMatch(prefix -> entry.getKey().startsWith(prefix + "."));
          assertThat(entry.getValue()).isEmpty();
        }
      }
      // the sections of annex 6: A, B and the results, then per provider step 1, step 2,
      // confirmation
      assertThat(section.select("table.form")).hasSize(3 + 3 * grid.get("selections").size());
      assertThat(section.select(".selection").eachAttr("data-request"))
          .containsExactlyElementsOf(
              () -> grid.get("selections").findValuesAsText("request").iterator());
    }
    assertThat(compared).isGreaterThan(name.equals(GIROUETTE) ? 300 : 30);
  }

  @Test
  void aYesNoItemTicksTheBoxOfItsValueAndABlankItemTicksNone() {
    Document page = girouette(Locale.FRENCH);

    assertThat(page.select("tr.item td .box")).isNotEmpty();
    for (Element row : page.select("tr.item")) {
      String value = row.attr("data-value");
      java.util.List<String> ticked = row.select(".box.on").eachAttr("data-code");
      if (row.select(".box").size() == 3) {
        assertThat(ticked)
            .as(row.attr("data-item"))
            .isEqualTo(value.isEmpty() ? java.util.List.of() : java.util.List.of(value));
        assertThat(row.select(".box").eachAttr("data-code")).containsExactly("YES", "NO", "N/A");
      } else if (row.select(".box").size() == 1) {
        assertThat(ticked.isEmpty()).as(row.attr("data-item")).isEqualTo(!value.equals("YES"));
      }
    }
    Element authorized =
        gridSection(page, "B2")
            .selectFirst("[data-item=\"selections[0].confirmation.authorized\"]");
    assertThat(authorized.selectFirst(".box.on").parent().text()).isEqualTo("XOUI");
    assertThat(
            gridSection(page, "B1")
                .selectFirst("[data-item=\"selections[2].stepTwo.maintained\"]")
                .select(".box.on"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void eachLetterOfTheRunAppearsOnceWithItsDueDateAndItsReasons(String lang) {
    Scenario scenario = Examples.scenario(GIROUETTE);
    AllocationResult result = Allocator.allocate(scenario).get();
    Document page = Jsoup.parse(Reports.allocation(result, scenario, Locale.forLanguageTag(lang)));

    assertThat(result.letters()).hasSize(5);
    assertThat(page.select("article.letter")).hasSize(result.letters().size());
    for (Letter letter : result.letters()) {
      Element article = letter(page, letter);
      assertThat(article.attr("data-due")).isEqualTo(letter.due().toString());
      assertThat(article.selectFirst(".due").text()).contains(letter.due().toString());
      assertThat(article.select("li.reason")).isNotEmpty();
      assertThat(article.selectFirst(".citation").text()).contains(letter.rule().name());
      // one letter a sheet
      assertThat(article.parent().hasClass("document")).isTrue();
      assertThat(article.parent().select("article.letter")).hasSize(1);
    }
  }

  @Test
  void theReasonsOfALetterAreTheEventsOfItsRequest() {
    Scenario scenario = Examples.scenario(GIROUETTE);
    AllocationResult result = Allocator.allocate(scenario).get();
    Document page = Jsoup.parse(Reports.allocation(result, scenario, Locale.FRENCH));

    Element refusal = letter(page, "R1", "REFUSAL");
    assertThat(refusal.select(".recipient").text())
        .isEqualTo("Garderie Les Lutins 12, rue Principale, Princeville Service de garde : RSG-P1");
    assertThat(refusal.select("li.reason").eachText())
        .containsExactly(
            "Lot B1 : votre dossier n’est pas conforme (période habituelle de garde de 10 h par"
                + " jour, du lundi au vendredi) ; la demande est retirée. ALLOC_STEP2_CONFORMITY");
    assertThat(refusal.selectFirst(".subject").text())
        .isEqualTo("Objet : Refus de votre demande de places subventionnées (demande R1)");

    Element confirmation = letter(page, "R4", "CONFIRMATION");
    assertThat(confirmation.select("li.reason").eachText())
        .containsExactly(
            "Lot B2 : 1 place permanente, autorisée par le conseil d’administration le 2016-03-15."
                + " ALLOC_BOARD_DECISION");

    Element waiting = letter(page, "R5", "WAITING_REGISTER");
    assertThat(waiting.selectFirst(".subject").text())
        .contains("registre des demandes en attente de places");
    assertThat(waiting.selectFirst(".decision").text()).contains("pour 2 places");
    assertThat(waiting.select("li.reason").eachText())
        .containsExactly(
            "Aucune place de ce calcul ne vous a été offerte : votre demande garde son rang."
                + " ALLOC_DECISION_DELAY");

    assertThat(letter(page, "D2", "DECREASE_DECISION").select("li.reason").eachText())
        .containsExactly(
            "La suspension demandée, du 2016-03-01 au 2017-04-30, dépasse 12 mois."
                + " SUSPENSION_TOO_LONG");
    assertThat(letter(page, "D1", "DECREASE_DECISION").select("li.reason").text())
        .startsWith("La diminution prend effet le 2016-02-19 (date demandée : 2016-02-01");
  }

  @Test
  void aConfirmationOfTemporaryPlacesSaysUntilWhenAndARefusalByTheBoardSaysWhen() {
    Scenario girouette = Examples.scenario(GIROUETTE);
    Scenario scenario =
        girouette.withBoardDecisions(
            girouette
                .boardDecisions()
                .append(BoardDecision.of("D1", "R8", true, "2016-03-16"))
                .append(BoardDecision.of("B3", "R6", false, "2016-03-17")));
    AllocationResult result = Allocator.allocate(scenario).get();
    Document page = Jsoup.parse(Reports.allocation(result, scenario, Locale.ENGLISH));

    assertThat(letter(page, "R8", "CONFIRMATION").select("li.reason").eachText())
        .containsExactly(
            "Batch D1: 2 temporary places, until 2016-08-31, authorized by the board of directors"
                + " on 2016-03-16. ALLOC_BOARD_DECISION");
    assertThat(letter(page, "R6", "REFUSAL").select("li.reason").eachText())
        .containsExactly(
            "Batch B3: the board of directors refused on 2016-03-17 the place recommended."
                + " ALLOC_BOARD_DECISION");
  }

  @Test
  void theSectorChartShowsEachRateAgainstSeventyPercentAndWhereThePlacesWent() {
    Scenario scenario = Examples.scenario(GIROUETTE);
    AllocationResult result = Allocator.allocate(scenario).get();
    Document page = Jsoup.parse(Reports.allocation(result, scenario, Locale.FRENCH));

    Element chart = page.selectFirst("#sectors svg.sectors");
    assertThat(chart.select("g.sector")).hasSize(scenario.sectors().size());
    assertThat(sector(chart, "Princeville").attr("data-rate")).isEqualTo("54.67"); // (119+45)/300
    assertThat(sector(chart, "Saint-Ferdinand").attr("data-rate")).isEqualTo("62.67");
    assertThat(sector(chart, "Notre-Dame-de-Lourdes").attr("data-rate")).isEqualTo("72.00");
    assertThat(sector(chart, "Notre-Dame-de-Lourdes").select("rect.rate.above")).hasSize(1);
    assertThat(sector(chart, "Princeville").select("rect.rate.below")).hasSize(1);
    assertThat(chart.select("line.saturation")).hasSize(1);
    // every place of the run, authorized or awaiting the board, counted once in its sector
    int granted = 0;
    int reserved = 0;
    for (Element row : chart.select("g.sector")) {
      granted += Integer.parseInt(row.attr("data-granted"));
      reserved += Integer.parseInt(row.attr("data-reserved"));
    }
    io.vavr.collection.List<Allocation> allocations =
        result.batches().flatMap(batch -> batch.allocations());
    assertThat(granted)
        .isEqualTo(
            allocations.filter(Allocation::authorized).map(Allocation::places).sum().intValue());
    assertThat(reserved)
        .isEqualTo(
            allocations.reject(Allocation::authorized).map(Allocation::places).sum().intValue());
    assertThat(sector(chart, "Princeville").attr("data-reserved")).isEqualTo("3");
    assertThat(sector(chart, "Plessisville").attr("data-granted")).isEqualTo("1");
    assertThat(page.select("#flows tr.flow")).hasSize(allocations.size());
  }

  @Test
  void hostileNamesPrintAsTextAndControlCharactersAsVisibleEscapes() {
    String script = "<script>alert('x')</script>";
    String image = "\"><img src=x onerror=alert(1)>";
    Scenario girouette = Examples.scenario(GIROUETTE);
    Scenario scenario =
        girouette
            .withAnalyst("</style><b>1</b>")
            .withProviders(
                girouette
                    .providers()
                    .map(
                        provider ->
                            provider.id().contains("RSG-P1")
                                ? provider.withName(script).withAddress(image + "\u001B[31m")
                                : provider));
    AllocationResult result = Allocator.allocate(scenario).get();

    String html = Reports.allocation(result, scenario, Locale.FRENCH);
    Document page = Jsoup.parse(html);

    assertThat(page.select("script, img, b, iframe, object, embed")).isEmpty();
    assertThat(html).doesNotContain("<script>", "<img", "<b>1</b>", "\u001B");
    assertThat(letter(page, "R1", "REFUSAL").selectFirst(".recipient .name").text())
        .isEqualTo(script);
    assertThat(letter(page, "R1", "REFUSAL").selectFirst(".recipient .address").text())
        .isEqualTo(image + "\\u001B[31m");
    assertThat(
            gridSection(page, "B1")
                .selectFirst("[data-item=\"selections[0].providerName\"] td.v")
                .text())
        .isEqualTo(script);
    assertThat(page.selectFirst("header .caption").text()).isEqualTo("Analyste : </style><b>1</b>");
  }

  @Test
  void thePageIsSelfContainedAndEveryBlockHasItsTwoMarks() {
    String html =
        Reports.allocation(
            Allocator.allocate(Examples.scenario(GIROUETTE)).get(),
            Examples.scenario(GIROUETTE),
            Locale.ENGLISH);
    Document page = Jsoup.parse(html);

    assertThat(page.select("script, link, iframe, object, embed, img")).isEmpty();
    assertThat(page.select("[src], [href]")).isEmpty();
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:", "https:");
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    java.util.Set<String> marks = new java.util.HashSet<>();
    for (Element block : page.select(".block")) {
      String mark = block.selectFirst(".mark").text();
      assertThat(mark).matches("\\[[A-Z0-9-]+");
      assertThat(block.select(".mark.end").last().text()).isEqualTo(mark.substring(1) + "]");
      assertThat(marks.add(mark)).as("mark %s once", mark).isTrue();
    }
    // a grid of several providers: the heading with the first, then a block per provider
    assertThat(gridSection(page, "B3").select(".block")).hasSize(4);
    assertThat(gridSection(page, "B3").select(".block").first().select("h2, .selection"))
        .hasSize(2);
  }

  private static Document girouette(Locale locale) {
    Scenario scenario = Examples.scenario(GIROUETTE);
    return Jsoup.parse(Reports.allocation(Allocator.allocate(scenario).get(), scenario, locale));
  }

  static Element gridSection(Document page, String batch) {
    java.util.List<Element> found =
        page.select("section.document[data-grid]").stream()
            .filter(section -> section.attr("data-grid").equals(batch))
            .toList();
    assertThat(found).as("grid of %s", batch).hasSize(1);
    return found.get(0);
  }

  private static Element letter(Document page, Letter letter) {
    return letter(page, letter.request(), letter.letter().name());
  }

  private static Element letter(Document page, String request, String kind) {
    java.util.List<Element> found =
        page.select("article.letter").stream()
            .filter(a -> a.attr("data-request").equals(request))
            .filter(a -> a.attr("data-letter").equals(kind))
            .toList();
    assertThat(found).as("%s letter of %s", kind, request).hasSize(1);
    return found.get(0);
  }

  private static Element sector(Element chart, String name) {
    return chart.select("g.sector").stream()
        .filter(g -> g.attr("data-sector").equals(name))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The grid document's values by path ({@code places.count}, {@code
   * selections[0].stepTwo.maintained}): scalars as written ({@code null} as empty), a list of
   * strings joined by ", ", an empty list as empty; an absent object's path goes to {@code absent}.
   */
  static void flatten(
      String path, JsonNode node, Map<String, String> values, java.util.List<String> absent) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field ->
                  flatten(
                      path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                      field.getValue(),
                      values,
                      absent));
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        values.put(path, "");
      } else if (node.get(0).isObject()) {
        for (int i = 0; i < node.size(); i++) {
          flatten(path + "[" + i + "]", node.get(i), values, absent);
        }
      } else {
        java.util.List<String> texts = new java.util.ArrayList<>();
        node.forEach(element -> texts.add(element.asText()));
        values.put(path, String.join(", ", texts));
      }
    } else if (node.isNull()) {
      if (path.equals("places.child")) {
        absent.add(path);
      } else {
        values.put(path, "");
      }
    } else {
      values.put(path, node.asText());
    }
  }
}
