package io.github.childcarerules.allocation;

import static io.github.childcarerules.allocation.Given.allocate;
import static io.github.childcarerules.allocation.Given.conforming;
import static io.github.childcarerules.allocation.Given.free;
import static io.github.childcarerules.allocation.Given.increase;
import static io.github.childcarerules.allocation.Given.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The allocation's texts (the result, the grids) escape every value entered by people: an id or a
 * name holding a line feed, a bidi override or a zero-width character cannot fake a line.
 */
class TextValuesTest {
  private static final String FAKE = "R1\nLot B9 : toutes les places sont réparties\u202E";

  @Test
  void anIdHoldingALineFeedCannotFakeALineOfTheResultNorOfTheGrid() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"))
                .addRequests(increase(FAKE, "P1", "S", "2015-01-01", 1))
                .addProviders(conforming("P1", "S", 1))
                .build());

    for (Locale locale : new Locale[] {Locale.CANADA_FRENCH, Locale.ENGLISH}) {
      String text = result.text(locale);
      assertThat(text.lines()).noneMatch(line -> line.startsWith("Lot B9"));
      assertThat(text).contains("R1\\u000ALot B9").contains("\\u202E").doesNotContain("\u202E");
      String grid = result.grids().head().text(locale);
      assertThat(grid.lines()).noneMatch(line -> line.startsWith("Lot B9"));
      assertThat(grid).contains("R1\\u000ALot B9");
    }
  }

  @Test
  void plainValuesArePrintedAsEntered() {
    AllocationResult result =
        allocate(
            scenario()
                .addBatches(free("B1", 1, "S", "2016-01-04"))
                .addRequests(increase("R-é", "P1", "S", "2015-01-01", 1))
                .addProviders(conforming("P1", "S", 1))
                .build());

    assertThat(result.text(Locale.CANADA_FRENCH)).contains("demande R-é de P1");
  }

  @Test
  void theLinesWrittenOneByOneAreTheLinesOfTheTexts() {
    var scenario =
        scenario()
            .addBatches(free("B1", 1, "S", "2016-01-04"), free("B2", 1, "S", "2016-02-01"))
            .addRequests(increase(FAKE, "P1", "S", "2015-01-01", 1))
            .addProviders(conforming("P1", "S", 1))
            .build();
    AllocationResult result = allocate(scenario);
    AuditResult audit = Auditor.audit(scenario).get();

    for (Locale locale : new Locale[] {Locale.CANADA_FRENCH, Locale.ENGLISH}) {
      List<String> lines = new ArrayList<>();
      result.writeText(locale, lines::add);
      assertThat(lines).hasSizeGreaterThan(5).isEqualTo(result.text(locale).lines().toList());
      lines.clear();
      result.writeGridsText(locale, lines::add);
      assertThat(lines).contains("").isEqualTo(result.gridsText(locale).lines().toList());
      lines.clear();
      audit.writeText(locale, lines::add);
      assertThat(lines).isNotEmpty().isEqualTo(audit.text(locale).lines().toList());
    }
  }
}
