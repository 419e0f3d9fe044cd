package io.github.childcarerules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.core.agreement.Agreement;
import io.github.childcarerules.core.record.Address;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.schedule.Day;
import io.github.childcarerules.core.schedule.Schedule;
import io.github.childcarerules.core.schedule.Slot;
import io.github.childcarerules.core.schedule.Week;
import io.github.childcarerules.core.validation.RecordValidator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Reports#record}: the page of a record, read back with jsoup. */
class RecordPageTest {

  static Stream<Arguments> examplesInBothLanguages() {
    return Examples.records().stream()
        .flatMap(name -> Stream.of(Arguments.of(name, "fr"), Arguments.of(name, "en")));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("examplesInBothLanguages")
  void everyViolationAppearsOnceAtItsElementWithItsMessageAndSource(String name, String lang) {
    ParentChildRecord record = Examples.record(name);
    Locale locale = Locale.forLanguageTag(lang);
    Document page = Jsoup.parse(Reports.record(record, locale));

    io.vavr.collection.List<Violation> violations = RecordValidator.validate(record).violations();
    assertThat(page.select("li.violation")).hasSize(violations.size());
    for (Violation violation : violations) {
      java.util.List<Element> found =
          page.select("li.violation").stream()
              .filter(node -> node.attr("data-rule").equals(violation.rule().name()))
              .filter(node -> node.attr("data-path").equals(violation.path()))
              .toList();
      assertThat(found).as("%s at %s", violation.rule(), violation.path()).hasSize(1);
      Element item = found.get(0);
      assertThat(item.selectFirst(".message").text()).isEqualTo(violation.message(locale));
      assertThat(item.selectFirst(".source").text()).contains(violation.source());
      String element = item.closest("section.element").attr("data-element");
      assertThat(element).isEqualTo(expectedElement(violation.path(), page));
      assertThat(page.text()).containsOnlyOnce(violation.message(locale));
    }
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("examplesInBothLanguages")
  void eachMarkerOfTheTimelineIsOnTheLineOfItsViolationsElement(String name, String lang) {
    Document page = Jsoup.parse(Reports.record(Examples.record(name), Locale.forLanguageTag(lang)));

    for (Element marker : page.select("svg.timeline g.marker")) {
      String number = marker.attr("data-violation");
      Element item = page.getElementById("v" + number);
      assertThat(item).as("violation %s", number).isNotNull();
      assertThat(marker.closest("g.lane").attr("data-element"))
          .isEqualTo(item.closest("section.element").attr("data-element"));
      assertThat(page.select("svg.timeline g.marker[data-violation=" + number + "]")).hasSize(1);
    }
  }

  /**
   * The violations of the example with the most problems, each pinned by hand: the element, and the
   * date the timeline draws its marker at.
   */
  @Test
  void theViolationsOfAnExampleArePinnedToTheElementsTheyAreAbout() {
    Document page =
        Jsoup.parse(Reports.record(Examples.record("invalid-agreements.json"), Locale.FRENCH));

    assertThat(elementOf(page, "SPECIAL_SCHEDULE_OUTSIDE_AGREEMENT"))
        .isEqualTo("agreements[0].specialSchedules[0]");
    assertThat(page.select("li.violation"))
        .allSatisfy(
            item ->
                assertThat(item.closest("section.element").attr("data-element"))
                    .startsWith("agreements["));
    assertThat(
            page.select("section.element[data-element=\"agreements[0].specialSchedules[0]\"] h3")
                .text())
        .startsWith("Horaire particulier 1.1");
  }

  @Test
  void theTwentyInTwentyEightWarningShowsItsTwentyEightDaysOnItsAgreement() {
    Document page =
        Jsoup.parse(Reports.record(Examples.record("six-days-warning.json"), Locale.ENGLISH));

    Element warning = page.selectFirst("li.violation[data-rule=TWENTY_DAYS_PER_FOUR_WEEKS]");
    assertThat(warning.closest("section.element").attr("data-element")).isEqualTo("agreements[0]");
    // six days a week from Monday 2023-03-06: the first 28 days hold 24 care days
    assertThat(warning.select(".note").eachText())
        .contains("The 28 consecutive days that plan the most: from 2023-03-06 to 2023-04-02.");
    Elements window =
        page.select("svg.timeline g.lane[data-element=\"agreements[0]\"] rect.window");
    assertThat(window).hasSize(1);
    assertThat(window.first().selectFirst("title").text()).isEqualTo("2023-03-06/2023-04-02");
  }

  @Test
  void theReferenceYearWarningShowsItsYearAcrossTheTimeline() {
    ParentChildRecord record =
        Examples.record("six-days-warning.json")
            .withAgreements(
                Examples.record("six-days-warning.json")
                    .agreements()
                    .map(a -> a.withEnd(LocalDate.of(2024, 8, 30))));

    Document page = Jsoup.parse(Reports.record(record, Locale.FRENCH));

    Element warning = page.selectFirst("li.violation[data-rule=REFERENCE_YEAR_261_DAYS]");
    assertThat(warning).isNotNull();
    assertThat(warning.closest("section.element").attr("data-element")).isEmpty();
    assertThat(warning.select(".note").eachText())
        .contains("Année de référence visée : du 2023-09-01 au 2024-08-31.");
    assertThat(page.select("svg.timeline rect.band")).hasSize(1);
    assertThat(page.select("svg.timeline text.band-label").text())
        .isEqualTo("Année de référence 2023-2024");
    Element recordLane =
        page.select("svg.timeline g.lane").stream()
            .filter(lane -> lane.attr("data-element").isEmpty())
            .findFirst()
            .orElseThrow();
    assertThat(recordLane.select("g.marker").eachAttr("data-violation"))
        .containsExactly(warning.id().substring(1));
  }

  @Test
  void hostileValuesPrintAsTextAndNeverAsMarkup() {
    String script = "<script>alert('x')</script>";
    String image = "\"><img src=x onerror=alert(1)>";
    ParentChildRecord record =
        Examples.record("valid-two-agreements.json")
            .withChild(
                Examples.record("valid-two-agreements.json")
                    .child()
                    .get()
                    .withLastName(script)
                    .withFirstName(image))
            .withAddress(
                Address.builder()
                    .civicNumber("</style><b>1</b>")
                    .street("rue ]]></svg>")
                    .municipality("Québec")
                    .postalCode("G1G 1G1")
                    .build());
    record =
        ParentChildRecord.builder()
            .from(record)
            .putAgeBrackets("<script>k</script>", "2023-01-01")
            .build();

    String html = Reports.record(record, Locale.FRENCH);
    Document page = Jsoup.parse(html);

    assertThat(page.select("script, img, b, iframe, object, embed")).isEmpty();
    assertThat(html).doesNotContain("<script>", "<img", "<b>1</b>");
    assertThat(page.title()).contains(script);
    assertThat(page.selectFirst("h1").text()).contains(script).contains(image);
    assertThat(page.select("section.element[data-element=address] .details").text())
        .contains("</style><b>1</b>", "rue ]]></svg>");
    assertThat(page.select("section.element").eachAttr("data-element"))
        .contains("ageBrackets[\"<script>k</script>\"]");
    assertThat(page.select("li.violation[data-rule=VALUE_NOT_ALLOWED]").eachAttr("data-path"))
        .contains("ageBrackets[\"<script>k</script>\"]");
    assertThat(page.select("svg.timeline g.lane").eachAttr("data-element"))
        .contains("ageBrackets[\"<script>k</script>\"]");
  }

  @Test
  void thePageIsSelfContainedAndLaidOutForLetterPaper() {
    String html = Reports.record(Examples.record("invalid-many-problems.json"), Locale.FRENCH);
    Document page = Jsoup.parse(html);

    assertThat(page.select("script, link, iframe, object, embed, img")).isEmpty();
    assertThat(page.select("[src], [href]")).isEmpty();
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:", "https:");
    assertThat(page.select("style").html())
        .contains("@page { size: letter;", "break-inside: avoid");
    assertThat(page.select("section.document")).hasSize(2);
    assertThat(page.select("svg")).hasSize(2);
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
    // every block starts and ends with its mark, each mark once
    for (Element block : page.select(".block")) {
      String mark = block.selectFirst(".mark").text();
      assertThat(mark).startsWith("[");
      assertThat(block.select(".mark.end").last().text()).isEqualTo(mark.substring(1) + "]");
      assertThat(page.select(".mark").eachText()).containsOnlyOnce(mark);
    }
  }

  @Test
  void theMonthlyChartSplitsPlannedHalfDaysByContributionMonthByMonth() {
    ParentChildRecord record =
        ParentChildRecord.builder()
            .child(Child.builder().lastName("Roy").firstName("Lou").build())
            .ageBracket(AgeBracket.MONTHS_18_59, LocalDate.of(2024, 1, 1))
            .addAgreements(
                agreement(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 2, 29), true),
                agreement(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 31), false))
            .build();

    Document page = Jsoup.parse(Reports.record(record, Locale.ENGLISH));

    Elements bars = page.select("svg.monthly g.period-bar");
    assertThat(bars).hasSize(3); // January, February, March 2024
    assertThat(bars.eachText())
        .containsExactly(
            "2024-01-01/2024-01-31: 8 half-days at the reduced contribution, 0 at the full"
                + " contribution 8 01 2024",
            "2024-02-01/2024-02-29: 8 half-days at the reduced contribution, 0 at the full"
                + " contribution 8 02",
            "2024-03-01/2024-03-31: 0 half-days at the reduced contribution, 8 at the full"
                + " contribution 8 03");
    assertThat(bars.get(0).select("rect.reduced")).hasSize(1);
    assertThat(bars.get(0).select("rect.full")).isEmpty();
    assertThat(bars.get(2).select("rect.full")).hasSize(1);
    assertThat(page.select("#occupation .caption").text())
        .isEqualTo(
            "Half-days planned by the agreements from 2024-01-01 to 2024-03-31: 16 at the reduced"
                + " contribution, 8 at the full contribution.");
  }

