package io.github.childcarerules.core.internal;

import io.github.childcarerules.core.internal.reading.BracketsInForce;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.ViolationPaths;
import io.vavr.collection.Array;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * RULES.md §5 on the brackets themselves; the well-formed effective dates and the bracket in force
 * on a day, which the agreement rules read, are {@link BracketsInForce}'s.
 */
final class AgeBrackets {
  private static final String BRACKETS = Array.of(AgeBracket.values()).mkString(", ");

  private AgeBrackets() {}

  static BracketsInForce check(
      Map<String, String> entered, Option<LocalDate> birthDate, Findings findings) {
    for (var entry : entered) {
      String path = ViolationPaths.key("ageBrackets", entry._1);
      if (AgeBracket.parse(entry._1).isEmpty()) {
        findings.report(Rule.VALUE_NOT_ALLOWED, path, BRACKETS);
      } else {
        findings.date(Option.of(entry._2), path);
      }
    }
    BracketsInForce brackets = BracketsInForce.of(entered);
    findings.reportIf(
        entered.values().forAll(String::isBlank), Rule.AGE_BRACKET_REQUIRED, "ageBrackets");

    LocalDate younger = null;
    for (var bracket : brackets.effectiveDates()) {
      String path = "ageBrackets." + bracket._1.name();
      if (younger != null && !bracket._2.isAfter(younger)) {
        findings.report(Rule.AGE_BRACKET_ORDER, path, younger.toString());
      }
      younger = bracket._2;
      birthDate
          .filter(bracket._2::isBefore)
          .forEach(birth -> findings.report(Rule.AGE_BRACKET_BEFORE_BIRTH, path, birth.toString()));
    }
    return brackets;
  }
}
