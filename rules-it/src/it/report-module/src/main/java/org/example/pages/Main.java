package org.example.pages;

import io.github.childcarerules.core.record.Child;
import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.occupation.coverage.CoverageRow;
import io.github.childcarerules.report.Reports;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.util.Locale;

/** Draws up a record's page and a coverage table's page on the module path. */
public final class Main {
  private Main() {}

  /**
   * Prints facts about the two pages, one a line.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    ParentChildRecord record =
        ParentChildRecord.builder()
            .child(Child.builder().lastName("<script>x</script>").firstName("Léa").build())
            .build();
    String page = Reports.record(record, Locale.ENGLISH);
    System.out.println("module " + Reports.class.getModule().getName());
    System.out.println("escaped " + page.contains("&lt;script&gt;x&lt;/script&gt;, Léa"));
    System.out.println("script " + page.contains("<script>"));
    System.out.println("english " + page.contains("Parent-child record: "));
    String table =
        Reports.coverage(
            List.of(
                CoverageRow.builder()
                    .sector("A")
                    .children(BigDecimal.TEN)
                    .places(BigDecimal.ONE)
                    .statedRate(new BigDecimal("50"))
                    .build()),
            Locale.FRENCH);
    System.out.println("finding " + table.contains("class=\"finding\""));
  }
}
