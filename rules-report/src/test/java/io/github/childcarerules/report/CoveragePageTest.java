package io.github.childcarerules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.childcarerules.occupation.coverage.CoverageAudit;
import io.github.childcarerules.occupation.coverage.CoverageRow;
import io.github.childcarerules.occupation.coverage.CoverageTables;
import io.github.childcarerules.occupation.coverage.Finding;
import io.github.childcarerules.occupation.coverage.RowAudit;
import io.vavr.collection.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Reports#coverage}: the audited table, read back with jsoup. */
class CoveragePageTest {

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void eachFindingOfTheAuditIsHighlightedOnceInItsCellAndExplained(String lang) {
    List<CoverageRow> table = Examples.coverageTable();
    CoverageAudit audit = CoverageTables.audit(table);
    Document page = Jsoup.parse(Reports.coverage(table, Locale.forLanguageTag(lang)));

    int findings =
        audit.rows().map(row -> row.findings().size()).sum().intValue()
            + audit.totalFindings().size();
    assertThat(findings).isEqualTo(3); // two rates and the total of children
    assertThat(page.select("td.finding")).hasSize(findings);
    assertThat(page.select("ol.notes li")).hasSize(findings);
    for (RowAudit row : audit.rows()) {
      Element tr = row(page, row.sector());
      for (Finding finding : row.findings()) {
        assertHighlightedOnce(page, tr, finding);
      }
      assertThat(tr.select("td.finding")).hasSize(row.findings().size());
      assertThat(tr.select("td.computed").first().text())
          .isEqualTo(row.rate().map(java.math.BigDecimal::toPlainString).getOrElse(""));
    }
    Element total = page.selectFirst("tr.total");
    for (Finding finding : audit.totalFindings()) {
      assertHighlightedOnce(page, total, finding);
    }
  }

  @Test
  void theFindingsAreExplainedInWordsWithTheStatedAndTheComputedValue() {
    Document page = Jsoup.parse(Reports.coverage(Examples.coverageTable(), Locale.ENGLISH));

    assertThat(page.select("ol.notes li").eachText())
        .containsExactly(
            "1 RATE_MISMATCH Sector Sainte-Sophie d'Halifax: the stated rate, 17.4%, is 0.1 point"
                + " or more away from the recomputed rate, 17.14% (places ÷ children × 100).",
            "2 RATE_MISMATCH Sector Lyster: the stated rate, 2.5%, is 0.1 point or more away from"
                + " the recomputed rate, 25.00% (places ÷ children × 100).",
            "3 TOTAL_MISMATCH Row TOTAL, column “Children”: the table states 23917, but the sum of"
                + " the sectors is 1095.");
  }

  @Test
  void aConsistentTableHasNoHighlightAndSaysSo() {
    List<CoverageRow> table =
        Examples.table(
            "sector,area_km2,children,providers,places,stated_rate,places_0_17,places_18_59,places_60_plus\n"
                + "A,10,100,2,50,50,10,40,0\n"
                + "TOTAL,10,100,2,50,,,,\n");

    Document page = Jsoup.parse(Reports.coverage(table, Locale.FRENCH));

    assertThat(page.select("td.finding, ol.notes")).isEmpty();
    assertThat(page.selectFirst(".status").text()).isEqualTo("Tableau cohérent : aucun constat.");
  }

  @Test
  void aHostileSectorNamePrintsAsText() {
    String hostile = "<script>alert(1)</script><img src=x>";
    List<CoverageRow> table =
        List.of(
            CoverageRow.builder()
                .sector(hostile)
                .children(java.math.BigDecimal.TEN)
                .places(java.math.BigDecimal.ONE)
                .statedRate(new java.math.BigDecimal("50"))
                .build());

    String html = Reports.coverage(table, Locale.FRENCH);
    Document page = Jsoup.parse(html);

    assertThat(page.select("script, img")).isEmpty();
    assertThat(html).doesNotContain("<script>", "<img");
    assertThat(page.selectFirst("td.sector").text()).isEqualTo(hostile);
    assertThat(page.select("ol.notes li").text()).contains(hostile);
  }

  private static void assertHighlightedOnce(Document page, Element row, Finding finding) {
    java.util.List<Element> cells =
        row.select("td.finding").stream()
            .filter(cell -> cell.attr("data-column").equals(finding.column().header()))
            .toList();
    assertThat(cells).as("%s in %s", finding, row.attr("data-sector")).hasSize(1);
    String number = cells.get(0).attr("data-finding");
    Element note = page.getElementById("f" + number);
    assertThat(note.attr("data-code")).isEqualTo(finding.code().name());
    assertThat(note.text())
        .contains(finding.stated().toPlainString(), finding.computed().toPlainString());
    assertThat(page.select("td.finding").eachAttr("data-finding")).containsOnlyOnce(number);
  }

  private static Element row(Document page, String sector) {
    return page.select("tbody tr").stream()
        .filter(tr -> tr.attr("data-sector").equals(sector))
        .findFirst()
        .orElseThrow();
  }
}
