package io.github.childcarerules.core.internal;

import io.github.childcarerules.core.internal.reading.BracketsInForce;
import io.github.childcarerules.core.record.AgeBracket;
import io.github.childcarerules.core.rule.Rule;
import io.github.childcarerules.core.rule.ViolationPaths;
import io.vavr.collection.Array;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumMap;

/**
 * RULES.md §5 on the brackets themselves; the well-formed effective dates and the bracket in force
 * on a day, which the agreement rules read, are {@link BracketsInForce}'s.
 */
final class AgeBrackets {
  private static final String BRACKETS = Array.of(AgeBracket.values()).mkString(", ");

  /** The brackets from the youngest to the oldest: the order effective dates must follow. */
  private static final AgeBracket[] YOUNGEST_FIRST = AgeBracket.values();

  /** The path of each bracket's effective date, by ordinal: {@code ageBrackets.MONTHS_0_17}. */
  private static final String[] PATHS =
      Array.of(YOUNGEST_FIRST)
          .map(bracket -> ViolationPaths.key("ageBrackets", bracket.name()))
          .toJavaArray(String[]::new);

  private AgeBrackets() {}

  static BracketsInForce check(
      Map<String, String> entered, Option<LocalDate> birthDate, Findings findings) {
    EnumMap<AgeBracket, LocalDate> dates = new EnumMap<>(AgeBracket.class);
    int brackets = 0;
    boolean anyGiven = false; // some value, of a bracket or not, that is not blank
    for (AgeBracket bracket : YOUNGEST_FIRST) {
      Option<String> value = entered.get(bracket.name()); // looked up: walking the map allocates
      if (value.isDefined()) {
        brackets++;
        anyGiven |= !value.get().isBlank();
        Option<LocalDate> date = findings.date(value, PATHS[bracket.ordinal()]);
        if (date.isDefined()) {
          dates.put(bracket, date.get());
        }
      }
    }
    if (brackets < entered.size()) {
      otherKeys(entered, findings);
      anyGiven |= entered.exists(entry -> !entry._2.isBlank());
    }
    findings.reportIf(!anyGiven, Rule.AGE_BRACKET_REQUIRED, "ageBrackets");

    LocalDate younger = null;
    for (AgeBracket bracket : YOUNGEST_FIRST) {
      LocalDate date = dates.get(bracket);
      if (date == null) {
        continue;
      }
      if (younger != null && !date.isAfter(younger)) {
        findings.report(Rule.AGE_BRACKET_ORDER, PATHS[bracket.ordinal()], younger.toString());
      }
      younger = date;
      if (birthDate.isDefined() && date.isBefore(birthDate.get())) {
        findings.report(
            Rule.AGE_BRACKET_BEFORE_BIRTH, PATHS[bracket.ordinal()], birthDate.get().toString());
      }
    }
    return BracketsInForce.of(dates);
  }

  /** Keys that are not brackets: a value outside the list (read only when there is one). */
  private static void otherKeys(Map<String, String> entered, Findings findings) {
    for (String key : entered.keySet()) {
      if (AgeBracket.parse(key).isEmpty()) {
        findings.report(Rule.VALUE_NOT_ALLOWED, ViolationPaths.key("ageBrackets", key), BRACKETS);
      }
    }
  }
}
