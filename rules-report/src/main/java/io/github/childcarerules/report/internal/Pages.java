package io.github.childcarerules.report.internal;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import io.github.childcarerules.report.internal.pages.JteallocationGenerated;
import io.github.childcarerules.report.internal.pages.JteauditGenerated;
import io.github.childcarerules.report.internal.pages.JtecoverageGenerated;
import io.github.childcarerules.report.internal.pages.JterecordGenerated;

/**
 * The pages laid out by the templates of {@code src/main/jte}, which jte-maven-plugin generates
 * into Java at build time: each is called here directly (no template engine, no class loaded by
 * name at run time), its output escaped by context (jte's OWASP HTML output: a value in text, in an
 * attribute, in SVG).
 */
public final class Pages {
  private Pages() {}

  /**
   * The record page.
   *
   * @param page its content
   * @return the HTML page
   */
  public static String record(RecordPage page) {
    StringOutput output = new StringOutput();
    JterecordGenerated.render(new OwaspHtmlTemplateOutput(output), null, page);
    return output.toString();
  }

  /**
   * The coverage page.
   *
   * @param page its content
   * @return the HTML page
   */
  public static String coverage(CoveragePage page) {
    StringOutput output = new StringOutput();
    JtecoverageGenerated.render(new OwaspHtmlTemplateOutput(output), null, page);
    return output.toString();
  }

  /**
   * The allocation page.
   *
   * @param page its content
   * @return the HTML page
   */
  public static String allocation(AllocationPage page) {
    StringOutput output = new StringOutput();
    JteallocationGenerated.render(new OwaspHtmlTemplateOutput(output), null, page);
    return output.toString();
  }

  /**
   * The audit page.
   *
   * @param page its content
   * @return the HTML page
   */
  public static String audit(AuditPage page) {
    StringOutput output = new StringOutput();
    JteauditGenerated.render(new OwaspHtmlTemplateOutput(output), null, page);
    return output.toString();
  }
}
