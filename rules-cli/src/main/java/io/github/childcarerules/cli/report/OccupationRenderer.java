package io.github.childcarerules.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.occupation.OccupationCount;
import io.github.childcarerules.occupation.attestation.Attestation;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The occupation report and the attestation (FORMAT.md "Occupation report", "Attestation"): JSON
 * documents with the contract's fields in its order, or text for a person in French or English.
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
    return json ? JsonRenderer.document(occupationNode(count, grouped)) : count.text(locale);
  }

  public String attestation(Attestation attestation) {
    return json ? JsonRenderer.document(attestationNode(attestation)) : attestation.text(locale);
  }

  private static ObjectNode occupationNode(OccupationCount count, boolean grouped) {
    ObjectNode node = split(JsonRenderer.object(), count);
    if (grouped) {
      ArrayNode periods = node.putArray("byPeriod");
      for (OccupationCount period : count.byPeriod()) {
        split(periods.addObject(), period);
      }
    }
    return node;
  }

  /**
   * {@code from}, {@code to}, {@code halfDays} and the split, in FORMAT.md's order: the same for
   * the whole range and for each period.
   */
  private static ObjectNode split(ObjectNode node, OccupationCount count) {
    node.put("from", count.range().startInclusive().toString())
        .put("to", count.range().endInclusive().get().toString())
        .put("halfDays", count.halfDays());
    ObjectNode brackets = node.putObject("byAgeBracket");
    for (AgeBracket bracket : AgeBracket.values()) {
      brackets.put(bracket.name(), count.halfDaysIn(bracket));
    }
    return node.put("reducedContribution", count.reducedContribution())
        .put("fullContribution", count.fullContribution())
        .put("ecpExempt", count.ecpExempt())
        .put("disability", count.disability());
  }

  private static ObjectNode attestationNode(Attestation attestation) {
    ObjectNode node = JsonRenderer.object();
    node.putObject("referenceYear")
        .put("from", attestation.referenceYear().startInclusive().toString())
        .put("to", attestation.referenceYear().endInclusive().get().toString());
    node.put("firstDay", date(attestation.firstDay()))
        .put("lastDay", date(attestation.lastDay()))
        .put("reducedContributionDays", attestation.reducedContributionDays())
        .put("reducedContributionHalfDays", attestation.reducedContributionHalfDays())
        .put("ecpExemptDays", attestation.ecpExemptDays())
        .put("ecpExemptHalfDays", attestation.ecpExemptHalfDays());
    ArrayNode ended = node.putArray("endedAgreements");
    attestation.endedAgreements().forEach(ended::add);
    node.put("daysWithoutService", attestation.daysWithoutService().getOrNull())
        .put("attestationDue", attestation.attestationDue());
    return node;
  }

  private static String date(Option<LocalDate> day) {
    return day.map(LocalDate::toString).getOrNull();
  }
}