  @Test
  void aRecordWithoutDatesHasNoTimelineAndSaysSo() {
    ParentChildRecord record = ParentChildRecord.builder().build();

    Document page = Jsoup.parse(Reports.record(record, Locale.FRENCH));

    assertThat(page.select("svg")).isEmpty();
    assertThat(page.select("#timeline .none").text())
        .isEqualTo(
            "Aucun élément du dossier n’a de date lisible : rien à placer sur la chronologie.");
    assertThat(page.selectFirst("h1").text()).isEqualTo("Dossier parent-enfant : enfant sans nom");
    assertThat(page.select("li.violation"))
        .hasSize(RecordValidator.validate(record).violations().size());
  }

  @Test
  void theEnglishPageHasNoFrenchWordAndTheFrenchNoEnglish() {
    ParentChildRecord record = Examples.record("invalid-agreements.json");

    String english = Jsoup.parse(Reports.record(record, Locale.ENGLISH)).text();
    String french = Jsoup.parse(Reports.record(record, Locale.CANADA_FRENCH)).text();

    assertThat(english)
        .contains("Timeline of the record", "Agreement 1")
        .doesNotContain("Entente", "Chronologie", " du ");
    assertThat(french)
        .contains("Chronologie du dossier", "Entente 1")
        .doesNotContain("Agreement", "Timeline", " from ");
  }

  private static Agreement agreement(LocalDate start, LocalDate end, boolean reduced) {
    return Agreement.builder()
        .start(start)
        .end(end)
        .reducedContribution(reduced)
        .signed(true)
        .schedule(Schedule.of(Week.builder().on(Day.MON, Slot.DAY_1, Slot.DAY_2).build()))
        .build();
  }

  /** The data-element of the block that holds the one violation of {@code rule}. */
  private static String elementOf(Document page, String rule) {
    return page.selectFirst("li.violation[data-rule=" + rule + "]")
        .closest("section.element")
        .attr("data-element");
  }

  /**
   * The element a violation belongs to, found independently of the page's code: the longest path
   * among the page's blocks that is the violation's path or a prefix of it ending before a dot or a
   * bracket; the record ({@code ""}) otherwise.
   */
  private static String expectedElement(String path, Document page) {
    String best = "";
    for (String element : page.select("section.element").eachAttr("data-element")) {
      boolean holds =
          path.equals(element)
              || (!element.isEmpty()
                  && path.startsWith(element)
                  && (path.charAt(element.length()) == '.'
                      || path.charAt(element.length()) == '['));
      if (holds && element.length() > best.length()) {
        best = element;
      }
    }
    return best;
  }
}
