package io.github.childcarerules.occupation.internal;

import io.github.childcarerules.core.internal.MessageBundle;
import io.github.childcarerules.core.period.DatePeriod;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.occupation.OccupationCount;
import io.github.childcarerules.occupation.attestation.Attestation;
import io.vavr.collection.Iterator;
import io.vavr.collection.List;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An occupation count and an attestation in words, French or English, from {@code
 * messages_fr.properties} and {@code messages_en.properties} beside {@link OccupationCount}: the
 * text {@code childcare-rules occupation} and {@code attestation} print. Lines are separated by
 * {@link System#lineSeparator()}, without a final one.
 *
 * @since 0.1.0
 */
public final class OccupationTexts {
  private static final MessageBundle MESSAGES =
      MessageBundle.of(
          locale ->
              ResourceBundle.getBundle("io.github.childcarerules.occupation.messages", locale));
  private static final String NEW_LINE = System.lineSeparator();

  private OccupationTexts() {}

  /**
   * The texts themselves, for the test that both languages have the same keys.
   *
   * @return the bundle of rules-occupation's texts
   */
  public static MessageBundle bundle() {
    return MESSAGES;
  }

  /**
   * The count's summary and split; its periods as a table when it has any.
   *
   * @param count the count to say
   * @param locale the language: English when asked, French otherwise
   * @return the text of {@link OccupationCount#text(Locale)}
   */
  public static String count(OccupationCount count, Locale locale) {
    return countLines(count, locale).mkString(NEW_LINE);
  }

  /**
   * The lines of {@link #count(OccupationCount, Locale)}, each made when it is asked for: a count
   * grouped by month over centuries is said line by line, never held whole.
   *
   * @param count the count to say
   * @param locale the language: English when asked, French otherwise
   * @return the lines, without line ends
   */
  public static Iterator<String> countLines(OccupationCount count, Locale locale) {
    NumberFormat days = NumberFormat.getNumberInstance(locale);
    days.setMaximumFractionDigits(1);
    List<String> lines =
        List.of(
            MESSAGES.text(
                locale,
                "occupation.summary",
                range(count.range(), locale),
                count.halfDays(),
                count.halfDays() / 2.0,
                days.format(count.halfDays() / 2.0)),
            bracket(count, AgeBracket.MONTHS_0_17, locale),
            bracket(count, AgeBracket.MONTHS_18_59, locale),
            bracket(count, AgeBracket.SCHOOL_AGE, locale),
            MESSAGES.text(locale, "occupation.reduced", count.reducedContribution()),
            MESSAGES.text(locale, "occupation.full", count.fullContribution()),
            MESSAGES.text(locale, "occupation.ecp", count.ecpExempt()),
            MESSAGES.text(locale, "occupation.disability", count.disability()));
    if (count.byPeriod().isEmpty()) {
      return lines.iterator();
    }
    return lines
        .append(MESSAGES.text(locale, "occupation.byPeriod"))
        .iterator()
        .concat(periodTable(count, locale));
  }

  private static String bracket(OccupationCount count, AgeBracket bracket, Locale locale) {
    return MESSAGES.text(
        locale, "occupation.bracket", bracket.label(locale), count.halfDaysIn(bracket));
  }

  /**
   * One row per period, one column per count of the split (half-days), under a header: the first
   * column left-aligned, the numbers right-aligned, each column as wide as its widest cell. The
   * widths are measured on the periods first; each row is then made when it is asked for.
   */
  private static Iterator<String> periodTable(OccupationCount count, Locale locale) {
    List<String> header =
        List.of(
                "period",
                "halfDays",
                AgeBracket.MONTHS_0_17.name(),
                AgeBracket.MONTHS_18_59.name(),
                AgeBracket.SCHOOL_AGE.name(),
                "reduced",
                "full",
                "ecp",
                "disability")
            .map(column -> MESSAGES.text(locale, "occupation.column." + column));
    int[] widths = header.map(String::length).toJavaStream().mapToInt(Integer::intValue).toArray();
    for (OccupationCount period : count.byPeriod()) {
      List<String> row = row(period, locale);
      for (int column = 0; column < widths.length; column++) {
        widths[column] = Math.max(widths[column], row.get(column).length());
      }
    }
    Iterator<List<String>> rows = count.byPeriod().iterator().map(period -> row(period, locale));
    return Iterator.concat(List.of(Iterator.of(header), rows)).map(row -> tableLine(row, widths));
  }

  private static List<String> row(OccupationCount period, Locale locale) {
    return List.of(
            MESSAGES.text(
                locale,
                "occupation.column.range",
                period.range().startInclusive().toString(),
                period.range().endInclusive().get().toString()),
            period.halfDays(),
            period.halfDaysIn(AgeBracket.MONTHS_0_17),
            period.halfDaysIn(AgeBracket.MONTHS_18_59),
            period.halfDaysIn(AgeBracket.SCHOOL_AGE),
            period.reducedContribution(),
            period.fullContribution(),
            period.ecpExempt(),
            period.disability())
        .map(Object::toString);
  }

  private static String tableLine(List<String> row, int[] widths) {
    StringBuilder line = new StringBuilder("    ");
    for (int column = 0; column < row.size(); column++) {
      if (column > 0) {
        line.append("  ");
      }
      line.append(pad(row.get(column), widths[column], column != 0));
    }
    return line.toString().stripTrailing();
  }

  private static String pad(String cell, int width, boolean right) {
    String space = " ".repeat(Math.max(0, width - cell.length()));
    return right ? space + cell : cell + space;
  }

  /**
   * The attestation's days, counts, ended agreements and whether it is due.
   *
   * @param attestation the attestation to say
   * @param locale the language: English when asked, French otherwise
   * @return the text of {@link Attestation#text(Locale)}
   */
  public static String attestation(Attestation attestation, Locale locale) {
    return attestationLines(attestation, locale).mkString(NEW_LINE);
  }

  /**
   * The lines of {@link #attestation(Attestation, Locale)}.
   *
   * @param attestation the attestation to say
   * @param locale the language: English when asked, French otherwise
   * @return the lines, without line ends
   */
  public static Iterator<String> attestationLines(Attestation attestation, Locale locale) {
    String none = MESSAGES.text(locale, "attestation.none");
    return List.of(
            MESSAGES.text(
                locale,
                "attestation.summary",
                attestation.asOf().toString(),
                range(attestation.referenceYear(), locale)),
            MESSAGES.text(
                locale,
                "attestation.days",
                attestation.firstDay().map(LocalDate::toString).getOrElse(none),
                attestation.lastDay().map(LocalDate::toString).getOrElse(none)),
            MESSAGES.text(
                locale,
                "attestation.reduced",
                attestation.reducedContributionDays(),
                attestation.reducedContributionHalfDays()),
            MESSAGES.text(
                locale,
                "attestation.ecp",
                attestation.ecpExemptDays(),
                attestation.ecpExemptHalfDays()),
            MESSAGES.text(
                locale,
                "attestation.ended",
                attestation.endedAgreements().isEmpty()
                    ? MESSAGES.text(locale, "attestation.noneEnded")
                    : attestation
                        .endedAgreements()
                        .map(i -> "agreements[" + i + "]")
                        .mkString(", ")),
            MESSAGES.text(
                locale,
                "attestation.withoutService",
                attestation.daysWithoutService().map(String::valueOf).getOrElse(none)),
            MESSAGES.text(
                locale, attestation.attestationDue() ? "attestation.due" : "attestation.notDue"))
        .iterator();
  }

  private static String range(DatePeriod period, Locale locale) {
    return MESSAGES.text(
        locale,
        "occupation.range",
        period.startInclusive().toString(),
        period.endInclusive().get().toString());
  }
}
