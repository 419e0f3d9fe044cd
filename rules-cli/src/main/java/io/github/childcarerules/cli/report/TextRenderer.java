package io.github.childcarerules.cli.report;

import io.github.childcarerules.core.internal.TextEscapes;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.Violation;
import io.github.childcarerules.core.validation.ValidationReport;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Text for a person at a terminal: a summary line ("Dossier valide", "Dossier non valide : 2
 * erreurs, 0 avertissement"), then one line per violation with its severity, path, rule id, message
 * and source; the catalogue as a table; the steps of the demo. Paths, messages and sources are
 * printed through {@link TextEscapes}: no value of a record can start or hide a line.
 */
public final class TextRenderer implements Renderer {
  private static final String NEW_LINE = System.lineSeparator();

  private final Locale locale;
  private final Labels labels;

  public TextRenderer(Locale locale) {
    this.locale = locale;
    this.labels = new Labels(locale);
  }

  @Override
  public void report(ValidationReport report, PrintStream out) {
    print(summary(report), report, out);
  }

  @Override
  public String scenarioReport(ValidationReport report) {
    return report
        .violations()
        .map(this::violation)
        .prepend(summary(report, "scenario.valid", "scenario.invalid"))
        .mkString(NEW_LINE);
  }

  @Override
  public void batchResult(long line, ValidationReport report, PrintStream out) {
    print(labels.text("batch.result", line, summary(report)), report, out);
  }

  @Override
  public void batchError(long line, String error, PrintStream out) {
    out.println(labels.text("batch.error", line, TextEscapes.escape(error)));
  }

  /**
   * The catalogue as a table: the widths of its columns are measured on the rules first, then each
   * row is printed as it is made.
   */
  @Override
  public void catalogue(Seq<Rule> rules, PrintStream out) {
    List<String> heading =
        List.of("rules.id", "rules.severity", "rules.source", "rules.description")
            .map(labels::text);
    int[] widths = heading.toJavaStream().mapToInt(String::length).toArray();
    for (Rule rule : rules) {
      List<String> row = row(rule);
      for (int column = 0; column < widths.length; column++) {
        widths[column] = Math.max(widths[column], row.get(column).length());
      }
    }
    out.println(tableLine(heading, widths));
    for (Rule rule : rules) {
      out.println(tableLine(row(rule), widths));
    }
  }

  private List<String> row(Rule rule) {
    return List.of(
            rule.name(), rule.severity().label(locale), rule.source(), rule.description(locale))
        .map(TextEscapes::escape);
  }

  /** The demo's opening: what it does, in {@code steps} steps. */
  public String demoIntroduction(int steps) {
    return labels.text("demo.introduction", steps);
  }

  /**
   * The heading of the {@code index}-th (from 1) of {@code count} steps: what step {@code step}
   * shows, and the command that prints the same ({@code arguments} after {@code childcare-rules}).
   */
  public String demoStep(int index, int count, String step, String arguments) {
    return labels.text(
        "demo.step",
        index,
        count,
        labels.text("demo.step." + step),
        "childcare-rules " + arguments);
  }

  /** How the demo's commands name any example record ({@code examples/FILE.json}). */
  public String demoAnyRecord() {
    return labels.text("demo.anyRecord");
  }

  /** The heading of the {@code index}-th (from 1) of {@code count} example records. */
  public String demoExample(int index, int count, String name) {
    return labels.text("demo.example", index, count, name);
  }

  /** An example that is not usable. */
  public String demoUnusable(String error) {
    return labels.text("demo.unusable", TextEscapes.escape(error));
  }

  /** A step left out: its example {@code path} is not bundled. */
  public String demoMissing(String path) {
    return labels.text("demo.missing", path);
  }

  /** How many of the {@code count} example records were valid. */
  public String demoSummary(int valid, int count) {
    return labels.text("demo.summary", valid, count);
  }

  /** The demo's closing: what to try next. */
  public String demoConclusion() {
    return labels.text("demo.next");
  }

  private String summary(ValidationReport report) {
    return summary(report, "report.valid", "report.invalid");
  }

  private String summary(ValidationReport report, String valid, String invalid) {
    String outcome = labels.text(report.isValid() ? valid : invalid);
    if (report.violations().isEmpty()) {
      return outcome;
    }
    return labels.text("report.counts", outcome, report.errors().size(), report.warnings().size());
  }

  /** How the demo's last step names any page it writes ({@code FILE.html}). */
  public String demoAnyPage() {
    return labels.text("demo.anyPage");
  }

  /** Where the demo's last step wrote its pages, before their names. */
  public String demoPagesWritten(String folder) {
    return labels.text("demo.pages", folder);
  }

  /** One page the demo wrote: its file name, and the example it is the page of. */
  public String demoPage(String page, String example) {
    return labels.text("demo.page", page, example);
  }

  /** The folder for the pages could not be made. */
  public String demoPagesUnwritable(String reason) {
    return labels.text("demo.pagesUnwritable", reason);
  }

  /** The summary line, then one line per violation, each printed as soon as it is made. */
  private void print(String summary, ValidationReport report, PrintStream out) {
    out.println(summary);
    for (Violation violation : report.violations()) {
      out.println(violation(violation));
    }
  }

  private String violation(Violation violation) {
    // the line as core words it; every value of it escaped, so that none can start or hide a line
    return "  " + TextEscapes.escape(violation.text(locale));
  }

  /** A row of aligned columns, each cell padded to the width of its column. */
  private static String tableLine(List<String> row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int column = 0; column < row.size(); column++) {
      if (column > 0) {
        line.append("  ");
      }
      String cell = row.get(column);
      line.append(cell).append(" ".repeat(widths[column] - cell.length()));
    }
    return line.toString().stripTrailing();
  }
}
