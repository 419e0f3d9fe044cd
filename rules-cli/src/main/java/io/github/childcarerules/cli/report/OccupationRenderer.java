package io.github.childcarerules.cli.report;

import io.github.childcarerules.core.internal.TextEscapes;
import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.json.UnusableInput;
import io.github.childcarerules.occupation.OccupationCount;
import io.github.childcarerules.occupation.attestation.Attestation;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The occupation report and the attestation (FORMAT.md "Occupation report", "Attestation"): JSON
 * documents as rules-json writes them, or text for a person in French or English, as the library
 * says them ({@link OccupationCount#textLines(Locale)}, {@link Attestation#textLines(Locale)}),
 * printed on {@code out} as they are produced.
 */
public final class OccupationRenderer {
  private final boolean json;
  private final Locale locale;
  private final Labels labels;

  public OccupationRenderer(boolean json, Locale locale) {
    this.json = json;
    this.locale = locale;
    this.labels = new Labels(locale);
  }

  /**
   * Prints the count of the record at {@code line} of a batch: one line in JSON ({@code {"line": N,
   * …}}); in text, the count's first line after the line number, then its other lines.
   */
  public void batchCount(long line, OccupationCount count, boolean grouped, PrintStream out) {
    if (json) {
      ChildcareJson.writeOccupationLine(line, count, grouped, out);
      out.println();
      return;
    }
    boolean first = true;
    for (String text : count.textLines(locale).map(TextEscapes::escape)) {
      out.println(first ? labels.text("batch.result", line, text) : text);
      first = false;
    }
  }

  /** Prints a line of a batch that is not a usable record; one line in JSON. */
  public void batchError(long line, String error, PrintStream out) {
    if (json) {
      ChildcareJson.writeErrorLine(line, new UnusableInput(error), out);
      out.println();
    } else {
      out.println(labels.text("batch.error", line, TextEscapes.escape(error)));
    }
  }

  /**
   * Prints the count; {@code byPeriod} only when {@code grouped} (in text, the count's periods,
   * which a grouped count always has), period by period.
   */
  public void occupation(OccupationCount count, boolean grouped, PrintStream out) {
    if (json) {
      ChildcareJson.writeOccupation(count, grouped, out);
      out.println();
    } else {
      count.textLines(locale).map(TextEscapes::escape).forEach(out::println);
    }
  }

  /** Prints the attestation. */
  public void attestation(Attestation attestation, PrintStream out) {
    if (json) {
      ChildcareJson.writeAttestation(attestation, out);
      out.println();
    } else {
      attestation.textLines(locale).map(TextEscapes::escape).forEach(out::println);
    }
  }
}
