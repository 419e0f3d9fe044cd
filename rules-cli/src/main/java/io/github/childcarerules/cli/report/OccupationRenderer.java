package io.github.childcarerules.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.occupation.OccupationCount;
import io.github.childcarerules.occupation.PeriodCount;
import io.github.childcarerules.occupation.attestation.Attestation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The occupation report and the attestation (FORMAT.md "Occupation report", "Attestation"): JSON
 * documents with the contract's fields in its order, or text for a person in French or English.
 */
public final class OccupationRenderer {
  private static final String NEW_LINE = System.lineSeparator();

  private final boolean json;
  private final Labels labels;
  private final NumberFormat days;

  public OccupationRenderer(boolean json, Locale locale) {
    this.json = json;
    this.labels = new Labels(locale);
    this.days = NumberFormat.getNumberInstance(locale);
    days.setMaximumFractionDigits(1);
  }

  /** The count; {@code byPeriod} only when {@code grouped}. */
  public String occupation(OccupationCount count, boolean grouped) {
    return json
        ? JsonRenderer.document(occupationNode(count, grouped))
        : occupationText(count, grouped);
  }

  public String attestation(Attestation attestation) {
    return json
        ? JsonRenderer.document(attestationNode(attestation))
        : attestationText(attestation);
  }

  private static ObjectNode occupationNode(OccupationCount count, boolean grouped) {
    ObjectNode node = JsonRenderer.object();
    node.put("from", count.range().startInclusive().toString())
        .put("to", count.range().endInclusive().get().toString())
        .put("halfDays", count.halfDays());
    ObjectNode brackets = node.putObject("byAgeBracket");
    for (AgeBracket bracket : AgeBracket.values()) {
      brackets.put(bracket.name(), count.halfDaysIn(bracket));
    }
    node.put("reducedContribution", count.reducedContribution())
        .put("fullContribution", count.fullContribution())
        .put("ecpExempt", count.ecpExempt())
        .put("disability", count.disability());
    if (grouped) {
      ArrayNode periods = node.putArray("byPeriod");
      for (PeriodCount period : count.byPeriod()) {
        periods
            .addObject()
            .put("from", period.period().startInclusive().toString())
            .put("to", period.period().endInclusive().get().toString())
            .put("halfDays", period.halfDays());
      }
    }
    return node;
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

  private String occupationText(OccupationCount count, boolean grouped) {
    List<String> lines =
        List.of(
            labels.text(
                "occupation.summary",
                range(count.range()),
                count.halfDays(),
                count.halfDays() / 2.0,
                days.format(count.halfDays() / 2.0)),
            labels.text(
                "occupation.bracket",
                labels.text("bracket." + AgeBracket.MONTHS_0_17.name()),
                count.halfDaysIn(AgeBracket.MONTHS_0_17)),
            labels.text(
                "occupation.bracket",
                labels.text("bracket." + AgeBracket.MONTHS_18_59.name()),
                count.halfDaysIn(AgeBracket.MONTHS_18_59)),
            labels.text(
                "occupation.bracket",
                labels.text("bracket." + AgeBracket.SCHOOL_AGE.name()),
                count.halfDaysIn(AgeBracket.SCHOOL_AGE)),
            labels.text("occupation.reduced", count.reducedContribution()),
            labels.text("occupation.full", count.fullContribution()),
            labels.text("occupation.ecp", count.ecpExempt()),
            labels.text("occupation.disability", count.disability()));
    if (grouped) {
      lines =
          lines
              .append(labels.text("occupation.byPeriod"))
              .appendAll(
                  count
                      .byPeriod()
                      .map(p -> labels.text("occupation.period", range(p.period()), p.halfDays())));
    }
    return lines.mkString(NEW_LINE);
  }

  private String attestationText(Attestation attestation) {
    String none = labels.text("attestation.none");
    return List.of(
            labels.text(
                "attestation.summary",
                attestation.asOf().toString(),
                range(attestation.referenceYear())),
            labels.text(
                "attestation.days",
                attestation.firstDay().map(LocalDate::toString).getOrElse(none),
                attestation.lastDay().map(LocalDate::toString).getOrElse(none)),
            labels.text(
                "attestation.reduced",
                attestation.reducedContributionDays(),
                attestation.reducedContributionHalfDays()),
            labels.text(
                "attestation.ecp", attestation.ecpExemptDays(), attestation.ecpExemptHalfDays()),
            labels.text(
                "attestation.ended",
                attestation.endedAgreements().isEmpty()
                    ? labels.text("attestation.noneEnded")
                    : attestation
                        .endedAgreements()
                        .map(i -> "agreements[" + i + "]")
                        .mkString(", ")),
            labels.text(
                "attestation.withoutService",
                attestation.daysWithoutService().map(String::valueOf).getOrElse(none)),
            labels.text(attestation.attestationDue() ? "attestation.due" : "attestation.notDue"))
        .mkString(NEW_LINE);
  }

  private String range(DatePeriod period) {
    return labels.text(
        "occupation.range",
        period.startInclusive().toString(),
        period.endInclusive().get().toString());
  }

  private static String date(Option<LocalDate> day) {
    return day.map(LocalDate::toString).getOrNull();
  }
}
