package io.github.childcarerules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.allocation.AllocationResult;
import io.github.childcarerules.allocation.Allocator;
import io.github.childcarerules.allocation.AuditResult;
import io.github.childcarerules.allocation.Auditor;
import io.github.childcarerules.allocation.Departure;
import io.github.childcarerules.allocation.PendingRecommendation;
import io.github.childcarerules.allocation.scenario.Scenario;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Reports#audit}: each departure beside its batch's grid, read back with jsoup. */
class AuditPageTest {
  /** The worked example of the contract: three departures of three kinds, one pending. */
  private static final Path AUDIT_DECISIONS =
      Path.of("..", "docs", "contract", "examples", "audit-decisions.json");

  static Stream<Arguments> scenariosInBothLanguages() {
    return Stream.of(AUDIT_DECISIONS, Examples.FOLDER.resolve("allocation/girouette.json"))
        .flatMap(file -> Stream.of(Arguments.of(file, "fr"), Arguments.of(file, "en")));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("scenariosInBothLanguages")
  void eachDepartureAppearsOnceBesideTheGridOfItsBatch(Path file, String lang) {
    Scenario scenario = Examples.scenario(file);
    AuditResult audit = Auditor.audit(scenario).get();
    AllocationResult allocation = Allocator.allocate(scenario).get();
    Locale locale = Locale.forLanguageTag(lang);
    Document page = Jsoup.parse(Reports.audit(audit, allocation, scenario, locale));

    assertThat(audit.departures()).isNotEmpty();
    assertThat(page.select("li.departure")).hasSize(audit.departures().size());
    for (Departure departure : audit.departures()) {
      java.util.List<Element> found =
          page.select("li.departure").stream()
              .filter(li -> li.attr("data-rule").equals(departure.rule().name()))
              .filter(li -> li.attr("data-request").equals(departure.request()))
              .filter(li -> li.attr("data-batch").equals(departure.batch().getOrElse("")))
              .filter(li -> li.selectFirst(".message").text().equals(departure.message(locale)))
              .toList();
      assertThat(found).as("%s", departure).hasSize(1);
      Element item = found.get(0);
      if (departure.batch().isDefined()) {
        // in the first block of its batch's grid, with the grid's heading and sections
        Element block = item.closest(".block");
        Element document = item.closest("section.document");
        assertThat(document.attr("data-grid")).isEqualTo(departure.batch().get());
        assertThat(block.select("h2").text()).contains(departure.batch().get());
        assertThat(block.select("table.form")).hasSize(3);
      } else {
        assertThat(item.closest("#letters-and-answers")).isNotNull();
      }
      assertThat(item.select(".evidence [data-field=request] dd").text())
          .isEqualTo(departure.request());
    }
    for (PendingRecommendation pending : audit.pending()) {
      Element section = AllocationPageTest.gridSection(page, pending.batch());
      assertThat(section.select("ul.pending li").eachText())
          .anyMatch(text -> text.contains(pending.request()));
    }
    assertThat(page.select("ul.pending li")).hasSize(audit.pending().size());
    assertThat(page.select("tr.outcome")).hasSize(audit.requests().size());
  }

  @Test
  void theEvidenceOfEachKindIsShownFieldByField() {
    Scenario scenario = Examples.scenario(AUDIT_DECISIONS);
    Document page =
        Jsoup.parse(
            Reports.audit(
                Auditor.audit(scenario).get(),
                Allocator.allocate(scenario).get(),
                scenario,
                Locale.ENGLISH));

    Element skipped = page.selectFirst("li.departure[data-rule=AUDIT_SKIPPED_EARLIER]");
    assertThat(skipped.select(".evidence > div").eachAttr("data-field"))
        .containsExactly("batch", "request", "on", "earlier", "reason");
    assertThat(skipped.select("[data-field=earlier] dd").text()).isEqualTo("R1");
    Element notEligible = page.selectFirst("li.departure[data-rule=AUDIT_GRANT_NOT_ELIGIBLE]");
    assertThat(notEligible.select("[data-field=breaks] dd").text())
        .startsWith("ALLOC_STEP1_PROFILE (");
    assertThat(notEligible.select("[data-field=instead] dd").text()).isEqualTo("R4");
    Element late = page.selectFirst("li.departure[data-rule=AUDIT_LETTER_LATE]");
    assertThat(late.select(".evidence dt").eachText())
        .containsExactly("Request:", "Letter:", "Due by:", "Sent on:");
    assertThat(page.selectFirst(".status").text())
        .isEqualTo("3 departures from the policy, 1 recommendation awaiting the board.");
  }

  @Test
  void aHostileReasonPrintsAsTextWithItsControlCharactersVisible() {
    Scenario worked = Examples.scenario(AUDIT_DECISIONS);
    String reason = "<script>alert(1)</script>\u0007";
    Scenario scenario =
        worked.withBoardDecisions(
            worked.boardDecisions().map(d -> d.reason().isDefined() ? d.withReason(reason) : d));

    String html =
        Reports.audit(
            Auditor.audit(scenario).get(),
            Allocator.allocate(scenario).get(),
            scenario,
            Locale.FRENCH);
    Document page = Jsoup.parse(html);

    assertThat(page.select("script")).isEmpty();
    assertThat(html).doesNotContain("<script>", "\u0007");
    assertThat(page.select("[data-field=reason] dd").eachText())
        .containsOnly("<script>alert(1)</script>\\u0007");
  }
}
