package io.github.childcarerules.cli.report;

import io.github.childcarerules.json.ChildcareJson;
import io.github.childcarerules.occupation.OccupationCount;
import io.github.childcarerules.occupation.attestation.Attestation;
import java.util.Locale;

/**
 * The occupation report and the attestation (FORMAT.md "Occupation report", "Attestation"): JSON
 * documents as rules-json writes them, or text for a person in French or English, as the library
 * says them ({@link OccupationCount#text(Locale)}, {@link Attestation#text(Locale)}).
 */
public final class OccupationRenderer {
  private final boolean json;
  private final Locale locale;

  public OccupationRenderer(boolean json, Locale locale) {
    this.json = json;
    this.locale = locale;
  }

  /**
   * The count; {@code byPeriod} only when {@code grouped} (in text, the count's periods, which a
   * grouped count always has).
   */
  public String occupation(OccupationCount count, boolean grouped) {
    return json ? ChildcareJson.writeOccupation(count, grouped) : count.text(locale);
  }

  public String attestation(Attestation attestation) {
    return json ? ChildcareJson.writeAttestation(attestation) : attestation.text(locale);
  }
}
