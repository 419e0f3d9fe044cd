package io.github.childcarerules.cli.report;

import io.github.childcarerules.core.internal.TextEscapes;
import io.github.childcarerules.json.ChildcareJson;
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

  public OccupationRenderer(boolean json, Locale locale) {
    this.json = json;
    this.locale = locale;
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
