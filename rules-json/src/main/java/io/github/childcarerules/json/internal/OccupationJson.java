package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.occupation.OccupationCount;
import io.github.childcarerules.occupation.attestation.Attestation;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The occupation report and the attestation (FORMAT.md "Occupation report", "Attestation"): the
 * contract's fields in its order (moved from rules-cli's {@code OccupationRenderer}, whose text
 * stays there).
 */
public final class OccupationJson {
  private OccupationJson() {}

  /**
   * The count; {@code byPeriod} only when {@code grouped}.
   *
   * @param count the occupation counted from a record
   * @param grouped whether to write the count of each period too
   * @return the JSON document, indented
   */
  public static String occupation(OccupationCount count, boolean grouped) {
    return ReportJson.document(occupationNode(count, grouped));
  }

  /**
   * The attestation.
   *
   * @param attestation the attestation of a record
   * @return the JSON document, indented
   */
  public static String attestation(Attestation attestation) {
    return ReportJson.document(attestationNode(attestation));
  }

  private static ObjectNode occupationNode(OccupationCount count, boolean grouped) {
    ObjectNode node = split(ReportJson.object(), count);
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
    ObjectNode node = ReportJson.object();
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
