package io.github.childcarerules.json.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.record.NominalAgeBrackets;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The nominal age brackets of a birth date (RULES.md §5; {@code age-brackets --json}): {@code
 * birthDate}, {@code starts} (each bracket's first day, youngest first) and, for a day asked,
 * {@code on} and {@code bracket} ({@code null} before birth). Moved from rules-cli's {@code
 * AgeBracketsRenderer}, whose text stays there.
 */
public final class AgeBracketsJson {
  private AgeBracketsJson() {}

  /**
   * The start of each nominal bracket and, when {@code day} is given, the bracket on that day.
   *
   * @param nominal the child's nominal age brackets
   * @param day the day whose bracket is asked, none for the starts only
   * @return the JSON document, indented
   */
  public static String ageBrackets(NominalAgeBrackets nominal, Option<LocalDate> day) {
    return ReportJson.document(node(nominal, day));
  }

  private static ObjectNode node(NominalAgeBrackets nominal, Option<LocalDate> day) {
    ObjectNode node = ReportJson.object();
    node.put("birthDate", nominal.birthDate().toString());
    ObjectNode starts = node.putObject("starts");
    for (AgeBracket bracket : AgeBracket.values()) {
      starts.put(bracket.name(), nominal.startOf(bracket).toString());
    }
    for (LocalDate on : day) {
      node.put("on", on.toString())
          .put("bracket", nominal.on(on).map(AgeBracket::name).getOrNull());
    }
    return node;
  }
}
